"""Joining adjacent expressions that name one time: "10 p.m. Wednesday", "June last year"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from dateline.records import TimeExpression
from dateline.temporal.lexicon import MONTH, ZONE
from dateline.temporal.timex import timex_interval

# A day and a clock time name one time with a comma, "at" or "on" between, or the separators of page
# furniture ("May 2, 2013 | 5:03pm", "12 January 2010 @ 09:29 pm", "August 8, 2012-4:43 pm").
_TIME_JOIN = re.compile(rf"^(?:\s*+[,|@\-–—]?\s*+(?:on\s+|at\s+)?|\s+{ZONE},?\s+)$", re.IGNORECASE)
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_WEEK_JOIN = re.compile(r"^[ \t]+$")  # not across a line: "on Friday\nLast week, ..."
_WEEKDAY_NAME = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_RANGE_GAP = re.compile(r"^\s*(?:to|through|until|till|and|or|-|–|—)\s*$", re.IGNORECASE)
_YEAR_JOIN = re.compile(r"^(?:\s+|\s*,\s*|\s+of\s+)$", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MERIDIEM = re.compile(r"[ap]\.?\s?m\b", re.IGNORECASE)
_DAY_OR_PART = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$")  # "10 p.m. Tuesday night" is on Tuesday
_PART_OF_YEAR = re.compile(r"^(?:\d{4}|XXXX)(-(?:\d{2}|SP|SU|FA|WI))$")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_WORD_END = re.compile(r"(?i:\byear)$")
_DAY_OF_YEAR = re.compile(r"^(?:\d{4}|XXXX)(-\d{2}-\d{2})$")
_DAY_YEAR_JOIN = re.compile(r"^(?:\s+|\s+of\s+)$", re.IGNORECASE)
_PART_OF_DAY_BEFORE = re.compile(r"(?i:\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+)$")
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# Between a clock time and the day it falls on when they are not joined: a parenthesised second reading
# ("at 1425 local time (1925 GMT) on Thursday"). The gaps are possessive: a long blank gap must not backtrack.
_CLOCK_DAY_GAP = re.compile(r"^\s*+[(),]?\s*+[)]?\s*+,?\s*+(?:on\s+)?$", re.IGNORECASE)
_CONTEXT_ANCHORS = ("publication", "narrative")
# One time is given in at most this many readings ("1653 local time (2153 GMT)"); the bound also keeps a
# long run of clock times linear.
MAX_READINGS = 3


def join_adjacent(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Merge neighbours that together name one time; others pass through unchanged."""
    merged: list[TimeExpression] = []
    for expression in map(lambda found: _with_part_of_day(text, found), expressions):
        previous = merged[-1] if merged else None
        if previous is not None:
            joined = _join(text, previous, expression)
            if joined is not None:
                merged[-1] = joined
                of_week = _WEEK.match(expression.value) is not None  # "... to Friday last week", not "Friday at 1pm"
                if of_week and len(merged) >= 2 and (first := _weekday_of_range(text, merged[-2], joined)):
                    merged[-2] = first  # "Wednesday to Friday last week": both days of that week
                continue
        merged.append(expression)
    return _past_midnight(text, _clocks_on_following_day(text, _range_years(text, merged)))


_PAST_MIDNIGHT_GAP = re.compile(r"^\s*(?:to|through|until|till|-|–|—)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween\s+)$")
_AND_ONLY = re.compile(r"^\s*and\s*$", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


def _past_midnight(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A clock range whose end is earlier than its start ends the next day: "from 10pm to 2am" (a live page's
    schedule in an audit had 2am on the day of 10pm)."""
    result = list(expressions)
    for index in range(1, len(result)):
        first, second = result[index - 1], result[index]
        start, end = _CLOCK_VALUE.match(first.value), _CLOCK_VALUE.match(second.value)
        if start is None or end is None or start[1] != end[1] or second.anchor != "narrative":
            continue  # an end with its own day ("2 a.m. Monday", "2am on Sept. 8") keeps it
        gap = text[first.end : second.start]
        between = _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) is not None
        if not (_PAST_MIDNIGHT_GAP.match(gap) or (between and _AND_ONLY.match(gap))):
            continue  # not "at 10pm or 9pm", "10pm and 8pm"
        if int(end[2]) < 12 <= int(start[2]):  # an evening start, a morning end: "10pm to 2am", not "3pm to 2pm"
            try:
                day = date.fromisoformat(end[1]) + timedelta(days=1)
            except OverflowError:
                continue  # 9999-12-31 has no next day
            result[index] = replace(second, value=f"{day.isoformat()}T{end[2]}:{end[3]}")
    return result


_MONTH_ONLY = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
_LIST_GAP = re.compile(r"^\s*,\s*(?:and\s+|or\s+)?$")
_BARE_MONTH = re.compile(rf"{MONTH}\.?", re.IGNORECASE)


def _range_years(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A year-less month that opens a range or list ended by a month with its year takes that year: "between June
    and August 2008", "from May to July 2009" (a BBC audit found June dated in the year of publication)."""
    result = list(expressions)
    for index in range(len(result) - 2, -1, -1):  # backwards: "June, July and August 2008" all take 2008
        first, second = result[index], result[index + 1]
        head, tail = _MONTH_ONLY.match(first.value), _MONTH_ONLY.match(second.value)
        if head is None or tail is None or not _BARE_MONTH.fullmatch(first.text) or tail[1] == "XXXX":
            continue  # not "next month", "last June": their words give the year
        gap = text[first.end : second.start]
        if second.anchor != "absolute" or not (_RANGE_GAP.match(gap) or _LIST_GAP.match(gap)):
            continue
        year = int(tail[1]) - (1 if int(head[2]) > int(tail[2]) else 0)  # "from November to February 2009"
        if 1 <= year <= 9999:
            result[index] = replace(first, value=f"{year:04d}-{head[2]}", anchor="absolute")
    return result


def _clocks_on_following_day(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Clock times dated from context take the day named right after them: in "struck at 1653 local time
    (2153 GMT) on Tuesday" both readings are on Tuesday, not on the day in view before them."""
    result = list(expressions)
    for index, expression in enumerate(result):
        if not _is_clock(expression) or expression.anchor not in _CONTEXT_ANCHORS:
            continue
        following = index + 1
        while following < len(result) and following - index < MAX_READINGS and _is_clock(result[following]):
            following += 1  # other readings of the same time ("1653 local time (2153 GMT)")
        if following >= len(result) or _is_clock(result[following]) or result[following].type not in ("DATE", "TIME"):
            continue  # a run of clock times longer than one time's readings is a schedule, not one time
        day = result[following]
        gaps = [text[a.end : b.start] for a, b in pairwise(result[index : following + 1])]
        if not _DAY_OR_PART.match(day.value) or not all(_CLOCK_DAY_GAP.match(gap) for gap in gaps):
            continue
        value = day.value[:10] + _clock_in_part(expression, day.value[11:])
        result[index] = TimeExpression(
            expression.start, expression.end, expression.text, expression.type, value,
            expression.modifier, day.anchor, expression.fuzzy,
        )  # fmt: skip
    return result


def _join(text: str, first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
    gap = text[first.end : second.start]
    if _TIME_JOIN.match(gap):
        clock, day = (first, second) if _is_clock(first) else (second, first)
        if _is_clock(clock) and not _is_clock(day) and _DAY_OR_PART.match(day.value):
            value = day.value[:10] + _clock_in_part(clock, day.value[11:])
            return _combined(text, first, second, "TIME", value, day)
    part = _PART_OF_YEAR.match(first.value)
    if part and first.type == "DATE" and second.type == "DATE" and _YEAR.match(second.value) and _YEAR_JOIN.match(gap):
        # "June last year", "January nineteen ninety-seven": the month of that year.
        return _combined(text, first, second, "DATE", second.value + part[1], second)
    if (week := _WEEK.match(second.value)) and _is_weekday(text, first) and _WEEK_JOIN.match(gap):
        # "Friday last week", "Monday next week": that weekday of the week named.
        in_week = _day_of_week(week, first)
        return _combined(text, first, second, "DATE", in_week.isoformat(), second) if in_week else None
    if first.type == second.type == "DATE" and _YEAR.match(second.value) and _YEAR_WORD_END.search(first.text) and (
        _WEEK_JOIN.match(gap)
    ):
        # "the fiscal year 2019", "the year 2000": one year, not a year and a year (a web-page audit)
        return _combined(text, first, second, "DATE", second.value, second)
    day_of = _DAY_OF_YEAR.match(first.value)
    joined = _DAY_YEAR_JOIN.match(gap) and not text.startswith(("'", "’"), second.end)  # not "last year's"
    if day_of and joined and first.type == second.type == "DATE" and _YEAR.match(second.value):
        # "On 22 June last year, BP engineers were worried" (a user test found it dated in the coming June). Not
        # across a comma or before a possessive: "On June 5, last year's champion won".
        value = second.value + day_of[1]
        if timex_interval(value) is not None:  # not "29 February last year" read in a leap year
            return _combined(text, first, second, "DATE", value, second)
    plain = first.modifier is None and second.modifier is None  # not "about three hours and nearly 20 minutes"
    if first.type == second.type == "DURATION" and plain and _AND_GAP.match(gap) and not _RANGE_BEFORE.search(
        text, max(0, first.start - 10), first.start
    ):
        compound = _compound_duration(first.value, second.value)
        return _combined(text, first, second, "DURATION", compound, first) if compound else None
    return None


# "A year and a day", "two years and three months", "an hour and 20 minutes": one span (an audit of Reuters copy
# found them split in two).
_AND_GAP = re.compile(r"^,?[ \t]+and[ \t]+$")
_RANGE_BEFORE = re.compile(r"(?i:\b(?:between|from)\s+)$")  # "between a year and 18 months" is a range
_DURATION_PART = re.compile(r"^P(?:(?P<count>\d+)(?P<unit>[YMWD])|T(?P<tcount>\d+)(?P<tunit>[HMS]))$")
_UNIT_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def _compound_duration(first: str, second: str) -> str | None:
    """The value of two counted durations told as one ("P1Y" and "P1D" -> "P1Y1D"), the larger unit first;
    None when they are no such pair ("two to three years", "a day and a night")."""
    matched = [_DURATION_PART.match(value) for value in (first, second)]
    parts = [part for part in matched if part is not None]
    if len(parts) < 2:
        return None
    units = [part["unit"] or "T" + part["tunit"] for part in parts]
    if _UNIT_ORDER.index(units[0]) >= _UNIT_ORDER.index(units[1]) or "W" in units:
        return None  # a TIMEX3 value gives weeks alone ("P2W", not "P2W3D")
    date_part = "".join(p["count"] + p["unit"] for p in parts if p["unit"])
    time_part = "".join(p["tcount"] + p["tunit"] for p in parts if p["tunit"])
    return "P" + date_part + ("T" + time_part if time_part else "")


def _is_weekday(text: str, expression: TimeExpression) -> bool:
    """Whether the expression is a weekday name alone ("Friday", "on Friday" tags only the name)."""
    return expression.type == "DATE" and _DAY.match(expression.value) is not None and (
        _WEEKDAY_NAME.fullmatch(text[expression.start : expression.end]) is not None
    )


def _day_of_week(week: re.Match[str], weekday: TimeExpression) -> date | None:
    """The day of ISO week ``week`` that falls on ``weekday``'s day of the week."""
    try:
        named = date.fromisoformat(weekday.value)
        return date.fromisocalendar(int(week[1]), int(week[2]), named.isoweekday())
    except ValueError:
        return None


def _weekday_of_range(text: str, first: TimeExpression, joined: TimeExpression) -> TimeExpression | None:
    """``first`` moved into the week of ``joined`` when it is a weekday that opens a range ending in it; else None."""
    if not (_is_weekday(text, first) and _RANGE_GAP.match(text[first.end : joined.start])):
        return None
    try:
        week = date.fromisoformat(joined.value).isocalendar()
        day = date.fromisocalendar(week[0], week[1], date.fromisoformat(first.value).isoweekday())
    except ValueError:
        return None
    return replace(first, value=day.isoformat(), anchor=joined.anchor)


def _combined(
    text: str, first: TimeExpression, second: TimeExpression, kind: str, value: str, source: TimeExpression
) -> TimeExpression:
    return TimeExpression(
        first.start, second.end, text[first.start : second.end], kind, value,  # type: ignore[arg-type]
        first.modifier or second.modifier, source.anchor, False,
    )  # fmt: skip


def _clock_in_part(clock: TimeExpression, part: str) -> str:
    """The clock suffix ("T14:30") of a clock read in a part of the day: "2:30 this afternoon" is 14:30,
    "11 last night" 23:00 ("8:30 this morning" and "2 a.m. Tuesday night" stay as they are)."""
    suffix = clock.value[clock.value.index("T") :]
    hour = int(suffix[1:3])
    no_meridiem = not _MERIDIEM.search(clock.text)
    if no_meridiem and ((part in ("AF", "EV") and hour < 12) or (part == "NI" and 6 <= hour < 12)):
        return f"T{hour + 12:02d}{suffix[3:]}"
    return suffix


def _is_clock(expression: TimeExpression) -> bool:
    return expression.type == "TIME" and "T" in expression.value and ":" in expression.value


def _with_part_of_day(text: str, expression: TimeExpression) -> TimeExpression:
    """ "the evening of July 23" is a TIME on that day (2025-07-23TEV)."""
    if expression.type != "DATE" or not _DAY.match(expression.value):
        return expression
    found = _PART_OF_DAY_BEFORE.search(text, max(0, expression.start - 30), expression.start)
    if found is None:
        return expression
    value = f"{expression.value}T{_PART_CODES[found['part'].lower()]}"
    return TimeExpression(
        found.start(), expression.end, text[found.start() : expression.end], "TIME", value,
        expression.modifier, expression.anchor, expression.fuzzy,
    )  # fmt: skip
