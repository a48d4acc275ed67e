"""A country's initials before an office do not end a sentence: the clause's tense reads on past them (a review of
the BP coverage: "Also on Tuesday, U.S. Attorney General Eric Holder will meet ..." was dated the Tuesday before)."""

from __future__ import annotations

from datetime import date

from dateline.temporal import tag_times

MONDAY = date(2010, 5, 31)


def _values(text: str) -> list[str | None]:
    return [t.value for t in tag_times(text, anchor=MONDAY)]


def test_a_weekday_before_an_office_named_with_initials_is_read_in_its_clauses_tense() -> None:
    assert _values("Also on Tuesday, U.S. Attorney General Eric Holder will meet with federal prosecutors.") == [
        "2010-06-01"]
    assert _values("On Tuesday, the U.N. Security Council will meet in New York.") == ["2010-06-01"]
    assert _values("On Friday, U.S. Coast Guard crews searched the water.") == ["2010-05-28"]


def test_initials_that_end_a_sentence_still_end_it() -> None:
    """"in the U.S. The ..." and "in the U.K. Officials ..." are two sentences: the next one's tense is its own."""
    assert _values("On Tuesday talks were held in the U.S. The deal will be signed.") == ["2010-05-25"]
    assert _values("On Tuesday talks were held in the U.K. Officials will sign a deal.") == ["2010-05-25"]
