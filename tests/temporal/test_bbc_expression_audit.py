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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review of the audit's rules: a clock before "hrs" stays a clock; "HR" is no hour
        ("The raid began at 1400 hrs GMT.", [("1400", "TIME", "2010-06-21T14:00")]),
        ("Two HR managers quit.", []),
        # only a bare month takes the range's year; a list's months all do
        ("from next month to March 2012", [("next month", "DATE", "2010-07"), ("March 2012", "DATE", "2012-03")]),
        ("June, July and August 2008 were hot.",
         [("June", "DATE", "2008-06"), ("July", "DATE", "2008-07"), ("August 2008", "DATE", "2008-08")]),
        # "since the" keeps its signal; the article stays where no noun follows
        ("from the 20 April onwards", [("the 20 April", "DATE", "2010-04-20")]),
        # a company's name, not a record's or a magazine's
        ("Offshore 2007 L.L.C. holds 10%.", []),
        ("His 1972 LP Harvest sold well.", [("1972", "DATE", "1972")]),
        ("the current so-called ceasefire", [("current", "DATE", "PRESENT_REF")]),
        # "will report fourth-quarter results" in February is of the quarter just ended
        ("The company will report fourth-quarter results on Thursday.",
         [("fourth-quarter", "DATE", "2009-Q4"), ("Thursday", "DATE", "2010-02-04")]),
    ],
)
def test_what_a_review_of_the_bbc_rules_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    published = date(2010, 2, 1) if "fourth-quarter" in text else READ
    assert found(text, published) == expected


def test_since_the_keeps_its_signal() -> None:
    assert [(e.text, e.modifier) for e in tag_times("since the 20 April blast", READ)] == [("20 April", "AFTER")]
