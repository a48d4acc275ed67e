"""Inferring the publication date of undated articles from the dates they mention."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from dateline.temporal import infer_publication_date


def test_kyiv_independent_page_is_dated_by_its_latest_call(examples_dir: Path) -> None:
    text = (examples_dir / "kyiv-independent-erdogan-putin-call.txt").read_text(encoding="utf-8")
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.method == "inferred"
    assert inferred.earliest == date(2025, 7, 18)
    assert date(2025, 7, 18) < inferred.latest <= date(2025, 7, 31)
    assert "three years" in inferred.evidence and 0 < inferred.confidence <= 1


def test_rks_page_is_dated_by_the_third_round(examples_dir: Path) -> None:
    text = (examples_dir / "rks-news-third-round.txt").read_text(encoding="utf-8")
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.earliest == date(2025, 7, 23)
    assert inferred.latest <= date(2025, 8, 6)
    assert "2022" in inferred.evidence


def test_duration_since_a_dated_event_moves_the_year_on() -> None:
    text = (
        "The company was founded in March 2019. After more than five years of losses it reported a profit on "
        "April 4, the chairman said. Analysts met on April 2."
    )
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.earliest == date(2024, 4, 4)


def test_year_less_dates_across_new_year_keep_the_latest_in_the_new_year() -> None:
    text = "The strike began on Dec. 28 and ended on Jan. 3, union leaders said after the 2023 elections."
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.earliest == date(2023, 1, 3)


def test_explicit_full_date_is_the_lower_bound_and_yesterday_narrows_the_window() -> None:
    inferred = infer_publication_date("The minister resigned on March 3, 2021. Yesterday he left the country.")
    assert inferred is not None
    assert inferred.earliest == date(2021, 3, 3)
    assert inferred.latest == date(2021, 3, 5)


def test_future_dates_do_not_set_the_lower_bound() -> None:
    inferred = infer_publication_date("Talks were held on May 16, 2025. A new round will take place on June 30.")
    assert inferred is not None
    assert inferred.earliest == date(2025, 5, 16)


def test_text_without_years_gives_none() -> None:
    assert infer_publication_date("The talks took place on July 23 in Istanbul.") is None
    assert infer_publication_date("") is None
    assert infer_publication_date("1234567890" * 50) is None


def test_weekday_named_with_a_year_less_date_picks_the_year() -> None:
    text = "Rebels seized the town in 2019. Talks opened on Friday, July 18, officials said."
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.earliest == date(2025, 7, 18)  # the first July 18 on a Friday from 2019 on
    assert "Friday" in inferred.evidence


def test_a_timestamp_near_the_top_is_the_publication_day() -> None:
    text = (
        "HOUSTON | Thu Nov 4, 2010 10:34 am EDT\n"
        "BP is headquartered in London, but the company's fate lies in Texas. It was founded in 1909."
    )
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.earliest == inferred.latest == date(2010, 11, 4)
    assert inferred.evidence.startswith("date line") and inferred.confidence >= 0.75


def test_a_full_date_inside_a_sentence_is_only_a_lower_bound() -> None:
    inferred = infer_publication_date("Rebels seized the town on Nov. 4, 2010, and have held it since.")
    assert inferred is not None
    assert inferred.earliest == date(2010, 11, 4) < inferred.latest
    assert inferred.evidence.startswith("latest full date, in the lead") and inferred.confidence <= 0.5
    later = infer_publication_date("The rebels hold the town. " * 20 + "They seized it on Nov. 4, 2010.")
    assert later is not None and later.earliest == date(2010, 11, 4)
    assert later.evidence.startswith("latest full date:") and later.confidence < inferred.confidence


def test_a_date_line_in_the_future_tense_is_not_a_timestamp() -> None:
    inferred = infer_publication_date("The notes, due March 1, 2011, were sold in 1989 by the company.")
    assert inferred is not None
    assert inferred.earliest.year == 1989


def test_a_year_only_named_as_history_is_a_low_confidence_guess() -> None:
    inferred = infer_publication_date("Senators met on Tuesday, March 8. The law dates from 2012.")
    assert inferred is not None
    assert inferred.evidence.startswith(("latest year named", "weekday"))
    assert inferred.confidence <= 0.25


def test_a_future_date_with_a_clock_time_is_not_a_timestamp() -> None:
    inferred = infer_publication_date("Officials said in 2015 that the vote will take place on March 1, 2016 at 9 a.m.")
    assert inferred is None or not inferred.evidence.startswith("date line")


def test_a_stamp_with_a_zone_counts_even_before_a_future_sentence() -> None:
    text = (
        "Swine flu plans needed now Tuesday 28 April 2009 17.37 BST The world should prepare for a pandemic "
        "that will strike the poorest countries hardest, officials said, as in 1918."
    )
    inferred = infer_publication_date(text)
    assert inferred is not None and inferred.evidence.startswith("date line")
    assert inferred.earliest == date(2009, 4, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        "The novel, first published May 5, 1950, was reissued in 2015.",
        "The video, posted March 3, 2019, shows the crash.",
        "The guidance, last updated November 11, 2011, still applies.",
        "Remembering 9/11\n\nOn September 11, 2001 at 8:46 a.m., American Airlines Flight 11 struck the tower.",
        "Police said the shooting happened on June 5, 2010 at 10:30 p.m. near the park.",
        "Officials said in 2015 that the vote will take place on March 1, 2016 at 9 a.m. EST.",
    ],
)
def test_a_date_inside_a_sentence_is_not_a_timestamp(sentence: str) -> None:
    inferred = infer_publication_date(sentence)
    assert inferred is None or not inferred.evidence.startswith("date line")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Updated: November 11, 2011 20:09 IST\nThe navy foiled an attack in 2011.", date(2011, 11, 11)),
        ("Page last updated at 08:03 GMT, Tuesday, 26 July 2011 09:03 UK Katherine Jackson spoke.", date(2011, 7, 26)),
        ("Posted on Thu Jun 13, 2013 at 5:00 PM\nLohan left rehab.", date(2013, 6, 13)),
        ("WASHINGTON, March 3, 2021\nThe Senate voted.", date(2021, 3, 3)),
        ("TNN Nov 12, 2011, 05. 51AM IST MUMBAI: An Indian warship intercepted boats.", date(2011, 11, 12)),
    ],
)
def test_timestamps_in_the_shapes_outlets_write_them(text: str, day: date) -> None:
    inferred = infer_publication_date(text)
    assert inferred is not None and inferred.evidence.startswith("date line")
    assert inferred.earliest == day


def test_timestamp_search_stays_fast_on_a_huge_single_line() -> None:
    text = " ".join(f"March {n % 28 + 1}, 2011" for n in range(25)) + " word" * 400_000
    started = time.perf_counter()
    infer_publication_date(text)
    assert time.perf_counter() - started < 5  # each candidate looks at a bounded window, not the whole line


def test_a_birth_date_is_not_a_bound_on_the_publication_day() -> None:
    """An obituary's "born on April 22, 1923" dates the person; the news is much later."""
    text = (
        "Pinup icon Bettie Page died Thursday evening in Los Angeles after a heart attack on Dec. 2.\n\n"
        "Page was born on April 22, 1923, in Nashville, Tenn. She began modeling in 1950 and was "
        "arrested on March 8, 1955, in a police raid."
    )
    inferred = infer_publication_date(text)
    assert inferred is not None
    assert inferred.earliest == date(1955, 3, 8)
    assert "born" not in inferred.evidence
    only_birth = infer_publication_date("Page was born on April 22, 1923, in Nashville.")
    assert only_birth is not None and only_birth.earliest == date(1923, 1, 1) and only_birth.is_guess


def test_a_month_named_without_a_day_guesses_the_month_not_its_first_day() -> None:
    """A story would show a guessed "1968-01-01" as a day: the guess is the month."""
    inferred = infer_publication_date("In 1968 the virus spread. Cases rose in January, officials said.")
    assert inferred is not None and inferred.is_guess
    assert (inferred.earliest, inferred.latest) == (date(1968, 1, 1), date(1968, 1, 31))
    assert "latest month 'January'" in inferred.evidence
