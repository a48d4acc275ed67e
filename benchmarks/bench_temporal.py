"""Temporal tagging speed: ``tag_times`` against ``dateparser.search.search_dates`` on the same texts.

Both run over the plain texts of TempEval-3 (TimeBank + AQUAINT) documents, each anchored on the
document's creation date. dateparser is slow, so both taggers get the same sample of texts
(``--sample``, default 60 documents); ``tag_times`` is also timed over the whole corpus.
Times are CPU seconds of this process (``time.process_time``), so other load on the machine does
not skew the ratio much; the passes of the two taggers alternate (two of each per round), so that a slow spell
of a shared machine falls on both, and each side's best pass is compared, as timeit advises.
Goal: ``tag_times`` at least 20x faster than dateparser.
"""

from __future__ import annotations

import argparse
import random
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from dateline.eval.tempeval import DEFAULT_DATA, read_document
from dateline.temporal import tag_times


def _load(data: Path) -> list[tuple[str, date | None]]:
    paths = sorted((data / "TimeBank").glob("*.tml")) + sorted((data / "AQUAINT").glob("*.tml"))
    if not paths:
        raise SystemExit(f"{data}: no TimeML files (pass --data)")
    return [(document.text, document.creation) for document in map(read_document, paths)]


def _time_tag_times(texts: list[tuple[str, date | None]], repeat: int) -> tuple[float, int]:
    """The best of ``repeat`` passes (as timeit advises: the others measure the machine's other work)."""
    found, best = 0, float("inf")
    for _ in range(repeat):
        started = time.process_time()
        found = sum(len(tag_times(text, anchor)) for text, anchor in texts)
        best = min(best, time.process_time() - started)
    return best, found


def _time_dateparser(texts: list[tuple[str, date | None]], repeat: int) -> tuple[float, int]:
    """The best of ``repeat`` passes of dateparser over the same texts."""
    from dateparser.search import search_dates

    found, best = 0, float("inf")
    for _ in range(repeat):
        found = 0
        started = time.process_time()
        for text, anchor in texts:
            base = datetime(anchor.year, anchor.month, anchor.day) if anchor else None
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
            found += len(results or [])
        best = min(best, time.process_time() - started)
    return best, found


def main() -> None:
    """Print timings and the speed ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=60, help="documents timed with both taggers")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of two passes of each tagger, alternating")
    args = parser.parse_args()
    corpus = _load(args.data)
    sample = random.Random(7).sample(corpus, min(args.sample, len(corpus)))
    characters = sum(len(text) for text, _ in sample)
    _time_tag_times(sample[:5], 1)  # warm up compiled patterns
    _time_dateparser(sample[:5], 1)  # and dateparser's own warm-up (its first pass is a third slower)
    ours, theirs, rounds = float("inf"), float("inf"), []
    for _ in range(args.rounds):
        round_ours, round_theirs = float("inf"), float("inf")
        for _ in range(2):  # as many passes of each, alternating: the best of more passes would be lower
            seconds, ours_found = _time_tag_times(sample, 1)
            round_ours = min(round_ours, seconds)
            seconds, theirs_found = _time_dateparser(sample, 1)
            round_theirs = min(round_theirs, seconds)
        ours, theirs = min(ours, round_ours), min(theirs, round_theirs)
        rounds.append(round_theirs / round_ours)
    whole, whole_found = _time_tag_times(corpus, 1)
    whole_chars = sum(len(text) for text, _ in corpus)
    print(f"sample: {len(sample)} TempEval-3 documents, {characters:,} characters")
    for name, seconds, found in (("tag_times", ours, ours_found), ("dateparser.search_dates", theirs, theirs_found)):
        print(f"{name:24s} {seconds:8.3f} s CPU {characters / seconds / 1000:8.1f} kchar/s  {found} found")
    print(f"speed ratio (dateparser time / tag_times time): {theirs / ours:.0f}x  (goal >= 20x)")
    print("ratio in each round: " + ", ".join(f"{ratio:.0f}x" for ratio in rounds))
    print(
        f"whole corpus: {len(corpus)} documents, {whole_chars:,} characters, tag_times {whole:.2f} s "
        f"({whole_chars / whole / 1000:.0f} kchar/s, {whole_found} expressions)"
    )


if __name__ == "__main__":
    main()
