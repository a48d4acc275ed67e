"""Regressions from an expression audit of 30 Timeline17 articles of the Washington Post's financial-crisis and
the BBC's Michael Jackson coverage (session 25, docs/temporal.md): the general shapes it found wrong or missed."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times


def found(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Half a century ago, it began.", date(2009, 2, 25), [("Half a century ago", "DATE", "1959")]),
        ("A half-century ago it began.", date(2009, 2, 25), [("A half-century ago", "DATE", "1959")]),
        ("Prices fell over the past couple of months.", date(2009, 3, 10),
         [("the past couple of months", "DURATION", "P2M")]),
        ("He fears the bank one day might fail.", date(2009, 3, 10), [("one day", "DATE", "FUTURE_REF")]),
        ("I saw him the other day.", date(2009, 3, 10), [("the other day", "DATE", "PAST_REF")]),
        ("Then, seemingly overnight, the market crashed.", date(2009, 1, 4), []),
        ("Stocks fell overnight.", date(2009, 1, 4), [("overnight", "TIME", "2009-01-03TNI")]),
        ("The vote starts at noon ET on Friday.", date(2010, 9, 8),
         [("noon ET on Friday", "TIME", "2010-09-10T12:00")]),
        # a clock range whose end is earlier ends the next day
        ("The show runs from 10pm to 2am.", date(2010, 9, 8),
         [("10pm", "TIME", "2010-09-08T22:00"), ("2am", "TIME", "2010-09-09T02:00")]),
        ("From 10am to 2pm it rains.", date(2010, 9, 8),
         [("10am", "TIME", "2010-09-08T10:00"), ("2pm", "TIME", "2010-09-08T14:00")]),
        # a day's possessive whose noun has a future verb looks ahead
        ("The commission said Friday night's debate will go ahead.", date(2008, 9, 24),
         [("Friday night", "TIME", "2008-09-26TNI")]),
        ("He said Monday's vote was close.", date(2008, 9, 24), [("Monday", "DATE", "2008-09-22")]),
        # weeks counted from a year named alone stay in that year
        ("The firm was founded in 1990. Two weeks later it hired a chief.", date(2010, 9, 8),
         [("1990", "DATE", "1990"), ("Two weeks later", "DATE", "1990")]),
    ],
)
def test_finance_and_celebrity_news(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_a_live_pages_stamps_with_a_colon_are_clock_times() -> None:
    page = (
        "1249: Mark Lowen BBC News says protesters gathered.\n\n1302: Crowds grew in the square.\n\n"
        "1315: Police arrived.\n\nIn 1249 the town was founded.\n"
    )
    assert found(page, date(2011, 11, 8)) == [
        ("1249", "TIME", "2011-11-08T12:49"), ("1302", "TIME", "2011-11-08T13:02"),
        ("1315", "TIME", "2011-11-08T13:15"), ("1249", "DATE", "1249"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review of these rules: only an evening start and a bare morning end after "to" cross midnight
        ("Shops close at 10pm or 9pm.", [("10pm", "TIME", "2010-09-08T22:00"), ("9pm", "TIME", "2010-09-08T21:00")]),
        ("The meeting was moved from 3pm to 2pm.",
         [("3pm", "TIME", "2010-09-08T15:00"), ("2pm", "TIME", "2010-09-08T14:00")]),
        ("It runs from 10pm to 2am on Sept. 8.",
         [("10pm", "TIME", "2010-09-08T22:00"), ("2am on Sept. 8", "TIME", "2010-09-08T02:00")]),
        # "half an hour ago" stays one vague past, as "two hours ago"
        ("He left half an hour ago.", [("half an hour ago", "DATE", "PAST_REF")]),
        ("Analysts said Monday's sell-off will weigh on markets.", [("Monday", "DATE", "2010-09-06")]),
        ("One day will not be enough.", [("One day", "DURATION", "P1D")]),
        ("They meet every couple of weeks.", [("every couple of weeks", "SET", "P2W")]),
        ("On one day he wins, on the other day he loses.", [("one day", "DURATION", "P1D")]),
    ],
)
def test_what_a_review_of_these_rules_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, date(2010, 9, 8)) == expected


def test_a_history_timeline_of_years_is_no_live_page() -> None:
    history = "History\n1603: Union of the Crowns.\n1707: Acts of Union.\n1746: Battle of Culloden.\n"
    assert [value for _, _, value in found(history, date(2010, 9, 8))] == ["1603", "1707", "1746"]


def test_the_night_after_the_last_day_of_the_calendar_raises_nothing() -> None:
    assert found("On December 31, 9999 from 11pm to 1am", date(9999, 12, 31))[0][2] == "9999-12-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # programmes and clubs named by a weekday are no days
        ("Colin Murray presents Sunday Roast.", []),
        ("He went to The Monday Night Club.", []),
        ("We met on Sunday.", [("Sunday", "DATE", "2009-02-22")]),
        # "the 80s" without an apostrophe is a decade, unless the sentence speaks of temperatures
        ("Back in the 80s he sat on the committee.", [("the 80s", "DATE", "198")]),
        ("Highs will be in the 80s on the coast.", []),
        ("He is in his 80s.", []),
    ],
)
def test_programmes_and_plain_decades(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, date(2009, 2, 25)) == expected
