"""Regressions from a review of tagged values in dated ECB+ news (2005-2013; sports, crime, disasters, politics)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

PUBLISHED = date(2012, 8, 7)  # a Tuesday


def values(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two years with the second in two digits are two years, as other ranges give one expression per year.
        ("He coached the team (1994-96) and again in 2004-05.",
         [("1994", "1994"), ("96", "1996"), ("2004", "2004"), ("05", "2005")]),
        ("the 2008-09 season", [("2008", "2008"), ("09", "2009")]),
        ("in 1999-00", [("1999", "1999"), ("00", "2000")]),
        ("a 2008-05 report", []),  # a second part before the first is no span
        ("titles in 1983, '86, '87 and '88", [("1983", "1983"), ("'86", "1986"), ("'87", "1987"), ("'88", "1988")]),
        # a clipped year alone is a year after a preposition or before a campaign's word (a PolNeAR audit), else nothing
        ("In '86 he won.", [("'86", "1986")]),
        ("He wore number '86 on his jersey.", []),
        # Time elapsed in a bout or a game is no clock time; Bush's "midnight regulations" are no midnight.
        ("The referee stopped the fight at 2:56 of the sixth round.", []),
        ("He scored at the 2:15 mark.", []),
        ("Bush's midnight regulations were reversed.", []),
        ("The blast hit at 2:56 local time.", [("2:56", "2012-08-07T02:56")]),
        # "over" spreading an amount across a span is no "more than".
        ("a deal worth $184 million over eight years", [("eight years", "P8Y")]),
        ("He waited over two hours.", [("over two hours", "PT2H")]),
        # Present-tense sports schedules and "agreed to a deal" (a noun after "to", no infinitive).
        ("New Orleans plays at Seattle on Saturday.", [("Saturday", "2012-08-11")]),
        ("He agreed to a deal on Saturday.", [("Saturday", "2012-08-04")]),
        # A year-less day close to a full date of the same sentence is in its year.
        ("The deputy was killed June 24, 2005, while investigating a June 20 shooting.",
         [("June 24, 2005", "2005-06-24"), ("June 20", "2005-06-20")]),
        ("The deputy was killed June 24, 2005. He had looked into a July 20 shooting.",
         [("June 24, 2005", "2005-06-24"), ("July 20", "2012-07-20")]),
    ],
)
def test_values_in_dated_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_spread_over_keeps_no_modifier_and_more_than_keeps_its_own() -> None:
    spread = tag_times("$184 million over eight years", PUBLISHED)
    waited = tag_times("waited over two hours", PUBLISHED)
    assert (spread[0].modifier, waited[0].modifier) == (None, "MORE_THAN")


def test_a_year_named_before_a_clock_time_keeps_the_clock_on_the_day_in_view() -> None:
    text = "It was built in 1935, the same year the bridge opened. A caller reported the fire at 3:33 a.m."
    assert values(text)[-1] == ("3:33 a.m.", "2012-08-07T03:33")


@pytest.mark.parametrize(
    "text",
    ["Lying to agents is a crime under U.S. Code 18, Section 1001.", "UN Resolution 1973 authorised the strikes.",
     "Flight 1549 landed on the Hudson.", "Form 1040 is due."],
)
def test_numbers_after_a_label_are_no_years(text: str) -> None:
    assert values(text) == []


def test_a_clock_time_before_the_day_it_is_on_is_no_year() -> None:
    # A user test (BBC, Michael Jackson): "was 1040 on 25 June" was the year 1040 in the CSV and TimelineJS exports.
    # After "at" it is the time on that day (a date audit).
    assert values("The last dose was given at 1040 on 25 June, the doctor said.") == [
        ("1040 on 25 June", "2012-06-25T10:40")
    ]
    assert values("The last dose was 1040 on Thursday.") == [("Thursday", "2012-08-02")]
    assert ("2003", "2003") in values("In 2003 on 12 July he left the band.")
    assert ("2010", "2010") in values("It raised its growth forecast for 2010 on Tuesday.")  # a review
    assert ("2008", "2008") in values("Between 2005 and 2008 on 14 occasions he won.")
    # Quantities and bill numbers before the day are no years either (a second review).
    assert values("Gold climbed to 1250 on Tuesday.") == [("Tuesday", "2012-08-07")]
    assert values("The death toll rose to 1500 on Sunday.") == [("Sunday", "2012-08-05")]
    # A radio listing (H1N1 user test): the year 1700 was a slide of the TimelineJS export.
    assert values("Radio 4, repeated 1700, Sunday 14 June 2009.") == [("Sunday 14 June 2009", "2009-06-14")]
    assert ("2008", "2008") in values("In 2008, Monday 3 March was a holiday.")


@pytest.mark.parametrize(
    "text",
    [
        # A user's H1N1 store (Reuters readers' comments): "over 1000 in the UK" was an entry dated the year 1000.
        "We hear of more and more people with it -- over 1000 in the UK.",
        "There were 1000 cases in Mexico.",
        "Mexico reported 1200 deaths by then.",
        "They say 2000 barrels were spilled.",
        "a total of over 1500 cases",
        # A review's counts: a word of amount, or a plural after a number long past without a year's preposition.
        "There were 1000 in the UK by then.",
        "A further 1000 staff were hired.",
        "The 1700 residents left.",
        "Cases in Britain reached 1000.",
    ],
)
def test_a_round_number_that_counts_is_no_year(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 2000 elections were close.", "2000"),
        ("In 1500 the city was founded.", "1500"),
        ("Around 1900, the town grew.", "1900"),
        ("Member of the committee 2000 onwards.", "2000"),
        ("The company said 2009 results would beat forecasts.", "2009"),
        ("It could be even worse than 2004.", "2004"),
        ("The plant will run until at least 2040.", "2040"),
        ("another 1918 style pandemic", "1918"),
        # A review's years: 1900 and 2000 before a plural, after "than", after "the year".
        ("By the year 2000 prices had doubled.", "2000"),
        ("It is lower than 2000 levels.", "2000"),
        ("The disputed 2000 elections were close.", "2000"),
        ("Since about 2000 prices have risen.", "2000"),
    ],
)
def test_years_next_to_amount_words_or_plurals_stay_years(text: str, year: str) -> None:
    assert year in [value for _, value in values(text)]
