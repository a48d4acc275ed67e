"""Regressions from an expression audit of 30 Timeline17 articles of BBC swine-flu and BP coverage (session 25,
docs/temporal.md): the general shapes it found wrong or missed, each in the audit's words or a made-up sentence."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

READ = date(2010, 6, 21)  # a Monday


def found(text: str, published: date = READ) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviated units of a comment's stamp
        ("Rig worker makes safety charge - 28 hrs ago", [("28 hrs ago", "DATE", "PAST_REF")]),
        ("Posted 5 mins ago", [("5 mins ago", "DATE", "PAST_REF")]),
        ("It pays 2% per annum.", [("per annum", "SET", "P1Y")]),
        ("Protesters marched on May Day.", [("May Day", "DATE", "2010-05-01")]),
        ("He waited two whole days.", [("two whole days", "DURATION", "P2D")]),
        # a year inside a user name or a company's name is none
        ("topbear1974 wrote: I agree.", []),
        ("MOEX Offshore 2007 LLC holds 10%.", []),
        ("FY2010 profit rose.", [("FY2010", "DATE", "2010")]),
        # the article of a noun a date premodifies is the noun's
        ("Since the 20 April explosion, oil has leaked.", [("20 April", "DATE", "2010-04-20")]),
        ("It blew on the 20th of April.", [("the 20th of April", "DATE", "2010-04-20")]),
        # the noun "current"
        ("They are monitoring the loop current very closely.", []),
        ("A rip current took him.", []),
        # "over" spreading an amount across a span; "minute" the adjective; a span spent is no rate
        ("BP will pay $5bn into the fund annually over four years.",
         [("annually", "SET", "P1Y"), ("four years", "DURATION", "P4Y")]),
        ("Only a minute amount of oil reached the shore.", []),
        ("I caught flu in 1957 and spent a week in bed.", [("1957", "DATE", "1957"), ("a week", "DURATION", "P1W")]),
        # a stamp's midnight hour with "am"
        ("At 00:36 am on 29 May 2009, she wrote.", [("00:36 am on 29 May 2009", "TIME", "2009-05-29T00:36")]),
        # a year-less month opening a range ended by a month with its year
        ("between June and August 2008", [("June", "DATE", "2008-06"), ("August 2008", "DATE", "2008-08")]),
        ("from November to February 2009", [("November", "DATE", "2008-11"), ("February 2009", "DATE", "2009-02")]),
        # halves and counts of decades and centuries in years
        ("It lasted half a century.", [("half a century", "DURATION", "P50Y")]),
        ("It took a century and a half.", [("a century and a half", "DURATION", "P150Y")]),
        ("It took two centuries.", [("two centuries", "DURATION", "P200Y")]),
    ],
)
def test_units_names_nouns_and_ranges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
