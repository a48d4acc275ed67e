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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review of the audit's rules: a year before "PT", "CT" is no clock time with a zone
        ("In 1943 PT-109 was rammed.", [("1943", "DATE", "1943")]),
        ("A 2006 CT scan showed it.", [("2006", "DATE", "2006")]),
        # a clipped year after a contraction or a possessive in the sentence is still a year; a quotation is not
        ("In ‘08 he didn’t run.", [("‘08", "DATE", "2008")]),
        ("He sang '99 Problems' loudly.", []),
        ("titles in 1983, ‘86 and ‘88", [("1983", "DATE", "1983"), ("‘86", "DATE", "1986"), ("‘88", "DATE", "1988")]),
        # "Just a" opening a sentence before a year is a span; only "a minute" / "a second" cut off are interjections
        ("Just a year after taking office, he quit.", [("a year", "DURATION", "P1Y")]),
        # "back" as "ago" ends its phrase; a fraction of a season is none
        ("He spent two winters back home.", []),
        ("They won two summers back-to-back.", []),
        ("It was two and a half summers ago.", []),
        # "recent minutes" are a record, "in recent hours" a span
        ("The Fed's most recent minutes were released.", [("recent", "DATE", "PAST_REF")]),
        # "the fall of" a city is the noun; "days of the week" no time spent
        ("In the fall of Baghdad he fled.", []),
        ("The current and former officials met.", [("current", "DATE", "PRESENT_REF")]),
        ("Super Tuesday 1984 came and went.", []),  # before 1988 no fixed day
    ],
)
def test_what_a_review_of_the_audit_rules_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_days_of_the_week_are_no_time_spent() -> None:
    assert "days" not in [text for text, _, _ in found("He met with days of the week in mind.")]


def test_a_clipped_year_without_an_anchor_names_no_year() -> None:
    from dateline.temporal import infer_publication_date

    assert tag_times("Trump leads the '24 race in the polls.", None) == []
    assert infer_publication_date("Trump leads the '24 race in the polls.") is None


def test_markup_is_only_what_looks_like_a_tag() -> None:
    assert found("if x<y while in 2010 y>z") == [("2010", "DATE", "2010")]
    assert found('<a href=x.html>link</a> on <time datetime="2016-08-02">Tuesday</time>') == [
        ("Tuesday", "DATE", "2016-03-08")]


def test_publication_date_inference_still_reads_an_embedded_posts_date() -> None:
    from dateline.temporal import infer_publication_date

    page = 'Clinton spoke at the rally. <tweet tweet-date="March 7, 2016">We won Michigan!</tweet> She left.'
    found_date = infer_publication_date(page)
    assert found_date is not None and found_date.earliest <= date(2016, 3, 7) <= found_date.latest
    assert tag_times(page, date(2016, 3, 8)) == []  # as text, the attribute is no expression
