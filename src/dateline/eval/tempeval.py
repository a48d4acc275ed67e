"""TempEval-3 (TimeBank / AQUAINT TimeML) reader and TIMEX3 scorer for Dateline's temporal tagger.

Scores the TempEval-3 task A timex measures with our own scorer: strict (same extent) and relaxed
(any character overlap) extraction precision/recall/F1; type and value F1 are the attribute accuracy
on relaxed matches times the relaxed F1. The document creation time (the TIMEX3 with
functionInDocument="CREATION_TIME", outside <TEXT>) is the anchor and is not scored.

    python -m dateline.eval.tempeval --data ../shared/data/tempeval3/TBAQ-cleaned --part TimeBank
    python -m dateline.eval.tempeval --data path/to/te3-platinum      # any folder of .tml files
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.errors import DatelineError
from dateline.eval.command import eval_parser, run_eval
from dateline.records import TimeExpression

DEFAULT_DATA = Path("../shared/data/tempeval3/TBAQ-cleaned")
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4})-?(\d{2})-?(\d{2})')


@dataclass(frozen=True)
class GoldTimex:
    """A gold TIMEX3 in the plain text of a document."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDocument:
    """A TimeML document: its plain <TEXT>, creation date and gold timexes."""

    name: str
    text: str
    creation: date | None
    timexes: tuple[GoldTimex, ...]


@dataclass
class TempevalReport:
    """Counts and measures for one part of the corpus."""

    part: str
    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_gold_matches: int = 0
    relaxed_system_matches: int = 0
    type_correct: int = 0
    value_correct: int = 0
    value_errors: list[tuple[str, str, str]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def measures(self) -> dict[str, float]:
        """Strict/relaxed P, R, F1 and type/value F1 in percent."""
        strict_p = _ratio(self.strict_matches, self.system)
        strict_r = _ratio(self.strict_matches, self.gold)
        relaxed_p = _ratio(self.relaxed_system_matches, self.system)
        relaxed_r = _ratio(self.relaxed_gold_matches, self.gold)
        relaxed_f = _f1(relaxed_p, relaxed_r)
        matches = self.relaxed_gold_matches
        return {
            "strict_p": strict_p, "strict_r": strict_r, "strict_f1": _f1(strict_p, strict_r),
            "relaxed_p": relaxed_p, "relaxed_r": relaxed_r, "relaxed_f1": relaxed_f,
            "type_f1": _ratio(self.type_correct, matches) * relaxed_f / 100,
            "value_f1": _ratio(self.value_correct, matches) * relaxed_f / 100,
        }  # fmt: skip


def _ratio(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def read_document(path: Path) -> GoldDocument:
    """Parse one .tml file into its plain text, DCT and gold timexes (offsets into the plain text)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DatelineError(f"{path}: cannot read TimeML file ({error})") from error
    dct = _DCT.search(raw)
    creation = date(int(dct[1]), int(dct[2]), int(dct[3])) if dct else None
    body_start, body_end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if body_start < 0 or body_end < 0:
        raise DatelineError(f"{path}: no <TEXT> element")
    body = raw[body_start + len("<TEXT>") : body_end]
    pieces: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if not tag[1]:
            open_timex = (length, dict(_ATTRIBUTE.findall(tag[3])))
        elif open_timex is not None:
            start, attributes = open_timex
            text = "".join(pieces)[start:length]
            timexes.append(GoldTimex(start, length, text, attributes.get("type", ""), attributes.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return GoldDocument(path.stem, "".join(pieces), creation, tuple(timexes))


def score_document(document: GoldDocument, system: Sequence[TimeExpression], report: TempevalReport) -> None:
    """Add one document's counts to ``report``."""
    report.documents += 1
    report.gold += len(document.timexes)
    report.system += len(system)
    for gold in document.timexes:
        overlapping = [found for found in system if found.start < gold.end and gold.start < found.end]
        if not overlapping:
            report.missed.append(f"{document.name}: {gold.text!r} {gold.type} {gold.value}")
            continue
        report.relaxed_gold_matches += 1
        best = min(overlapping, key=lambda found: abs(found.start - gold.start) + abs(found.end - gold.end))
        if best.start == gold.start and best.end == gold.end:
            report.strict_matches += 1
        report.type_correct += best.type == gold.type
        if best.value == gold.value:
            report.value_correct += 1
        else:
            report.value_errors.append(
                (document.name, f"{gold.text!r}->{best.text!r}", f"{gold.value} vs {best.value}")
            )
    for found in system:
        if any(found.start < gold.end and gold.start < found.end for gold in document.timexes):
            report.relaxed_system_matches += 1
        else:
            report.spurious.append(f"{document.name}: {found.text!r} {found.value}")


Tagger = Callable[[str, date | None], list[TimeExpression]]


def tml_folder(data_dir: Path, part: str | None = None) -> Path:
    """The folder of .tml files to score: ``data_dir/part``; without a part, ``data_dir`` itself when it
    holds .tml files (a test set such as TempEval-3's platinum folder), else its AQUAINT report part."""
    if part is not None:
        return data_dir / part
    if any(data_dir.glob("*.tml")):
        return data_dir
    return data_dir / "AQUAINT"


def run(data_dir: Path, part: str | None = None, tagger: Tagger | None = None) -> TempevalReport:
    """Tag every document of one folder of TimeML files (see `tml_folder`) anchored on its DCT and score it.

    Raises DatelineError naming the folder when it holds no .tml files.
    """
    if tagger is None:
        from dateline.temporal import tag_times

        tagger = tag_times
    folder = tml_folder(data_dir, part)
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise DatelineError(f"{folder}: no TimeML (.tml) files found")
    report = TempevalReport(part=part or folder.name)
    for path in paths:
        document = read_document(path)
        score_document(document, tagger(document.text, document.creation), report)
    return report


def format_report(report: TempevalReport, errors: int = 0) -> str:
    """A short text table of the measures, optionally followed by sample errors."""
    figures = report.measures()
    lines = [
        f"TempEval-3 timex, {report.part}: {report.documents} documents, {report.gold} gold, {report.system} system",
        f"  strict   P {figures['strict_p']:5.1f}  R {figures['strict_r']:5.1f}  F1 {figures['strict_f1']:5.1f}",
        f"  relaxed  P {figures['relaxed_p']:5.1f}  R {figures['relaxed_r']:5.1f}  F1 {figures['relaxed_f1']:5.1f}",
        f"  type F1 {figures['type_f1']:5.1f}   value F1 {figures['value_f1']:5.1f}",
    ]
    if errors:
        lines.append("value errors:")
        lines.extend(f"  {name} {texts} {values}" for name, texts, values in report.value_errors[:errors])
        lines.append("missed:")
        lines.extend(f"  {item}" for item in report.missed[:errors])
        lines.append("spurious:")
        lines.extend(f"  {item}" for item in report.spurious[:errors])
    return "\n".join(lines)


def _report_lines(arguments: argparse.Namespace) -> Iterator[str]:
    parts: list[str | None] = list(arguments.part or [])
    if not parts:
        parts = [None] if any(arguments.data.glob("*.tml")) else ["TimeBank", "AQUAINT"]
    for part in parts:
        yield format_report(run(arguments.data, part), arguments.errors)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the report for one or both parts."""
    parser = eval_parser(
        "python -m dateline.eval.tempeval",
        __doc__.split("\n")[0],
        DEFAULT_DATA,
        "folder holding TimeBank/ and AQUAINT/, or a folder of .tml files (a test set) scored as one part",
    )
    parser.add_argument(
        "--part", action="append", help="subfolder(s) to score, such as TimeBank or AQUAINT (default: both)"
    )
    parser.add_argument("--errors", type=int, default=0, help="also list this many errors of each kind")
    return run_eval(parser, _report_lines, argv, errors=(DatelineError,))


if __name__ == "__main__":
    sys.exit(main())
