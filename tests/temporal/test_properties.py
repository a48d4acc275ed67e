"""Property tests: tag_times never raises and keeps its offsets and years sane on any text."""

from __future__ import annotations

import re
import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.temporal import infer_publication_date, tag_times, timex_interval

WORDS = st.sampled_from(
    [
        "July", "May", "18", "2025", "99999", "0000", "Tuesday", "last", "next", "week", "year", "ago", "three",
        "days", "more", "than", "early", "mid-", "late", "the", "quarter", "third", "February", "30", ",", ".",
        "-", "since", "between", "and", "p.m.", "10", "12/31/99", "1990s", "'80s", "fiscal", "9999", "summer",
        "following", "day", "later", "recently", "now", "every", "century", "21st", "hundred", "a", "half",
        "same", "that", "previous", "coming", "current", "this", "past", "earlier", "weekend", "tonight", "noon",
        "12:30", "Christmas", "nineteen", "ninety-six", "two thousand", "the year", "year-earlier", "of",
        "Sept.", "4th", "Q3", "fiscal", "1988", "period", "spring", "fall", "ago", "by", "until", "on", "at",
        "'80s", "the nineties", "1030 GMT", "or so", "and a half", "2 1/2", "1.5",
    ]
)  # fmt: skip
NEWSLIKE = st.lists(WORDS, max_size=30).map(" ".join)
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
YEAR = re.compile(r"^(\d{4})")


def check(text: str, anchor: date | None) -> None:
    previous_end = 0
    for expression in tag_times(text, anchor):
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end
        previous_end = expression.end
        assert expression.value and not expression.value.startswith("-")
        if match := YEAR.match(expression.value):
            assert 1 <= int(match[1]) <= 9999
        if expression.type == "DATE":
            timex_interval(expression.value)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), anchor=ANCHORS)
def test_random_text_never_breaks_the_tagger(text: str, anchor: date | None) -> None:
    check(text, anchor)


@settings(max_examples=250, deadline=None)
@given(text=NEWSLIKE, anchor=ANCHORS)
def test_newslike_word_salad_stays_consistent(text: str, anchor: date | None) -> None:
    check(text, anchor)
    infer_publication_date(text)


@settings(max_examples=50, deadline=None)
@given(digits=st.text(alphabet="0123456789 -/", min_size=1, max_size=2000))
def test_digit_only_text(digits: str) -> None:
    check(digits, date(2025, 7, 18))
    infer_publication_date(digits)


def test_a_long_blank_gap_between_a_clock_time_and_a_day_stays_fast() -> None:
    # The gaps between a clock time and the day after it are matched with anchored regexes; with
    # several "\s*" in a row a blank gap made them backtrack (300 newlines: 10 s, 1,000: hours).
    for blank, size in (("\n", 300), (" ", 300), ("\n", 200_000), (" ", 200_000)):
        text = "The quake struck at 10:30" + blank * size + "then Tuesday it stopped."
        started = time.perf_counter()
        check(text, date(2010, 1, 13))
        assert time.perf_counter() - started < 5


def test_a_long_run_of_clock_times_after_a_day_stays_fast() -> None:
    # Each clock time looked ahead over every clock time after it for the day they share (a review
    # found 200,000 characters of "12:34 " after a date took close to a minute).
    text = "March 3, 2021 " + "12:34 " * 33_000
    started = time.perf_counter()
    check(text, date(2021, 3, 4))
    assert time.perf_counter() - started < 10


def test_readings_of_one_time_still_take_the_day_after_them() -> None:
    (first, second, day) = tag_times("The quake struck at 1653 local time (2153 GMT) on Tuesday.", date(2010, 1, 14))
    assert day.value == "2010-01-12" and first.value.startswith("2010-01-12T16:53")
    assert second.value.startswith("2010-01-12T21:53")
