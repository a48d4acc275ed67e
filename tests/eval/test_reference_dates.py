"""The reference-date check: which expressions count, how sentences are matched, what agrees."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.errors import SourceError
from dateline.eval.reference_dates import Entry, best_entry, check, main, relative_days, similarity

DATA = Path(__file__).parent.parent / "data" / "timeline17"


def test_similarity_is_rouge1_f_over_word_sets() -> None:
    assert similarity(frozenset("abcd"), frozenset("abef")) == (0.5, 2)
    assert similarity(frozenset("ab"), frozenset("cd")) == (0.0, 0)


def test_only_days_dated_from_context_are_checked() -> None:
    lines = ["On 12 January 2010 the quake struck.", "Aid arrived on Wednesday.", "It was 2 days later."]
    found = [(sentence, text, day) for sentence, text, day, _ in relative_days(lines, date(2010, 1, 15))]
    assert ("Aid arrived on Wednesday.", "Wednesday", date(2010, 1, 13)) in found
    assert all(text != "12 January 2010" for _, text, _ in found)  # absolute: not checked


def test_best_entry_needs_overlap_and_the_window() -> None:
    entry = Entry(date(2010, 1, 12), "x", frozenset({"quake", "struck", "capital", "palace", "flatten"}))
    sentence = "The quake struck the capital, flattening the palace."
    assert best_entry(sentence, [entry], date(2010, 1, 13), 14, 0.5) is not None
    assert best_entry(sentence, [entry], date(2010, 3, 13), 14, 0.5) is None  # outside the window
    assert best_entry("The palace stood.", [entry], date(2010, 1, 13), 14, 0.5) is None


def test_check_on_a_tiny_topic() -> None:
    report = check(DATA)
    assert report.expressions == 2  # "Tuesday" and "Friday"
    by_text = {m.expression: m for m in report.matches}
    assert by_text["Tuesday"].value == date(2010, 1, 12) and by_text["Tuesday"].agrees
    assert by_text["Friday"].value == date(2010, 1, 15) and not by_text["Friday"].agrees
    assert report.agreeing == 1 and report.near == 2 and report.published_agrees == 0


def test_missing_data_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        check(tmp_path)


def test_the_command_names_missing_data_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path}: no Timeline17 topics (timelines/) found"
