"""Regressions from an audit of every expression tagged in 30 Guardian and Fox News articles of Timeline17
(BP oil spill, swine flu; 2009-2010): named days, rates, vague and qualified spans, tokenized full dates,
weekdays of a named week, numerals with thousands separators. Each case is a sentence of the kind found."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

PUBLISHED = date(2010, 6, 1)  # a Tuesday


def found(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shops expect crowds on Boxing Day.", [("Boxing Day", "DATE", "2009-12-26")]),
        ("Parades were held on St. Patrick's Day.", [("St. Patrick's Day", "DATE", "2010-03-17")]),
        ("It was an April Fools Day joke.", [("April Fools Day", "DATE", "2010-04-01")]),
        ("Veterans' Day 2009 was quiet.", [("Veterans' Day 2009", "DATE", "2009-11-11")]),
        ("Celebrations will mark Canada Day.", [("Canada Day", "DATE", "2010-07-01")]),
        # a weekend named by its holiday: Monday's ends the weekend before it, Thursday's is in its own week
        ("Obama flew to Chicago over Memorial Day weekend.", [("Memorial Day weekend", "DATE", "2010-W21-WE")]),
        ("Traffic was heavy over the Thanksgiving weekend.", [("Thanksgiving weekend", "DATE", "2009-W48-WE")]),
    ],
)
def test_named_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_name_that_is_no_day_is_not_tagged() -> None:
    assert found("Patrick Ewing spoke to the Veterans Affairs office.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auto update every minute", [("every minute", "SET", "PT1M")]),
        ("He gave her the drug six nights a week.", [("six nights a week", "SET", "P1W")]),
        ("They met 5 times per hour.", [("5 times per hour", "SET", "PT1H")]),
        ("BP failed to stop a 1,000-barrel-a-day leak.", [("a-day", "SET", "P1D")]),
    ],
)
def test_rates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chip runs 15 million instructions per second.",  # a rate of something else (TimeBank leaves it)
        "The pump cleans 200 gallons per minute.",
    ],
)
def test_quantities_per_second_or_minute_are_no_sets(text: str) -> None:
    assert found(text) == []


def test_a_count_of_days_before_a_distance_in_time_is_no_rate() -> None:
    expected = [("six days", "DURATION", "P6D"), ("a week ago", "DATE", "2010-W21")]
    assert found("It took six days a week ago.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BP will keep the cap closed for another day.", [("another day", "DURATION", "P1D")]),
        ("He faced seven contentious hours of testimony.", [("seven contentious hours", "DURATION", "PT7H")]),
        ("We sold out within hours of the first case.", [("hours", "DURATION", "PTXH")]),
        ("The cleanup could last for potentially years.", [("years", "DURATION", "PXY")]),
        ("He saw the separator years ago.", [("years ago", "DURATION", "PXY")]),
        ("The recovery took three-and-a-half days.", [("three-and-a-half days", "DURATION", "P3DT12H")]),
        ("He must perform 1,000 hours of community service.", [("1,000 hours", "DURATION", "PT1000H")]),
    ],
)
def test_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He gave hours of testimony.",  # a quantity of testimony, not a span
        "It is 2,500 years old.",  # an age, not "500 years"
    ],
)
def test_no_span(text: str) -> None:
    assert found(text) == []


def test_a_count_before_ago_keeps_its_date() -> None:
    assert found("He left three years ago.") == [("three years ago", "DATE", "2007")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tokenized text puts a space before every comma
        ("The first case was confirmed on April 23 , 2009 in Mexico.", [("April 23 , 2009", "DATE", "2009-04-23")]),
        ("On Monday , July 12 , 2010 , BP said so.", [("Monday , July 12 , 2010", "DATE", "2010-07-12")]),
        ("On 12 July , 2010 it rose.", [("12 July , 2010", "DATE", "2010-07-12")]),
    ],
)
def test_full_dates_with_spaced_commas(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("He left on Friday last week.", date(2009, 4, 30), [("Friday last week", "DATE", "2009-04-24")]),
        ("She arrives on Monday next week.", date(2009, 4, 30), [("Monday next week", "DATE", "2009-05-04")]),
        (
            "The girl attended school on Wednesday to Friday last week.",
            date(2009, 4, 30),
            [("Wednesday", "DATE", "2009-04-22"), ("Friday last week", "DATE", "2009-04-24")],
        ),
    ],
)
def test_weekdays_of_a_named_week(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_a_weekday_and_a_week_apart_stay_apart() -> None:
    assert found("On Friday, last week was forgotten.", date(2009, 4, 30)) == [
        ("Friday", "DATE", "2009-04-24"),
        ("last week", "DATE", "2009-W17"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present copula schedules: read on Thursday 6 May, "is Tuesday" is the coming one
        ("Officials said the hearing is Tuesday.", [("Tuesday", "DATE", "2010-05-11")]),
        ("He said the vote is on Tuesday.", [("Tuesday", "DATE", "2010-05-11")]),
        ("The wedding is in August.", [("August", "DATE", "2010-08")]),
        ("The hearing was Tuesday.", [("Tuesday", "DATE", "2010-05-04")]),
    ],
)
def test_a_present_copula_looks_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, date(2010, 5, 6)) == expected


def test_a_weekday_ending_a_line_stays_apart_from_the_next_lines_week() -> None:
    assert found("He left on Friday\nLast week was busy.", date(2009, 4, 30)) == [
        ("Friday", "DATE", "2009-04-24"),
        ("Last week", "DATE", "2009-W17"),
    ]


def test_a_day_after_since_does_not_become_the_day_in_view() -> None:
    """The audit: after "since 20 April, when the rig exploded", "By 2.30pm" and "the previous day" were counted
    from 20 April, not from the day the article tells of."""
    text = (
        "Oil has gushed since 20 April, when the rig exploded. By 2.30pm the cap was in place. The previous day, "
        "BP said."
    )
    assert found(text)[1:] == [("2.30pm", "TIME", "2010-06-01T14:30"), ("The previous day", "DATE", "2010-05-31")]


def test_a_weekday_before_a_day_and_clock_time_is_left_as_it_is() -> None:
    """A range ending in a clock time on a day ("Wednesday to Friday at 1 pm") is no weekday of a named week (the
    first version of that rule raised on it)."""
    assert found("The talks ran from Wednesday to Friday at 1 pm.", date(2010, 2, 27)) == [
        ("Wednesday", "DATE", "2010-02-24"),
        ("Friday at 1 pm", "TIME", "2010-02-26T13:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review: the copula is the noun's when the day is a possessive, or after "here is", "below is"
        ("Below is Monday's statement from the company.", [("Monday", "DATE", "2010-05-03")]),
        ("The focus is on Monday's vote, which the president lost.", [("Monday", "DATE", "2010-05-03")]),
        ("This is Monday.", [("Monday", "DATE", "2010-05-03")]),
    ],
)
def test_a_copula_of_a_noun_does_not_look_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, date(2010, 5, 6)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The festival is held every second year.",  # the ordinal, not once a second
        "Tomorrow is another day.",  # some other day, not a day's span
        "They met on another day.",
        "Patients in the Veterans Day Care Center said so.",  # a name that holds a holiday's
    ],
)
def test_no_rate_span_or_holiday_where_the_words_mean_something_else(text: str) -> None:
    assert [e for e in found(text) if e[0] != "Tomorrow"] == []


def test_st_patricks_day_needs_no_apostrophe_and_a_tuesdays_holiday_weekend_is_the_one_before() -> None:
    assert found("Parades on St Patricks Day.") == [("St Patricks Day", "DATE", "2010-03-17")]
    assert found("Canada Day weekend", date(2014, 5, 14)) == [("Canada Day weekend", "DATE", "2014-W26-WE")]


def test_a_holiday_weekend_without_an_anchor_is_a_weekend() -> None:
    assert [(e.text, e.value) for e in tag_times("Traffic was heavy over the Christmas weekend.", None)] == [
        ("Christmas weekend", "XXXX-WXX-WE")
    ]
