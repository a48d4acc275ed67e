"""The ECB+ time-mention check on a hand-written ECB+ file (tests/data/ecbplus), and a smoke run on the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import SourceError
from dateline.eval.ecb_times import EcbTimeDocument, EcbTimeReport, format_report, read_document, run, score_document
from dateline.records import TimeExpression

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "ecbplus"


def test_reader_detokenises_and_keeps_offsets() -> None:
    document = read_document(FIXTURE / "1" / "1_1ecbplus.xml")
    assert "May 2, 2013 | 5:03pm" in document.text  # "5 : 03pm", "2 ," are glued back
    assert "90-day treatment" in document.text
    assert [(document.text[start:end], kind) for start, end, kind in document.gold] == [
        ("May 2, 2013 | 5:03pm", "TIME"),
        ("on Thursday night", "DATE"),
        ("90-day", "DURATION"),
        ("a few minutes", "DURATION"),
        ("daily", "SET"),
    ]  # the markable without token anchors (a cross-document instance) is no mention
    annotated = [document.text[start:end] for start, end in document.annotated]
    assert annotated[0] == "May 2, 2013 | 5:03pm"
    assert not any("Nothing is annotated" in sentence for sentence in annotated)


def test_scoring_matches_one_to_one_inside_annotated_sentences() -> None:
    text = "On Friday night and in 2014.\n\nNot annotated: 2010."
    document = EcbTimeDocument("x.xml", text, ((3, 15, "TIME"), (23, 27, "DATE")), ((0, 28),))
    system = [
        TimeExpression(3, 9, "Friday", "DATE", "XXXX-WXX-5"),
        TimeExpression(10, 15, "night", "TIME", "XXXX-XX-XXTNI"),  # a second overlap: not matched again
        TimeExpression(45, 49, "2010", "DATE", "2010"),  # outside the annotated sentences: not counted
    ]
    report = EcbTimeReport()
    score_document(document, system, report)
    assert (report.gold, report.predicted, report.matched) == (2, 2, 1)
    assert report.confusion["TIME"]["DATE"] == 1 and report.confusion["DATE"]["-"] == 1
    assert report.confusion["-"]["TIME"] == 1
    assert report.measures()["type_accuracy"] == 0.0


def test_run_on_the_fixture_prints_the_confusion_table() -> None:
    report = run(FIXTURE)
    assert report.documents == 1 and report.gold == 5
    assert report.matched == 5  # every gold mention is found
    assert report.confusion["SET"]["SET"] == 1 and report.confusion["DURATION"]["DURATION"] == 2
    assert report.confusion["DATE"]["TIME"] == 1  # "Thursday night": TIME in TimeML, DATE in ECB+
    text = format_report(report, show=5)
    assert "gold \\ system" in text and "type disagreements (1):" in text


def test_run_names_a_folder_without_documents(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no ECB"):
        run(tmp_path)


@pytest.mark.slow
def test_run_on_one_shared_topic(shared_data: Path) -> None:
    ecbplus = shared_data / "ecbplus"
    if not (ecbplus / "1").is_dir():
        pytest.skip("ECB+ not available")
    report = run(ecbplus, topics=["1"])
    assert report.documents > 10 and report.gold > 20
    assert report.measures()["f1"] > 60
