"""Regressions from an expression audit of 30 PolNeAR articles (US politics, 2016; seven outlets): every expression
the tagger returned judged against the TIMEX3 guidelines (session 25, docs/temporal.md). Each case is a general shape
the audit found wrong or missed, in the audit's own words or a made-up sentence of the same shape."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

READ = date(2016, 3, 10)  # a Thursday, nine days after Super Tuesday


def found(text: str, published: date = READ) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two-digit years after an apostrophe, written with a straight, a right or a left quote.
        ("Why Electing Hillary in ‘16 is More Important Than Electing Obama in ‘08",
         [("‘16", "DATE", "2016"), ("‘08", "DATE", "2008")]),
        ("The '16 race is nothing like the ’12 campaign.", [("'16", "DATE", "2016"), ("’12", "DATE", "2012")]),
        ("He has voted Republican since '98.", [("'98", "DATE", "1998")]),
        # ... not a quotation opening with a number, nor a number with no word that makes it a year
        ("He sang ‘99 problems’ at the rally.", []),
        ("The score was 3-'16 by halftime.", []),
    ],
)
def test_clipped_years_on_their_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_dates_inside_markup_attributes_are_no_text() -> None:
    text = '<tweet tweet-date="March 7, 2016">Clinton wins Michigan</tweet> He spoke on Monday.'
    expressions = tag_times(text, READ)
    assert [(e.text, e.value) for e in expressions] == [("Monday", "2016-03-07")]
    assert all(text[e.start : e.end] == e.text for e in expressions)
    # the same date shown as the page's text stays
    assert found("— Brian Fallon (@brianefallon) March 7, 2016") == [("March 7, 2016", "DATE", "2016-03-07")]
    # a comparison is no markup
    assert found("if a < b and c > d on Monday") == [("Monday", "DATE", "2016-03-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # time spent on something, after a word that makes it so (TimeBank: "follows months of", "days of swelling")
        ("After decades of use, the state eliminated straight-ticket voting.", [("decades", "DURATION", "PXDE")]),
        ("The deal follows months of talks amid weeks of protests.",
         [("months", "DURATION", "PXM"), ("weeks", "DURATION", "PXW")]),
        ("Years of political combat have shaped her.", [("Years", "DURATION", "PXY")]),
        # an amount of something, a title
        ("He gave hours of testimony.", []),
        ("Days of Thunder is a film.", []),
        # a poll's "the past months"; "the past years" is a vague past, as TimeBank marks it
        ("Her lead shrank during the past months.", [("the past months", "DURATION", "PXM")]),
        ("Support has grown over the last years.", [("the last years", "DATE", "PAST_REF")]),
        ("It happened in the last days of the campaign.", []),
        # "over" before a bare plural is the preposition, not "more than"
        ("Over decades in business, Trump has sued his critics.", [("decades", "DURATION", "PXDE")]),
        ("The trial lasted over three years.", [("over three years", "DURATION", "P3Y")]),
        # "first" belongs to the span after a possessive or in a headline
        ("In First 100 Days, Trump Would Act", [("First 100 Days", "DURATION", "P100D")]),
        ("during his first 100 days in office", [("first 100 days", "DURATION", "P100D")]),
        ("He came first 10 years ago.", [("10 years ago", "DATE", "2006")]),
        # an interjection opening a sentence is no span of time
        ("Wait a minute: that is not true.", []),
        ('"Just a second," she said.', []),
        ("He had to wait a minute for the bus.", [("a minute", "DURATION", "PT1M")]),
        ("He works every single day.", [("every single day", "SET", "P1D")]),
        ("She calls each and every week.", [("each and every week", "SET", "P1W")]),
    ],
)
def test_spans_sets_and_what_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Super Tuesday election night was a rout.", [("Super Tuesday", "DATE", "2016-03-01")]),
        ("Super Tuesday 2008 was February 5.", [("Super Tuesday 2008", "DATE", "2008-02-05"),
                                                 ("February 5", "DATE", "2008-02-05")]),
        # counted seasons: "one summer ago" is last summer
        ("Two summers back, I was dealing with a serious illness.", [("Two summers back", "DATE", "2014-SU")]),
        ("It snowed three winters ago.", [("three winters ago", "DATE", "2013-WI")]),
        # a hyphenated century or decade is an adjective: the article is its noun's
        ("the 20th-century activist", [("20th-century", "DATE", "19")]),
        ("the 1970s-era catcher and the '80s-style hair", [("1970s", "DATE", "197"), ("'80s", "DATE", "198")]),
        ("in the 1990s", [("the 1990s", "DATE", "199")]),
        # TimeBank marks "the winter of nineteen ninety-four" with its article
        ("Protests began in the winter of 2014.", [("the winter of 2014", "DATE", "2014-WI")]),
        # "toward" a month looks ahead after a present or a verb of moving, not after a past
        ("She is marching toward November.", [("November", "DATE", "2016-11")]),
        ("The campaign looks toward November.", [("November", "DATE", "2016-11")]),
        ("The race moved toward November.", [("November", "DATE", "2015-11")]),
    ],
)
def test_named_days_seasons_and_centuries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
