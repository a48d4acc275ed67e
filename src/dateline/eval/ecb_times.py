"""Score Dateline's temporal tagger on ECB+ time mentions: extraction and TIMEX3 type.

ECB+ (``<topic>/<topic>_<n>ecb[plus].xml``) annotates time markables with token anchors:
``TIME_DATE``, ``TIME_OF_THE_DAY``, ``TIME_DURATION`` and ``TIME_REPETITION``, read here as the
TIMEX3 types DATE, TIME, DURATION and SET. It gives no values and annotates only some sentences of
each article (those holding any markable), so scoring is limited to those sentences. Markables
without token anchors (the cross-document instances) are not mentions and are skipped.

The tagger reads natural text: the tokens are detokenised ("9 : 25" -> "9:25", "90 - day" ->
"90-day", "p . m ." -> "p.m."), one sentence per paragraph, with each token's offsets kept. A
prediction matches a gold mention when their characters overlap (one to one, in text order). The
anchor is the publication date ``infer_publication_date`` finds (ECB+ gives none); types barely
depend on it.

ECB+'s guidelines differ from TimeML's in places, so its figures are a check, not a target: it
marks ordinals and repetitions ("the second time", "five times", "previously") as
TIME_REPETITION, where TimeML has no TIMEX3, and takes prepositions into the extent ("on Tuesday").

Run ``python -m dateline.eval.ecb_times --data ../shared/data/ecbplus [--show 40]``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.records import TimeExpression

DEFAULT_DATA = Path("../shared/data/ecbplus")
TYPES = ("DATE", "TIME", "DURATION", "SET")
GOLD_TYPES = {
    "TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME", "TIME_DURATION": "DURATION", "TIME_REPETITION": "SET",
}  # fmt: skip
_NONE = "-"  # the confusion table's row/column for "no match"
_GLUE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]+|n't|'s|'re|'ve|'ll|'d|'m|'')$", re.IGNORECASE)
_GLUE_AFTER = frozenset({"(", "[", "{", "``", "$", "#"})
_INNER = frozenset({":", ".", "/", "-"})  # glued between two digits (and "-", "." between words)
_QUOTES = {"``": '"', "''": '"'}

Span = tuple[int, int, str]  # start, end, TIMEX3 type


@dataclass(frozen=True)
class EcbTimeDocument:
    """One ECB+ article as detokenised text, with its gold time mentions and annotated sentences."""

    name: str
    text: str
    gold: tuple[Span, ...]
    annotated: tuple[tuple[int, int], ...]


@dataclass
class EcbTimeReport:
    """Counts, the type confusion (gold type -> system type -> count) and the disagreements."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    disagreements: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def measures(self) -> dict[str, float]:
        """Relaxed P, R, F1 and type accuracy on matches, in percent."""
        precision = 100.0 * self.matched / self.predicted if self.predicted else 0.0
        recall = 100.0 * self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        same = sum(self.confusion.get(kind, Counter())[kind] for kind in TYPES)
        return {
            "precision": precision, "recall": recall, "f1": f1,
            "type_accuracy": 100.0 * same / self.matched if self.matched else 0.0,
        }  # fmt: skip

    def count(self, gold_type: str, system_type: str) -> None:
        """Add one cell of the confusion table (``_NONE`` for a miss or a spurious prediction)."""
        self.confusion.setdefault(gold_type, Counter())[system_type] += 1


def _inner(mark: str, left: str, right: str) -> bool:
    """Whether ``mark`` joins the tokens either side: "9 : 25", "05 / 02", "90 - day", "p . m"."""
    if mark not in _INNER or not left[-1:].isalnum() or not right[:1].isalnum():
        return False
    if left[-1].isdigit() and right[0].isdigit():
        return True
    return mark == "-" or (mark == "." and len(left) == 1 and len(right) == 1)


def _joined(previous: str, before: str, word: str, after: str) -> bool:
    """Whether ``word`` follows ``previous`` without a space."""
    return (
        _inner(word, previous, after) or _inner(previous, before, word)
        or previous in _GLUE_AFTER or _GLUE_BEFORE.match(word) is not None
    )  # fmt: skip


def detokenize(words: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence's natural text and each token's (start, end) in it ("9 : 25" -> "9:25", "it 's" -> "it's")."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for n, word in enumerate(words):
        previous = words[n - 1] if n else ""
        before = words[n - 2] if n > 1 else ""
        after = words[n + 1] if n + 1 < len(words) else ""
        shown = _QUOTES.get(word, word)
        if n and not _joined(previous, before, word, after):
            pieces.append(" ")
            length += 1
        spans.append((length, length + len(shown)))
        pieces.append(shown)
        length += len(shown)
    return "".join(pieces), spans


def read_tokens(path: Path) -> tuple[ElementTree.Element, dict[int, list[tuple[str, str]]]]:
    """One ECB+ file's XML root and its tokens as (t_id, word) by sentence number; SourceError if unreadable."""
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, OSError) as error:
        raise SourceError(str(path), f"not readable ECB+ XML ({error})") from error
    sentences: dict[int, list[tuple[str, str]]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append((token.get("t_id", ""), token.text or ""))
    return root, sentences


def read_document(path: Path) -> EcbTimeDocument:
    """Text, gold time mentions and annotated sentences of one ECB+ file; SourceError if unreadable."""
    root, sentences = read_tokens(path)
    offsets: dict[str, tuple[int, int, int]] = {}
    ranges: dict[int, tuple[int, int]] = {}
    lines: list[str] = []
    position = 0
    for number in sorted(sentences):
        line, spans = detokenize([word for _, word in sentences[number]])
        for (t_id, _), (start, end) in zip(sentences[number], spans, strict=True):
            offsets[t_id] = (position + start, position + end, number)
        ranges[number] = (position, position + len(line))
        lines.append(line)
        position += len(line) + 2
    gold: list[Span] = []
    marked: set[int] = set()
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        anchors = [offsets[a.get("t_id", "")] for a in markable.iter("token_anchor") if a.get("t_id") in offsets]
        if not anchors:
            continue
        marked.update(a[2] for a in anchors)
        if markable.tag in GOLD_TYPES:
            gold.append((min(a[0] for a in anchors), max(a[1] for a in anchors), GOLD_TYPES[markable.tag]))
    annotated = tuple(ranges[s] for s in sorted(marked))
    return EcbTimeDocument(path.name, "\n\n".join(lines), tuple(sorted(gold)), annotated)


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 40) : start].rsplit("\n", 1)[-1]
    right = text[end : end + 40].split("\n", 1)[0]
    return f"{left}[{text[start:end]}]{right}"


def score_document(document: EcbTimeDocument, system: Sequence[TimeExpression], report: EcbTimeReport) -> None:
    """Add one document's counts to ``report``: one-to-one overlap matches within annotated sentences."""
    inside = [
        found for found in system
        if any(found.start < high and low < found.end for low, high in document.annotated)
    ]  # fmt: skip
    report.documents += 1
    report.gold += len(document.gold)
    report.predicted += len(inside)
    used: set[int] = set()
    for start, end, kind in document.gold:
        match = next(
            (n for n, found in enumerate(inside) if n not in used and found.start < end and start < found.end), None
        )
        where = _context(document.text, start, end)
        if match is None:
            report.count(kind, _NONE)
            report.missed.append(f"{document.name}: {kind:8} {where}")
            continue
        used.add(match)
        found = inside[match]
        report.matched += 1
        report.count(kind, found.type)
        if found.type != kind:
            report.disagreements.append(f"{document.name}: {kind}->{found.type} {found.text!r} {found.value} | {where}")
    for n, found in enumerate(inside):
        if n not in used:
            report.count(_NONE, found.type)
            report.spurious.append(
                f"{document.name}: {found.type:8} {found.value} {_context(document.text, found.start, found.end)}"
            )


def run(data_dir: Path = DEFAULT_DATA, topics: Sequence[str] = ()) -> EcbTimeReport:
    """Tag every document (of the given topics) and score it; SourceError when there are none."""
    from dateline.temporal import infer_publication_date, tag_times

    paths = sorted(data_dir.glob("*/*.xml"))
    if topics:
        paths = [p for p in paths if p.parent.name in set(topics)]
    if not paths:
        raise SourceError(str(data_dir), "no ECB+ topic folders with .xml documents")
    report = EcbTimeReport()
    began = time.process_time()
    for path in paths:
        document = read_document(path)
        published = infer_publication_date(document.text)
        anchor: date | None = published.best if published is not None else None
        score_document(document, tag_times(document.text, anchor), report)
    report.seconds = time.process_time() - began
    return report


def format_report(report: EcbTimeReport, show: int = 0) -> str:
    """The measures and the confusion table (rows gold, columns system), optionally with examples."""
    figures = report.measures()
    columns = (*TYPES, _NONE)
    lines = [
        f"ECB+ time mentions: {report.documents} documents, {report.gold} gold, {report.predicted} system "
        f"(annotated sentences), {report.seconds:.1f} s",
        f"  relaxed  P {figures['precision']:5.1f}  R {figures['recall']:5.1f}  F1 {figures['f1']:5.1f}",
        f"  type accuracy on {report.matched} matches {figures['type_accuracy']:5.1f}",
        "  gold \\ system " + "".join(f"{kind:>9}" for kind in columns),
    ]
    for kind in columns:
        row = report.confusion.get(kind, Counter())
        lines.append(f"  {kind:13}" + "".join(f"{row[other]:9d}" for other in columns))
    if show:
        for title, items in (
            ("type disagreements", report.disagreements),
            ("missed", report.missed),
            ("spurious", report.spurious),
        ):
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items[:show])
    return "\n".join(lines)


def _report_lines(arguments: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(arguments.data, arguments.topics), arguments.show)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the report."""
    parser = eval_parser(
        "python -m dateline.eval.ecb_times", __doc__.split("\n")[0], DEFAULT_DATA, "the ECB+ folder of topic folders"
    )
    parser.add_argument("--topics", nargs="*", default=[], help="only these topic folders")
    parser.add_argument("--show", type=int, default=0, help="also list this many errors of each kind")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    sys.exit(main())
