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


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" \
functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>The talks ended <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> after \
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
</TimeML>
"""


def test_a_plain_folder_of_timeml_files_is_scored_as_one_part(tmp_path: Path) -> None:
    """A held-back test set is a folder of .tml files without TimeBank/AQUAINT subfolders."""
    folder = tmp_path / "te3-platinum"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.tml").write_text(TML.format(name=name), encoding="utf-8")
    report = run(folder)
    assert (report.part, report.documents, report.gold) == ("te3-platinum", 2, 4)
    assert report.measures()["value_f1"] == pytest.approx(100.0)


def test_the_module_and_the_cli_score_a_plain_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from click.testing import CliRunner

    from dateline.cli import main as cli_main
    from dateline.eval.tempeval import main

    (tmp_path / "a.tml").write_text(TML.format(name="a"), encoding="utf-8")
    assert main(["--data", str(tmp_path)]) == 0
    assert f"TempEval-3 timex, {tmp_path.name}: 1 documents, 2 gold" in capsys.readouterr().out
    result = CliRunner().invoke(cli_main, ["eval", "time", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "value F1 100.0" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--data", str(empty)]) != 0
    assert "no TimeML (.tml) files found" in capsys.readouterr().err
