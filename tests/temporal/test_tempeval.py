"""The TempEval-3 reader and scorer on real TimeML files (skipped without the shared data)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.eval.tempeval import TempevalReport, read_document, run, score_document
from dateline.records import TimeExpression

DOCUMENT = "wsj_0136"


@pytest.fixture(scope="module")
def timebank(shared_data: Path) -> Path:
    folder = shared_data / "tempeval3" / "TBAQ-cleaned"
    if not (folder / "TimeBank").is_dir():
        pytest.skip(f"{folder} not found")
    return folder


def test_reader_keeps_gold_offsets_into_plain_text(timebank: Path) -> None:
    document = read_document(timebank / "TimeBank" / f"{DOCUMENT}.tml")
    assert document.creation == date(1989, 11, 2)
    assert document.timexes
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    assert "<" not in document.text


def test_scorer_counts_strict_relaxed_and_values() -> None:
    from dateline.eval.tempeval import GoldDocument, GoldTimex

    gold = GoldDocument("doc", "It fell last year and in the third quarter.", date(1989, 11, 2), (
        GoldTimex(8, 17, "last year", "DATE", "1988"), GoldTimex(25, 42, "the third quarter", "DATE", "1989-Q3"),
    ))  # fmt: skip
    system = [
        TimeExpression(8, 17, "last year", "DATE", "1988"),
        TimeExpression(29, 42, "third quarter", "DATE", "1988-Q3"),
    ]
    report = TempevalReport("test")
    score_document(gold, system, report)
    figures = report.measures()
    assert figures["strict_f1"] == pytest.approx(50.0)
    assert figures["relaxed_f1"] == pytest.approx(100.0)
    assert figures["value_f1"] == pytest.approx(50.0)


@pytest.mark.slow
def test_timebank_scores_stay_above_the_published_baselines(timebank: Path) -> None:
    figures = run(timebank, "TimeBank").measures()
    assert figures["relaxed_f1"] > 90.0
    assert figures["value_f1"] > 75.0
