"""A session-29 user test (H1N1 coverage): "we already have, 1000 cases worldwide" was the year 1000, and "By June of
that year" after "The 2003 SARS outbreak" was June of the page's year (the month, read first, had become the year in
view)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

PAGE = date(2009, 4, 29)


def test_a_number_after_a_comma_before_a_plural_is_a_count() -> None:
    text = "It seems we already have, 1000 cases worldwide, 20 dead and the WHO is dithering."
    assert [t.value for t in tag_times(text, PAGE)] == []


def test_a_year_after_a_sentence_end_still_reads_as_a_year() -> None:
    assert [t.value for t in tag_times("The walls stood for centuries. In 1500 the city fell.", PAGE)] == ["1500"]


@pytest.mark.parametrize(
    "opening", ["The SARS outbreak hit Asia in 2003.", "The 2003 SARS outbreak hit Asia."]
)
def test_a_month_of_that_year_is_in_the_year_named_before(opening: str) -> None:
    text = f"{opening} By June of that year, it had lifted an advisory warning."
    found = {t.text: t.value for t in tag_times(text, PAGE)}
    assert found.get("June of that year") == "2003-06", found


def test_a_month_of_that_year_without_a_year_named_is_the_pages() -> None:
    found = {t.text: t.value for t in tag_times("The flu hit in May. In June of that year, it spread.", PAGE)}
    assert found.get("June of that year") == "2009-06", found


@pytest.mark.parametrize(
    ("phrase", "value"), [("June that year", "2003-06"), ("June of the following year", "2004-06")]
)
def test_a_month_of_a_year_told_from_the_one_in_view(phrase: str, value: str) -> None:
    """A review: "June of the following year" after 2003 was 2010-06, "June that year" 2009-06."""
    found = {t.text: t.value for t in tag_times(f"The outbreak hit Asia in 2003. By {phrase}, it had ended.", PAGE)}
    assert found.get(phrase) == value, found


def test_the_last_as_final_is_no_past_marker() -> None:
    """A second user test: "the last best hope before August, when the company expects ..." read on 2 June 2010 was
    August 2009 ("last" was taken for the past)."""
    text = ("The company's latest plan could represent the last best hope before August, when the company expects to "
            "have two relief wells.")
    assert [t.value for t in tag_times(text, date(2010, 6, 2))] == ["2010-08"]
    # "the last few weeks" still tells of the past.
    found = tag_times("In the last few weeks the company sold its stake, and in August it left.", date(2010, 6, 2))
    assert [t.value for t in found if t.text == "August"] == ["2009-08"]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("June 5 of that year", "2003-06-05"), ("June 5 that year", "2003-06-05"),
     ("June 5 the following year", "2004-06-05")],
)
def test_a_day_of_a_year_told_from_the_one_in_view(phrase: str, value: str) -> None:
    """A review: a day, not a month, before "of that year" made the page's year the one in view (2009-06-05, a day
    after the page told in the past)."""
    found = {t.text: t.value for t in tag_times(f"The outbreak hit Asia in 2003. On {phrase}, it ended.", PAGE)}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize(
    "text", ["Talks resume in the last days of August.", "This is the last week before the August recess."]
)
def test_the_last_days_of_a_period_are_its_final_ones_not_the_past(text: str) -> None:
    """A review: "the last days of August" read on 2 June 2010 was August 2009 (a time unit after "the last" kept it
    a past marker)."""
    assert [t.value for t in tag_times(text, date(2010, 6, 2)) if t.text == "August"] == ["2010-08"]
