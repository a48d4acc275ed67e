"""Joining adjacent expressions that name one time: "10 p.m. Wednesday", "June last year"."""

from __future__ import annotations

import re

from dateline.records import TimeExpression

_TIME_JOIN = re.compile(r"^(?:\s*,?\s*(?:on\s+|at\s+)?|\s+(?:[ECMP][SD]T|GMT|UTC),?\s+)$", re.IGNORECASE)
_YEAR_JOIN = re.compile(r"^(?:\s+|\s*,\s*|\s+of\s+)$", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PART_OF_YEAR = re.compile(r"^(?:\d{4}|XXXX)(-(?:\d{2}|SP|SU|FA|WI))$")
_YEAR = re.compile(r"^\d{4}$")
_PART_OF_DAY_BEFORE = re.compile(r"(?i:\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+)$")
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def join_adjacent(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Merge neighbours that together name one time; others pass through unchanged."""
    merged: list[TimeExpression] = []
    for expression in map(lambda found: _with_part_of_day(text, found), expressions):
        previous = merged[-1] if merged else None
        if previous is not None:
            joined = _join(text, previous, expression)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(expression)
    return merged


def _join(text: str, first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
    gap = text[first.end : second.start]
    if _TIME_JOIN.match(gap):
        clock, day = (first, second) if _is_clock(first) else (second, first)
        if _is_clock(clock) and not _is_clock(day) and day.type == "DATE" and _DAY.match(day.value):
            value = day.value + clock.value[clock.value.index("T") :]
            return _combined(text, first, second, "TIME", value, day)
    part = _PART_OF_YEAR.match(first.value)
    if part and first.type == "DATE" and second.type == "DATE" and _YEAR.match(second.value) and _YEAR_JOIN.match(gap):
        # "June last year", "January nineteen ninety-seven": the month of that year.
        return _combined(text, first, second, "DATE", second.value + part[1], second)
    return None


def _combined(
    text: str, first: TimeExpression, second: TimeExpression, kind: str, value: str, source: TimeExpression
) -> TimeExpression:
    return TimeExpression(
        first.start, second.end, text[first.start : second.end], kind, value,  # type: ignore[arg-type]
        first.modifier or second.modifier, source.anchor, False,
    )  # fmt: skip


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
