"""Regressions from an expression audit of 30 Timeline17 articles of Reuters and Washington Post coverage (H1N1 and
the BP spill; session 25, docs/temporal.md): the general shapes it found wrong or missed, each in the audit's words
or a made-up sentence of the same shape."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

SUNDAY = date(2010, 6, 13)


def found(text: str, published: date = SUNDAY) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun "current" (a flow of water) is no PRESENT_REF; the adjective is
        ("A new filament of the current is reaching toward the oil slick.", []),
        ("The oil rode the current, which carried it east.", []),
        ("The current system has flaws.", [("current", "DATE", "PRESENT_REF")]),
        ("up from the current four flights a week", [("current", "DATE", "PRESENT_REF"), ("a week", "SET", "P1W")]),
        # counted durations told as one
        ("A year and a day before the rig exploded, he came.", [("A year and a day", "DURATION", "P1Y1D")]),
        ("He served two years and three months.", [("two years and three months", "DURATION", "P2Y3M")]),
        ("It took an hour and 20 minutes.", [("an hour and 20 minutes", "DURATION", "PT1H20M")]),
        ("It rose between 3 years and 5 years.", [("3 years", "DURATION", "P3Y"), ("5 years", "DURATION", "P5Y")]),
        # bare plurals: "X or Y" one vague span (TimeBank: "weeks or months" PXW), time one has or spends
        ("The leak is still weeks or months away from being stopped.", [("weeks or months", "DURATION", "PXW")]),
        ("The charity has decades of good works behind it.", [("decades", "DURATION", "PXDE")]),
        ("It lasted two days or weeks, nobody knew.", [("two days", "DURATION", "P2D")]),
        ("Oil reached the beach in recent hours.", [("recent hours", "DURATION", "PTXH")]),
        # a rate with a bracketed conversion between the quantity and its unit
        ("The well leaks 40,000 barrels (1.68 million gallons/6.36 million liters) a day.", [("a day", "SET", "P1D")]),
        ("He stayed (for now) a day.", [("now", "DATE", "PRESENT_REF"), ("a day", "DURATION", "P1D")]),
        ("At a midday news conference, officials spoke.", [("midday", "TIME", "2010-06-13T12:00")]),
    ],
)
def test_nouns_spans_and_rates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        # "this week" read on a Sunday: told ahead, the week that starts the next day
        ("President Obama will press BP executives this week.", [("this week", "DATE", "2010-W24")], SUNDAY),
        ("BP said this week it had spent $1 billion.", [("this week", "DATE", "2010-W23")], SUNDAY),
        ("BP will say more this week.", [("this week", "DATE", "2010-W23")], date(2010, 6, 10)),
        # US zones without the season, in capitals
        ("He will address the nation at 8 p.m. ET on Tuesday.",
         [("8 p.m. ET on Tuesday", "TIME", "2010-06-15T20:00")], SUNDAY),
        ("He will speak at 8 p.m. at the hall.", [("8 p.m.", "TIME", "2010-06-13T20:00")], SUNDAY),
        # a season told in the past is the last one begun; a bare season after "in" when its phrase ends
        ("The spill ravaged the coast over the summer.", [("the summer", "DATE", "2010-SU")], date(2011, 1, 5)),
        ("Tourism will recover in the summer.", [("the summer", "DATE", "2011-SU")], date(2011, 1, 5)),
        ("In autumn the mutated form could spread.", [("autumn", "DATE", "2009-FA")], date(2009, 5, 1)),
        ("Prices rose in winter, officials said.", [("winter", "DATE", "2008-WI")], date(2009, 5, 1)),
        ("The bird is in fall plumage.", [], date(2009, 5, 1)),
    ],
)
def test_weeks_zones_and_seasons(text: str, expected: list[tuple[str, str, str]], published: date) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review: a range, weeks beside other units, or a modifier keep the durations apart
        ("It took between a year and 18 months.", [("a year", "DURATION", "P1Y"), ("18 months", "DURATION", "P18M")]),
        ("It took two weeks and three days.", [("two weeks", "DURATION", "P2W"), ("three days", "DURATION", "P3D")]),
        ("It took about three hours and nearly 20 minutes.",
         [("about three hours", "DURATION", "PT3H"), ("nearly 20 minutes", "DURATION", "PT20M")]),
    ],
)
def test_what_is_no_compound_duration(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_no_compound_duration_across_a_blank_line() -> None:
    assert [text for text, _, _ in found("The board met for a year\n\nand a day it waited.")] == ["a year", "a day"]
