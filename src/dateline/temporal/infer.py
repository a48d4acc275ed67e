"""Inferring the publication date of an undated article from the dates its text mentions.

News reports what has happened, so the latest date an article mentions in a past or present
clause is a lower bound on its publication; the upper bound is a short window after it. Year-less
dates ("July 18") get their year from absolute years in the text, moved on by durations that run
up to the present ("more than three years without talks" after "March 2022" -> 2025).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.records import PublicationDate, TimeExpression
from dateline.temporal.lexicon import WEEKDAY, weekday_number
from dateline.temporal.resolve import tense_near
from dateline.temporal.tagger import tag_times
from dateline.temporal.timex import safe_date, timex_interval

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?(?:T.*)?$")
_YEARS = re.compile(r"^P(\d{1,3})Y$")
_LEADING_WEEKDAY = re.compile(rf"({WEEKDAY}),?\s")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SAME_DAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")
_NEXT_DAY = re.compile(r"(?i)\byesterday\b")
DEFAULT_WINDOW_DAYS = 7


@dataclass(frozen=True)
class _Mentions:
    """The dated material of a text: explicit years, year-less days and durations up to now."""

    years: list[int]
    days: list[date]
    yearless: list[tuple[int, int, str]]
    durations: list[tuple[int, str | None, str]]
    weekdays: list[tuple[int, int, int, str]]


def infer_publication_date(text: str) -> PublicationDate | None:
    """Infer when an undated news text was published, as an interval with method "inferred".

    Returns None when the text gives no year to build a date from. ``evidence`` names the dates
    and durations used; ``confidence`` grows with the agreement between them.
    """
    if not text or not isinstance(text, str):
        return None
    mentions = _collect(text, tag_times(text))
    year, year_reason, year_confidence = _publication_year(mentions)
    if year is None:
        return None
    latest, latest_text = _latest_day(mentions, year)
    if latest is None:
        earliest = safe_date(year, 1, 1)
        if earliest is None:
            return None
        return PublicationDate(earliest, date(year, 12, 31), "inferred", round(year_confidence * 0.5, 2), year_reason)
    window, window_reason = _window(text)
    confidence = min(0.9, year_confidence + (0.1 if len(mentions.yearless) + len(mentions.days) > 2 else 0.0))
    try:
        upper = latest + timedelta(days=window)
    except OverflowError:
        upper = latest
    evidence = f"latest date mentioned: '{latest_text}' ({latest.isoformat()}); {year_reason}; {window_reason}"
    return PublicationDate(latest, upper, "inferred", round(confidence, 2), evidence)


def _collect(text: str, times: list[TimeExpression]) -> _Mentions:
    years: list[int] = []
    days: list[date] = []
    yearless: list[tuple[int, int, str]] = []
    durations: list[tuple[int, str | None, str]] = []
    weekdays: list[tuple[int, int, int, str]] = []
    for expression in times:
        if expression.type == "DURATION" and (years_match := _YEARS.match(expression.value)):
            durations.append((int(years_match[1]), expression.modifier, expression.text))
            continue
        if expression.type not in ("DATE", "TIME") or tense_near(text, expression.start, expression.end) == "future":
            continue
        if yearless_match := _YEARLESS.match(expression.value):
            day = int(yearless_match[2]) if yearless_match[2] else 0
            yearless.append((int(yearless_match[1]), day, expression.text))
            if day and (named := _LEADING_WEEKDAY.match(expression.text)):
                weekdays.append((weekday_number(named[1]), int(yearless_match[1]), day, expression.text))
        elif expression.anchor == "absolute" and (interval := timex_interval(expression.value)):
            years.append(interval[1].year)
            if interval[0] == interval[1]:
                days.append(interval[0])
    return _Mentions(years, days, yearless, durations, weekdays)


def _publication_year(mentions: _Mentions) -> tuple[int | None, str, float]:
    """The year the text is written in: no earlier than its latest past year, moved on by durations
    that run up to now and by weekdays named with year-less dates ("Friday, July 18" fits 2025)."""
    if not mentions.years:
        return None, "no year mentioned", 0.0
    base = max(mentions.years)
    longest = max((years for years, _, _ in mentions.durations), default=0)
    best_year, best_support, reasons = base, 0, []
    for candidate in range(base, base + max(longest + 2, 7 if mentions.weekdays else 1)):
        support = [
            f"'{phrase}'"
            for years, modifier, phrase in mentions.durations
            if any(_duration_fits(candidate - event, years, modifier) for event in set(mentions.years))
        ]
        support += [
            f"'{phrase}' is a {_WEEKDAY_NAMES[weekday]} then"
            for weekday, month, day, phrase in mentions.weekdays
            if (when := safe_date(candidate, month, day)) is not None and when.weekday() == weekday
        ]
        if len(support) > best_support:
            best_year, best_support, reasons = candidate, len(support), support
    if best_support:
        because = ", ".join(reasons)
        return best_year, f"year {best_year} from {because} (latest year named {base})", 0.7
    return base, f"year {base}: the latest year the text names", 0.45


def _duration_fits(elapsed: int, years: int, modifier: str | None) -> bool:
    """Whether ``elapsed`` whole years can be described as the duration (in calendar-year steps)."""
    if modifier == "MORE_THAN":
        return years <= elapsed <= years + 1
    if modifier == "LESS_THAN":
        return years - 1 <= elapsed <= years
    return years <= elapsed <= years + 1 if years > 0 else False


def _latest_day(mentions: _Mentions, year: int) -> tuple[date | None, str]:
    """The latest day mentioned, year-less ones placed in ``year`` (or the year before, across New Year)."""
    candidates: list[tuple[date, str]] = [(day, day.isoformat()) for day in mentions.days if day.year <= year]
    if mentions.yearless:
        ordered = sorted((month, day) for month, day, _ in mentions.yearless)
        last_month, last_day = _circular_last(ordered)
        for month, day, phrase in mentions.yearless:
            in_year = year if (month, day) <= (last_month, last_day) else year - 1
            when = safe_date(in_year, month, day or 1)
            if when is not None:
                candidates.append((when, phrase))
    if not candidates:
        return None, ""
    return max(candidates, key=lambda item: item[0])


def _circular_last(ordered: list[tuple[int, int]]) -> tuple[int, int]:
    """The latest (month, day) on the year's circle: the one before the widest gap between mentions."""
    positions = [(month - 1) * 31 + max(day, 1) for month, day in ordered]
    widest, last_index = -1, len(ordered) - 1
    for index, position in enumerate(positions):
        following = positions[(index + 1) % len(positions)] + (372 if index == len(positions) - 1 else 0)
        if following - position > widest:
            widest, last_index = following - position, index
    return ordered[last_index]


def _window(text: str) -> tuple[int, str]:
    if _SAME_DAY.search(text):
        return 1, "'today' suggests publication on or just after that day"
    if _NEXT_DAY.search(text):
        return 2, "'yesterday' suggests publication a day after"
    return DEFAULT_WINDOW_DAYS, f"allowing {DEFAULT_WINDOW_DAYS} days after it"
