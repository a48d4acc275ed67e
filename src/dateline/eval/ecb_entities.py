"""Score Dateline's actor and place mentions on ECB+ against spaCy's raw named entities.

ECB+ (``<topic>/<topic>_<n>ecb[plus].xml``) gives tokens (``<token t_id sentence number>``) and
markables; participant (``HUMAN_PART_*``) and location (``LOC_*``) markables with token anchors are
the gold mentions. ECB+ annotates only some sentences of each article, and within them only the
participants of the annotated events, so scoring is limited to sentences holding a markable, and
to gold mentions that are names (a capitalized token that does not start the sentence, or more than
one capitalized token): pronouns and common nouns ("her rep") are out of reach of both systems.

Both systems read the same parse of each document (its tokens joined by spaces, one sentence per
line): "spaCy" is the model's entities (PERSON, NORP, ORG, GPE, LOC, FAC), "Dateline" is the
mentions of ``dateline.analyze.actors.find_actors``. A prediction matches a gold mention when their
characters overlap (one to one); typed scores also need the class to agree: participant (PERSON,
ORG, GOVERNMENT, GROUP, MEDIA; spaCy PERSON, ORG, NORP) or location (CITY, PLACE; spaCy LOC, FAC),
where countries (spaCy GPE) count as either, as ECB+ codes them by role.

Run ``python -m dateline.eval.ecb_entities --data ../shared/data/ecbplus [--topics 1 2 3]``.
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.analyze import Analyzer
from dateline.analyze.actors import find_actors
from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval

DEFAULT_DATA = Path("../shared/data/ecbplus")
BATCH_SIZE = 32
SPACY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
_PARTICIPANT = frozenset({"PERSON", "ORG", "GOVERNMENT", "GROUP", "MEDIA", "NORP"})
_LOCATION = frozenset({"CITY", "PLACE", "LOC", "FAC"})
_EITHER = frozenset({"COUNTRY", "GPE"})

Span = tuple[int, int, str]  # start, end, class ("participant", "location" or "either")


@dataclass(frozen=True)
class EcbDocument:
    """One ECB+ article as text, with gold mentions and the annotated sentence ranges."""

    name: str
    text: str
    gold: tuple[Span, ...]
    annotated: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class MentionScore:
    """Matched, predicted and gold counts, untyped and typed."""

    matched: int
    typed: int
    predicted: int
    gold: int

    def f1(self, typed: bool = False) -> float:
        """F1 of overlap matches (typed: the class agrees too)."""
        hits = self.typed if typed else self.matched
        if not hits:
            return 0.0
        precision, recall = hits / self.predicted, hits / self.gold
        return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class EcbEntityReport:
    """Scores of both systems over the same documents."""

    documents: int
    spacy: MentionScore
    dateline: MentionScore
    seconds: float


def _gold_class(tag: str) -> str:
    return "location" if tag.startswith("LOC_") else "participant"


def _is_name(tokens: Sequence[tuple[int, str]]) -> bool:
    """A gold mention that is a name: a capitalized word not first in its sentence, or two of them."""
    capitalized = [n for n, word in tokens if word[:1].isupper() and word.lower() != "i"]
    return bool(capitalized) and (any(n > 0 for n in capitalized) or len(capitalized) > 1)


def read_document(path: Path) -> EcbDocument:
    """Tokens, gold name mentions and annotated sentences of one ECB+ file."""
    root = ElementTree.parse(path).getroot()
    offsets: dict[str, tuple[int, int, int, int, str]] = {}
    lines: list[str] = []
    position = 0
    current: int | None = None
    words: list[str] = []
    for token in root.iter("token"):
        sentence, word = int(token.get("sentence", 0)), token.text or ""
        if current is not None and sentence != current:
            lines.append(" ".join(words))
            position += len(lines[-1]) + 1
            words = []
        start = position + sum(len(w) + 1 for w in words)
        offsets[token.get("t_id", "")] = (start, start + len(word), sentence, int(token.get("number", 0)), word)
        words.append(word)
        current = sentence
    lines.append(" ".join(words))
    text = "\n".join(lines)
    gold, sentences = _gold_mentions(root, offsets)
    sentence_starts = _sentence_ranges(offsets)
    annotated = tuple(sentence_starts[s] for s in sorted(sentences) if s in sentence_starts)
    return EcbDocument(path.name, text, tuple(gold), annotated)


def _gold_mentions(
    root: ElementTree.Element, offsets: dict[str, tuple[int, int, int, int, str]]
) -> tuple[list[Span], set[int]]:
    """Named participant/location mentions, and the sentences holding any markable."""
    gold: list[Span] = []
    sentences: set[int] = set()
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        anchors = [offsets[a.get("t_id", "")] for a in markable.iter("token_anchor") if a.get("t_id") in offsets]
        if not anchors:
            continue
        sentences.update(a[2] for a in anchors)
        tag = markable.tag
        if (tag.startswith("HUMAN_PART") or tag.startswith("LOC_")) and _is_name([(a[3], a[4]) for a in anchors]):
            gold.append((min(a[0] for a in anchors), max(a[1] for a in anchors), _gold_class(tag)))
    return gold, sentences


def _sentence_ranges(offsets: dict[str, tuple[int, int, int, int, str]]) -> dict[int, tuple[int, int]]:
    ranges: dict[int, tuple[int, int]] = {}
    for start, end, sentence, _, _ in offsets.values():
        low, high = ranges.get(sentence, (start, end))
        ranges[sentence] = (min(low, start), max(high, end))
    return ranges


def _predicted_class(label: str) -> str:
    if label in _EITHER:
        return "either"
    return "location" if label in _LOCATION else "participant"


def score(
    gold: Sequence[Span], predicted: Iterable[Span], annotated: Sequence[tuple[int, int]]
) -> tuple[int, int, int]:
    """(matched, typed matches, predicted count) for one document, inside annotated sentences only."""
    inside = [p for p in predicted if any(s <= p[0] < e for s, e in annotated)]
    free = list(gold)
    matched = typed = 0
    for start, end, cls in inside:
        hit = next((g for g in free if g[0] < end and start < g[1]), None)
        if hit is None:
            continue
        free.remove(hit)
        matched += 1
        typed += cls in {hit[2], "either"}
    return matched, typed, len(inside)


def document_paths(data_dir: Path, topics: Sequence[str] | None = None) -> list[Path]:
    """ECB+ files of the chosen topics (default: every topic folder)."""
    if not data_dir.is_dir():
        raise SourceError(str(data_dir), "not an ECB+ folder")
    folders = [data_dir / t for t in topics] if topics else sorted(p for p in data_dir.iterdir() if p.is_dir())
    paths = sorted(p for folder in folders for p in folder.glob("*.xml"))
    if not paths:
        raise SourceError(str(data_dir), "no ECB+ .xml files in its topic folders")
    return paths


def run(data_dir: Path, topics: Sequence[str] | None = None, analyzer: Analyzer | None = None) -> EcbEntityReport:
    """Score both systems on the chosen ECB+ topics. Raises SourceError when there is no data."""
    documents = [read_document(p) for p in document_paths(data_dir, topics)]
    analyzer = analyzer or Analyzer.load()
    started = time.perf_counter()
    totals = {"spacy": [0, 0, 0], "dateline": [0, 0, 0]}
    gold_total = 0
    docs = analyzer.nlp.pipe([d.text for d in documents], batch_size=BATCH_SIZE)
    for document, doc in zip(documents, docs, strict=True):
        gold_total += sum(1 for g in document.gold if any(s <= g[0] < e for s, e in document.annotated))
        raw = [(e.start_char, e.end_char, _predicted_class(e.label_)) for e in doc.ents if e.label_ in SPACY_LABELS]
        _, mentions = find_actors(doc, analyzer.gazetteer)
        ours = [(m.start, m.end, _predicted_class(m.kind)) for m in mentions]
        for name, predicted in (("spacy", raw), ("dateline", ours)):
            for i, value in enumerate(score(document.gold, predicted, document.annotated)):
                totals[name][i] += value
    scores = {name: MentionScore(m, t, p, gold_total) for name, (m, t, p) in totals.items()}
    return EcbEntityReport(len(documents), scores["spacy"], scores["dateline"], time.perf_counter() - started)


def _line(name: str, result: MentionScore) -> str:
    precision = result.matched / result.predicted if result.predicted else 0.0
    recall = result.matched / result.gold if result.gold else 0.0
    return (f"  {name:9} P {precision:.3f}  R {recall:.3f}  F1 {result.f1():.3f}  typed F1 {result.f1(True):.3f}"
            f"  ({result.matched} matched, {result.predicted} predicted, {result.gold} gold)")


def format_report(report: EcbEntityReport) -> str:
    """The report as plain text."""
    return "\n".join([
        f"ECB+ named participant/location mentions: {report.documents} documents ({report.seconds:.1f} s)",
        _line("spaCy", report.spacy),
        _line("Dateline", report.dateline),
    ])


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(args.data, args.topics))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the report."""
    parser = eval_parser(
        "python -m dateline.eval.ecb_entities", __doc__, DEFAULT_DATA, "ECB+ folder with topic folders"
    )
    parser.add_argument("--topics", nargs="*", default=None, help="topic folder names (default: all)")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
