"""Check relative day values against journalists' reference timelines (Timeline17).

A development aid beside TempEval-3 (whose AQUAINT part is kept unseen). Timeline17's reference
timelines were written by journalists; many entries retell a sentence of an input article. So for
every expression the tagger dates to a day from the publication date or from narrative context
("Tuesday", "yesterday", "on March 3" without a year, "the next day"), the reference entries whose
sentence shares most content words with the expression's sentence, and whose date lies within
``--window`` days of the article's publication date, say which day the sentence speaks of. The
reference is a hint, not gold: a sentence can speak of several days, and an entry can be dated to
the day it was reported.

A match needs ROUGE-1 F1 over content-word sets of at least ``--threshold`` (0.5 by default) and at
least ``MIN_SHARED`` shared words (see docs/temporal.md for how the threshold was chosen).

Run ``python -m dateline.eval.reference_dates --data ../shared/data/timeline17 [--show 40]``.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.timeline17 import DEFAULT_DATA, detokenize, read_reference
from dateline.link.text import content_words
from dateline.temporal import tag_times

THRESHOLD = 0.5
MIN_SHARED = 4
WINDOW = 14
RELATIVE = frozenset({"publication", "narrative"})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class Entry:
    """A reference-timeline sentence with its date and content words."""

    day: date
    sentence: str
    words: frozenset[str]


@dataclass(frozen=True)
class Match:
    """A relative day expression whose sentence matches a reference entry."""

    topic: str
    sentence: str
    expression: str
    published: date
    value: date
    anchor: str
    reference: date
    reference_sentence: str
    score: float

    @property
    def agrees(self) -> bool:
        """Whether the tagger's day is the journalist's day."""
        return self.value == self.reference


@dataclass(frozen=True)
class Report:
    """All matches, and how many relative day expressions were looked at."""

    expressions: int
    matches: tuple[Match, ...]

    @property
    def agreeing(self) -> int:
        """Matches whose day equals the reference date."""
        return sum(m.agrees for m in self.matches)

    @property
    def near(self) -> int:
        """Matches within one day of the reference date."""
        return sum(abs((m.value - m.reference).days) <= 1 for m in self.matches)

    @property
    def published_agrees(self) -> int:
        """Matches where the publication day itself is the reference date (a baseline)."""
        return sum(m.published == m.reference for m in self.matches)


def similarity(mine: frozenset[str], theirs: frozenset[str]) -> tuple[float, int]:
    """ROUGE-1 F1 over two content-word sets, and how many words they share."""
    shared = len(mine & theirs)
    if not shared:
        return 0.0, 0
    return 2 * shared / (len(mine) + len(theirs)), shared


def reference_entries(topic_dir: Path) -> list[Entry]:
    """Every sentence of a topic's reference timelines."""
    entries = []
    for path in sorted(topic_dir.glob("timelines/*.txt")):
        for day, sentences in read_reference(path).items():
            for sentence in sentences:
                text = detokenize(sentence)
                entries.append(Entry(day, text, frozenset(content_words(text))))
    return entries


def relative_days(lines: Sequence[str], published: date) -> Iterable[tuple[str, str, date, str]]:
    """(sentence, expression, day, anchor) for each expression dated to a day from context.

    The article is tagged as one text (lines joined) so narrative expressions follow earlier dates.
    """
    text = "\n".join(lines)
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    line_index = 0
    for expression in tag_times(text, anchor=published):
        if expression.type not in ("DATE", "TIME") or expression.anchor not in RELATIVE or expression.fuzzy:
            continue
        if not _DAY.match(expression.value):
            continue
        while line_index + 1 < len(starts) and starts[line_index + 1] <= expression.start:
            line_index += 1
        day = date.fromisoformat(expression.value[:10])
        yield lines[line_index], expression.text, day, expression.anchor


def best_entry(
    sentence: str, entries: Sequence[Entry], published: date, window: int, threshold: float
) -> tuple[Entry, float] | None:
    """The reference entry near the publication date that the sentence retells best, if any does."""
    words = frozenset(content_words(sentence))
    best: tuple[Entry, float] | None = None
    for entry in entries:
        if abs((entry.day - published).days) > window:
            continue
        score, shared = similarity(words, entry.words)
        if score >= threshold and shared >= MIN_SHARED and (best is None or score > best[1]):
            best = (entry, score)
    return best


def check(data_dir: Path, window: int = WINDOW, threshold: float = THRESHOLD) -> Report:
    """Match every relative day expression of every Timeline17 article against its topic's references."""
    topics = sorted(p for p in data_dir.iterdir() if (p / "timelines").is_dir()) if data_dir.is_dir() else []
    if not topics:
        raise SourceError(str(data_dir), "no Timeline17 topics (timelines/) found")
    expressions, matches = 0, []
    for topic_dir in topics:
        entries = reference_entries(topic_dir)
        for path in sorted(topic_dir.glob("InputDocs/*/*.txt")):
            published = date.fromisoformat(path.parent.name)
            raw = path.read_text(encoding="utf-8", errors="replace").splitlines()
            lines = [detokenize(line.strip()) for line in raw]
            for sentence, text, day, anchor in relative_days(lines, published):
                expressions += 1
                found = best_entry(sentence, entries, published, window, threshold)
                if found is not None:
                    entry, score = found
                    matches.append(
                        Match(topic_dir.name, sentence, text, published, day, anchor, entry.day, entry.sentence, score)
                    )
    return Report(expressions, tuple(matches))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    report = check(args.data, args.window, args.threshold)
    total = len(report.matches)
    yield f"{report.expressions} relative day expressions; {total} in sentences matching a reference entry"
    yield (
        f"  same day {report.agreeing} ({_percent(report.agreeing, total)}), within a day {report.near} "
        f"({_percent(report.near, total)}); publication day = reference {report.published_agrees} "
        f"({_percent(report.published_agrees, total)})"
    )
    wrong = [m for m in report.matches if not m.agrees]
    yield f"  {len(wrong)} disagree"
    for m in wrong[: args.show]:
        yield (
            f"  [{m.topic}] published {m.published}, {m.expression!r} ({m.anchor}) -> {m.value}, "
            f"reference {m.reference} ({m.score:.2f})\n     {m.sentence[:200]}\n  ref {m.reference_sentence[:200]}"
        )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the counts and the disagreements."""
    parser = eval_parser("python -m dateline.eval.reference_dates", __doc__, DEFAULT_DATA, "the timeline17 folder")
    parser.add_argument("--window", type=int, default=WINDOW, help="days around the publication date")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="least content-word ROUGE-1 F1")
    parser.add_argument("--show", type=int, default=40, help="disagreements to print")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
