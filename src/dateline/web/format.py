"""How dates and precisions read on the pages."""

from __future__ import annotations

import re
from datetime import date

from dateline.present.dates import date_label

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def human_date(value: str | None) -> str:
    """A TIMEX3 date value as an editor writes it: ``18 July 2025``, ``July 2025``, ``summer 2025``."""
    if not value:
        return "undated"
    try:
        if match := _DAY.match(value):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return f"{day.day} {day:%B %Y}"
        if match := _MONTH.match(value):
            return f"{date(int(match[1]), int(match[2]), 1):%B %Y}"
    except ValueError:
        return value
    if match := _QUARTER.match(value):
        return f"Q{match[2]} {match[1]}"
    return date_label(value, day=lambda d: f"{d.day} {d:%B %Y}")  # weeks, seasons, decades, centuries


def precision_label(precision: str) -> str:
    """A short note on how precise a date is, empty for exact days."""
    return "" if precision == "day" else f"(to the {precision})" if precision != "unknown" else "(vague)"
