"""How a TIMEX3 date value reads to an editor: weeks, weekends, decades and centuries in words.

The timeline keeps TIMEX3 values (``2010-W16``, ``195``) in JSON and exports, which programs read; the text
view and the web pages show them as people write them (a user test found ``2010-W16-WE`` and ``195``
unreadable).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from dateline.temporal import timex_interval

_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")


def date_label(value: str | None, day: Callable[[date], str] = date.isoformat) -> str:
    """A compact label for the text view: ISO days, months and years as they are; a week as the day it starts
    ("week of 2010-04-19"), a weekend as its Saturday, a decade as "1950s", a century as "20th century" (not
    "1900s": "the 21st century" read as "2000s", the decade's label, in a user test), a season as "summer 2010";
    "-" without a date. Values it cannot read are shown as given. ``day`` writes the day a week starts (the web
    pages write "19 April 2010")."""
    if not value:
        return "-"
    if match := _WEEK.match(value):
        start = _week_day(int(match[1]), int(match[2]), 6 if match[3] else 1)
        if start is None:
            return value
        return f"weekend of {day(start)}" if match[3] else f"week of {day(start)}"
    if match := _DECADE.match(value):
        return f"{match[1]}0s"
    if match := _CENTURY.match(value):
        return f"{_ordinal(int(match[1]) + 1)} century"
    if match := _SEASON.match(value):
        return f"{_SEASONS[match[2]]} {match[1]}"
    return value


def _ordinal(number: int) -> str:
    """ "1st", "2nd", "3rd", "11th", "21st"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _week_day(year: int, week: int, weekday: int) -> date | None:
    """A day of an ISO week (1 Monday ... 6 Saturday), or None for a week the calendar does not have."""
    try:
        return date.fromisocalendar(year, week, weekday)
    except (ValueError, OverflowError):
        return None


def date_bounds(value: str | None) -> tuple[str, str]:
    """The first and last day a TIMEX3 date value covers, as ISO days ("198" -> 1980-01-01, 1989-12-31), for
    spreadsheets and programs that sort and filter by day; two empty strings when it names no days."""
    interval = timex_interval(value) if value else None
    return (interval[0].isoformat(), interval[1].isoformat()) if interval else ("", "")
