"""TIMEX3 value helpers: intervals, precisions and the time a sentence speaks of."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import TimeExpression
from dateline.temporal import sentence_time, timex_interval, timex_precision


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2025-07-18", (date(2025, 7, 18), date(2025, 7, 18))),
        ("2025-07-18T22:00", (date(2025, 7, 18), date(2025, 7, 18))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2025-W29", (date(2025, 7, 14), date(2025, 7, 20))),
        ("2025-W29-WE", (date(2025, 7, 19), date(2025, 7, 20))),
        ("2025-Q3", (date(2025, 7, 1), date(2025, 9, 30))),
        ("2025-H1", (date(2025, 1, 1), date(2025, 6, 30))),
        ("2025-SU", (date(2025, 6, 1), date(2025, 8, 31))),
        ("2024-WI", (date(2024, 12, 1), date(2025, 2, 28))),
        ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("199", (date(1990, 1, 1), date(1999, 12, 31))),
        ("19", (date(1900, 1, 1), date(1999, 12, 31))),
    ],
)
def test_interval_of_date_values(value: str, interval: tuple[date, date]) -> None:
    assert timex_interval(value) == interval


@pytest.mark.parametrize(
    "value", ["P3Y", "PRESENT_REF", "XXXX-07-18", "2025-02-30", "9999-WI", "", "garbage", "2025-W60"]
)
def test_interval_of_non_dates_is_none(value: str) -> None:
    assert timex_interval(value) is None


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2025-07-18", "day"),
        ("XXXX-07-18", "day"),
        ("2025-07", "month"),
        ("2025-SU", "season"),
        ("2025-Q3", "quarter"),
        ("2025", "year"),
        ("199", "decade"),
        ("2025-W29", "week"),
        ("P3Y", "unknown"),
    ],
)
def test_precision(value: str, precision: str) -> None:
    assert timex_precision(value) == precision


def test_sentence_time_takes_the_first_dated_date_in_the_span() -> None:
    times = [
        TimeExpression(0, 3, "now", "DATE", "PRESENT_REF"),
        TimeExpression(10, 17, "July 18", "DATE", "2025-07-18"),
        TimeExpression(20, 25, "three", "DURATION", "P3Y"),
        TimeExpression(40, 44, "2022", "DATE", "2022"),
    ]
    assert sentence_time(times, 0, 30) == "2025-07-18"
    assert sentence_time(times, 18, 45) == "2022"
    assert sentence_time(times, 18, 30) is None


def test_sentence_time_reads_the_day_of_a_time() -> None:
    times = [TimeExpression(5, 27, "the evening of July 23", "TIME", "2025-07-23TEV")]
    assert sentence_time(times, 0, 40) == "2025-07-23"
