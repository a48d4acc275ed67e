"""The Zyte benchmark scorer: shingle matching and averaging as the benchmark defines them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval.extraction import format_report, run, score_page, shingles, summarize

BENCHMARK = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "article-extraction-benchmark"


def test_shingles_are_case_sensitive_word_4grams() -> None:
    counts = shingles("The cat sat on the mat, the end")
    assert counts[("The", "cat", "sat", "on")] == 1
    assert ("the", "cat", "sat", "on") not in counts
    assert sum(counts.values()) == 5
    assert shingles("two words") == {("two", "words"): 1}


def test_identical_text_scores_one_and_disjoint_zero() -> None:
    text = "Dock workers at the port stayed off the job for a second day on Wednesday."
    same = score_page("a", text, text)
    assert (same.precision, same.recall) == (1.0, 1.0)
    disjoint = score_page("b", text, "Completely different words that share nothing at all here.")
    assert (disjoint.precision, disjoint.recall) == (0.0, 0.0)


def test_extra_text_lowers_precision_not_recall() -> None:
    gold = "one two three four five six seven eight"
    page = score_page("c", gold, gold + " nine ten eleven twelve")
    assert page.recall == 1.0
    assert page.precision is not None and 0.5 < page.precision < 1.0


def test_empty_prediction_counts_for_recall_only() -> None:
    report = summarize([score_page("d", "one two three four five", ""),
                        score_page("e", "alpha beta gamma delta", "alpha beta gamma delta")])
    assert report.recall == 0.5
    assert report.precision == 1.0
    assert report.n == 2


def test_run_on_a_few_benchmark_pages(tmp_path: Path) -> None:
    if not (BENCHMARK / "ground-truth.json").is_file():
        pytest.skip(f"{BENCHMARK} not present")
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    chosen = dict(sorted(truth.items())[:6])
    (tmp_path / "ground-truth.json").write_text(json.dumps(chosen), encoding="utf-8")
    (tmp_path / "html").mkdir()
    for page_id in chosen:
        (tmp_path / "html" / f"{page_id}.html.gz").symlink_to(BENCHMARK / "html" / f"{page_id}.html.gz")
    report = run(tmp_path)
    assert report.n == 6
    assert report.f1 > 0.8
    assert "F1" in format_report(report)


def test_run_names_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"ground-truth\.json"):
        run(tmp_path / "nowhere")
