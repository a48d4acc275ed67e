"""The shared evaluation command line: the --data option, the printed report, one-line errors."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import DatelineError, SourceError
from dateline.eval.command import eval_parser, run_eval


def _count_files(arguments: argparse.Namespace) -> Iterator[str]:
    """A scorer reading its folder as the real ones do: a SourceError naming a missing folder."""
    folder: Path = arguments.data
    if not folder.is_dir():
        raise SourceError(str(folder), "no evaluation data found")
    yield f"{len(list(folder.iterdir()))} files in {folder.name}"
    yield "done"


def _parser(default: Path) -> argparse.ArgumentParser:
    return eval_parser("python -m dateline.eval.example", "Score an example set.", default, "the example folder")


def test_a_working_scorer_prints_its_report_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    assert run_eval(_parser(tmp_path / "absent"), _count_files, ["--data", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"2 files in {tmp_path.name}\ndone\n"
    assert captured.err == ""


def test_a_missing_data_folder_is_one_line_on_stderr_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "absent"
    assert run_eval(_parser(tmp_path), _count_files, ["--data", str(absent)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"error: {absent}: no evaluation data found\n"


def test_the_default_data_folder_is_used_without_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "absent"
    assert run_eval(_parser(absent), _count_files, []) == 1
    assert capsys.readouterr().err == f"error: {absent}: no evaluation data found\n"


def test_what_was_reported_before_an_error_stays_printed(capsys: pytest.CaptureFixture[str]) -> None:
    def two_parts(arguments: argparse.Namespace) -> Iterator[str]:
        yield "first part"
        raise DatelineError("second part: unreadable")

    assert run_eval(_parser(Path(".")), two_parts, [], errors=(DatelineError,)) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("first part\n", "error: second part: unreadable\n")


def test_status_and_prefix_can_keep_an_older_contract(capsys: pytest.CaptureFixture[str]) -> None:
    def missing(arguments: argparse.Namespace) -> Iterator[str]:
        raise FileNotFoundError(f"{arguments.data}/truth.json: not found")

    parser = _parser(Path("bench"))
    assert run_eval(parser, missing, [], errors=(FileNotFoundError,), status=2, prefix="") == 2
    assert capsys.readouterr().err == "bench/truth.json: not found\n"


def test_other_errors_are_not_swallowed() -> None:
    def broken(arguments: argparse.Namespace) -> Iterator[str]:
        raise ValueError("a bug, not bad input")

    with pytest.raises(ValueError, match="a bug"):
        run_eval(_parser(Path(".")), broken, [])


def test_help_shows_the_description_and_the_data_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run_eval(_parser(Path(".")), _count_files, ["--help"])
    assert stop.value.code == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith("usage: python -m dateline.eval.example [-h] [--data DATA]")
    assert "Score an example set." in help_text
    assert "the example folder" in help_text
