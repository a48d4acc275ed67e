"""TIMEX3 value arithmetic: formatting values, their intervals and precisions.

Every value the tagger emits goes through these functions, so the year bounds (0001-9999) and
the value shapes are enforced in one place.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from dateline.records import Precision, TimeExpression

MIN_YEAR = 1
MAX_YEAR = 9999

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def valid_year(year: int) -> bool:
    """Whether ``year`` can be written as a four-digit TIMEX3 year."""
    return MIN_YEAR <= year <= MAX_YEAR


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for nonsense such as February 30 or year 0."""
    if not valid_year(year) or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def shift_days(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or None when that leaves the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def shift_months(year: int, month: int, months: int) -> tuple[int, int] | None:
    """(year, month) moved by ``months``, or None outside 0001-9999."""
    total = year * 12 + (month - 1) + months
    new_year, new_month = divmod(total, 12)
    return (new_year, new_month + 1) if valid_year(new_year) else None


def month_end(year: int, month: int) -> date | None:
    """The last day of a month; None outside years 0001-9999."""
    return date(year, month, calendar.monthrange(year, month)[1]) if valid_year(year) else None


def day_value(day: date) -> str:
    """TIMEX3 value of a calendar day."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def month_value(year: int, month: int) -> str:
    """TIMEX3 value of a month."""
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """TIMEX3 value of the ISO week containing ``day``."""
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_of(month: int) -> int:
    """The quarter (1-4) a month falls in."""
    return (month - 1) // 3 + 1


def timex_interval(value: str) -> tuple[date, date] | None:
    """First and last day covered by a TIMEX3 DATE value; None for durations, refs and unknowns.

    Used by the analyze and link stages to compare dates of different precision.
    """
    value = value.strip()
    try:
        return _interval(value)
    except (ValueError, OverflowError):
        return None


def _interval(value: str) -> tuple[date, date] | None:
    if match := _DAY.match(value):
        day = safe_date(int(match[1]), int(match[2]), int(match[3]))
        return (day, day) if day else None
    if match := _MONTH.match(value):
        return _months_interval(int(match[1]), int(match[2]), int(match[2]))
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if value.endswith("-WE"):
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if match := _QUARTER.match(value):
        first = (int(match[2]) - 1) * 3 + 1
        return _months_interval(int(match[1]), first, first + 2)
    if match := _HALF.match(value):
        first = 1 if match[2] == "1" else 7
        return _months_interval(int(match[1]), first, first + 5)
    if match := _SEASON.match(value):
        return _season_interval(int(match[1]), match[2])
    if match := _YEAR.match(value):
        return _months_interval(int(match[1]), 1, 12)
    if match := _DECADE.match(value):
        decade = int(match[1]) * 10
        return _years_interval(max(decade, 1), decade + 9)
    if match := _CENTURY.match(value):
        century = int(match[1]) * 100
        return _years_interval(max(century, 1), century + 99)
    return None


def _months_interval(year: int, first: int, last: int) -> tuple[date, date] | None:
    if not valid_year(year):
        return None
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _years_interval(first: int, last: int) -> tuple[date, date] | None:
    if not valid_year(first) or not valid_year(last):
        return None
    return date(first, 1, 1), date(last, 12, 31)


def _season_interval(year: int, season: str) -> tuple[date, date] | None:
    first, last = SEASON_MONTHS[season]
    if season == "WI":
        # Winter of year Y is read as December Y to February Y+1 (meteorological).
        if not valid_year(year + 1):
            return None
        return date(year, 12, 1), date(year + 1, 2, calendar.monthrange(year + 1, 2)[1])
    return _months_interval(year, first, last)


def timex_precision(value: str) -> Precision:
    """How fine a TIMEX3 DATE value is: day, week, month, season, quarter, year, decade or unknown."""
    value = value.strip()
    checks: tuple[tuple[re.Pattern[str], Precision], ...] = (
        (_DAY, "day"),
        (_MONTH, "month"),
        (_SEASON, "season"),
        (_QUARTER, "quarter"),
        (_YEAR, "year"),
        (_DECADE, "decade"),
    )
    for pattern, precision in checks:
        if pattern.match(value):
            return precision
    if re.match(r"^\d{4}-W\d{2}$", value):
        return "week"
    if re.match(r"^XXXX-\d{2}-\d{2}$", value):
        return "day"
    if re.match(r"^XXXX-\d{2}$", value):
        return "month"
    return "unknown"


def sentence_time(times: Sequence[TimeExpression], start: int, end: int) -> str | None:
    """The DATE value a sentence speaks of: the first dated DATE expression inside [start, end).

    "Dated" means the value resolves to a calendar interval (not PRESENT_REF, not XXXX). A TIME on
    a known day ("the evening of July 23") counts as that day's DATE value.
    """
    for expression in times:
        if expression.start < start or expression.end > end or expression.type not in ("DATE", "TIME"):
            continue
        value = day_of(expression)
        if timex_interval(value) is not None:
            return value
    return None


def day_of(expression: TimeExpression) -> str:
    """The DATE value of a DATE or TIME expression: a TIME's day part ("2025-07-23TEV" -> "2025-07-23")."""
    return expression.value if expression.type == "DATE" else expression.value.split("T")[0]


# Half of a unit in the next finer unit, so fractions stay whole numbers (TimeML style).
_HALF_OF: dict[tuple[str, bool], tuple[str, int]] = {
    ("Y", False): ("M", 6), ("M", False): ("D", 15), ("D", False): ("H", 12), ("H", True): ("M", 30),
    ("M", True): ("S", 30),
}  # fmt: skip


def duration_value(count: int | None, unit: str, is_time: bool, fraction: bool) -> str:
    """TIMEX3 duration value: P3Y, PT2H, PXM (vague), P2Y6M (with a half)."""
    if unit == "2W":
        count, unit = (count or 1) * 2 if count is not None else None, "W"
    if unit == "WE":
        unit = "D"
        count = 2 * count if count is not None else None
    amount = "X" if count is None else str(count)
    if fraction and count is not None:
        if (finer := _HALF_OF.get((unit, is_time))) is not None:
            # "two and a half years" -> P2Y6M, "a minute and a half" -> PT1M30S
            lower, half = finer
            whole = f"{count}{unit}" if count else ""
            if is_time:
                return f"PT{whole}{half}{lower}"
            return f"P{whole}T{half}{lower}" if lower == "H" else f"P{whole}{half}{lower}"  # P3DT12H
        amount = f"{count}.5" if count else "0.5"
    if unit in ("DE", "CE") and count is not None:
        # in years, as TimeBank writes them ("a decade" P10Y; "half a century", "a century and a half" P50Y, P150Y)
        years = (count * 2 + (1 if fraction else 0)) * (5 if unit == "DE" else 50)
        return f"P{years}Y"
    if unit == "DE":
        return f"P{amount}DE"
    if unit == "CE":
        return f"P{amount}CE"
    return f"PT{amount}{unit}" if is_time else f"P{amount}{unit}"
