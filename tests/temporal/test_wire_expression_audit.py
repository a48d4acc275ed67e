"""Regressions from an expression audit of 30 wire reports (20 AP, UPI, Reuters and AFP articles of PolNeAR, 10
ECB+ documents with date lines; session 25, docs/temporal.md): the general shapes it found wrong or missed."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

READ = date(2016, 1, 5)  # a Tuesday


def found(text: str, published: date = READ) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type, e.value, e.modifier) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period of play is no quarter of the calendar; a company's quarter still is
        ("He scored on a 2-yard touchdown in the second quarter.", []),
        ("Profit rose in the second quarter. The team led at halftime.",
         [("the second quarter", "DATE", "2015-Q2", None)]),
        # "about" as a verb's preposition before a deictic day is no approximation
        ("These are stories that will be talked about today.", [("today", "DATE", "2016-01-05", None)]),
        ("It took about three hours.", [("about three hours", "DURATION", "PT3H", "APPROX")]),
        # "the last year of" something is no "last year"; "to this day" is now
        ("He acted in the last year of his presidency.", []),
        ("The school, which to this day hosts a class, opened.", [("this day", "DATE", "PRESENT_REF", None)]),
        ("He left last year.", [("last year", "DATE", "2015", None)]),
        # "one day" ending a clause with a modal or a hope in it is some day ahead; a span after a verb of lasting
        ("I hope I can be like that one day.", [("one day", "DATE", "FUTURE_REF", None)]),
        ("It will last one day.", [("one day", "DURATION", "P1D", None)]),
        ("The strike lasted one day.", [("one day", "DURATION", "P1D", None)]),
        # one of the unit as an adjective
        ("the yearlong battle and an hour-long speech",
         [("yearlong", "DURATION", "P1Y", None), ("hour-long", "DURATION", "PT1H", None)]),
        ("the weeks-long effort", []),
        # a decade written without its century after another
        ("in the 1960s and 70s", [("the 1960s", "DATE", "196", None), ("70s", "DATE", "197", None)]),
        ("the 1980s-90s", [("the 1980s", "DATE", "198", None), ("90s", "DATE", "199", None)]),
        ("He was in his 40s and 50s.", []),
    ],
)
def test_periods_of_play_prepositions_and_elided_decades(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition or time clause in the present speaks of what is ahead; read in April
        ("It matters if a Republican is elected president in November.", [("November", "DATE", "2016-11", None)]),
        ("The party changes if Trump wins in November.", [("November", "DATE", "2016-11", None)]),
        ("When the talks resume in May, both sides will attend.", [("May", "DATE", "2016-05", None)]),
        # ... not in the past
        ("If he won in November, it was luck.", [("November", "DATE", "2015-11", None)]),
    ],
)
def test_a_present_condition_looks_ahead(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text, date(2016, 4, 15)) == expected


def test_a_present_headline_with_a_weekday_stays_past() -> None:
    # a review: a headline tells the past in the present; an indirect question is no condition
    wednesday = date(2010, 6, 23)
    assert found("Three die when bus is hit by train on Monday", wednesday) == [
        ("Monday", "DATE", "2010-06-21", None)]
    assert found("Officials ask if anyone is aware of the crash in May.", wednesday) == [
        ("May", "DATE", "2010-05", None)]
