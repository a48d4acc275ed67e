"""Reader and scorer for the Zyte article-extraction benchmark (181 pages with gold article bodies).

Scoring follows the benchmark's own ``evaluate.py``: texts are tokenised as ``\\w+`` runs
(case kept), compared as multisets of 4-token shingles, and each page's true-positive,
false-positive and false-negative counts are normalised by their sum so long pages weigh no
more than short ones. Precision and recall are averaged over pages, and F1 is taken of those
means. Published F1 on this set: trafilatura 0.958, newspaper4k 0.949, readability-lxml 0.922.

Run: ``python -m dateline.eval.extraction [--data DIR]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import ExtractionError
from dateline.eval.command import eval_parser, run_eval
from dateline.extract import extract_article
from dateline.records import RawInput

DEFAULT_DATA_DIR = Path("../shared/data/article-extraction-benchmark")
SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class PageScore:
    """Shingle overlap of one page's extracted text with its gold article body (normalised)."""

    page_id: str
    true_positive: float
    false_positive: float
    false_negative: float

    @property
    def precision(self) -> float | None:
        """Share of extracted shingles that are gold; None when nothing was extracted or expected."""
        return _ratio(self.true_positive, self.false_positive, self.false_negative)

    @property
    def recall(self) -> float | None:
        """Share of gold shingles that were extracted; None when nothing was expected or extracted."""
        return _ratio(self.true_positive, self.false_negative, self.false_positive)


@dataclass(frozen=True)
class ExtractionReport:
    """Benchmark result: mean precision and recall over pages, F1 of the means."""

    precision: float
    recall: float
    f1: float
    n: int
    pages: tuple[PageScore, ...]
    seconds: float = 0.0


def _ratio(hits: float, misses: float, other: float) -> float | None:
    """Precision or recall as the benchmark defines them, including its empty-page conventions."""
    if misses == 0 and other == 0:
        return 1.0 if hits > 0 else None
    if hits == 0 and misses == 0:
        return None
    return hits / (hits + misses)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Count the ``size``-token shingles of ``text`` (a shorter text is one short shingle)."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens)


def score_page(page_id: str, gold: str, predicted: str) -> PageScore:
    """Compare one page's extracted text with the gold body, normalising counts to sum to 1."""
    gold_shingles, predicted_shingles = shingles(gold), shingles(predicted)
    true_positive = sum((gold_shingles & predicted_shingles).values())
    false_positive = sum((predicted_shingles - gold_shingles).values())
    false_negative = sum((gold_shingles - predicted_shingles).values())
    total = true_positive + false_positive + false_negative or 1
    return PageScore(page_id, true_positive / total, false_positive / total, false_negative / total)


def summarize(pages: list[PageScore], seconds: float = 0.0) -> ExtractionReport:
    """Average precision and recall over the pages where each is defined; F1 of the two means."""
    precisions = [p for p in (page.precision for page in pages) if p is not None]
    recalls = [r for r in (page.recall for page in pages) if r is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ExtractionReport(precision, recall, f1, len(pages), tuple(pages), seconds)


def _extract_text(page_id: str, html: str, url: str | None) -> str:
    """Dateline's clean text for one benchmark page; a page with no article scores as empty."""
    try:
        return extract_article(RawInput(origin=page_id, body=html, kind="html", url=url)).text
    except ExtractionError:
        return ""


def run(data_dir: Path = DEFAULT_DATA_DIR, extractor: Callable[[str, str, str | None], str] = _extract_text,
        ) -> ExtractionReport:
    """Extract every benchmark page under ``data_dir`` and score it against ``ground-truth.json``.

    Raises ``FileNotFoundError`` naming the path when the benchmark is not there.
    """
    truth_path = data_dir / "ground-truth.json"
    if not truth_path.is_file():
        raise FileNotFoundError(f"{truth_path}: benchmark ground truth not found (use --data DIR)")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    pages = []
    for page_id, gold in sorted(truth.items()):
        with gzip.open(data_dir / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as handle:
            html = handle.read()
        predicted = extractor(page_id, html, gold.get("url"))
        pages.append(score_page(page_id, gold.get("articleBody", ""), predicted))
    return summarize(pages, time.perf_counter() - started)


def format_report(report: ExtractionReport, worst: int = 5) -> str:
    """Render the scores, the published figure to compare with and the worst pages."""
    lines = [
        f"article-extraction-benchmark: {report.n} pages in {report.seconds:.1f} s",
        f"  precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}",
        "  published F1: trafilatura 0.958, newspaper4k 0.949, readability-lxml 0.922",
    ]
    ranked = sorted(report.pages, key=lambda page: page.true_positive)[:worst]
    if ranked:
        lines.append("  worst pages (shingle overlap):")
        lines.extend(
            f"    {page.page_id[:16]}  overlap {page.true_positive:.2f}  extra {page.false_positive:.2f}"
            f"  missed {page.false_negative:.2f}"
            for page in ranked
        )
    return "\n".join(lines)


def _report_lines(arguments: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(arguments.data))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the benchmark report; exit status 2 when the data is missing."""
    parser = eval_parser(None, __doc__.splitlines()[0] if __doc__ else None, DEFAULT_DATA_DIR, "benchmark folder")
    # This set's contract predates the shared one: the bare message and status 2.
    return run_eval(parser, _report_lines, argv, errors=(FileNotFoundError,), status=2, prefix="")


if __name__ == "__main__":
    sys.exit(main())
