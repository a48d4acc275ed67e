"""Rules for named days: holidays on a fixed date ("Christmas", "Independence Day") and those a calendar
rule moves each year ("Labor Day", "Thanksgiving", "Election Day", "Easter"), dated in the year the tense
of their clause points to."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from dateline.temporal.grammar import Context, Resolved, Rule, Span
from dateline.temporal.timex import day_value, month_end, safe_date, valid_year

_FIXED = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
          "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
          "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
          "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "veterans day": (11, 11),
          "remembrance day": (11, 11),
          "armistice day": (11, 11), "bastille day": (7, 14), "canada day": (7, 1), "australia day": (1, 26),
          "juneteenth": (6, 19), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
          "april fools day": (4, 1), "may day": (5, 1)}  # fmt: skip


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], date | None]:
    """The ``nth`` (1-5, or -1 for the last) ``weekday`` (Monday 0) of ``month`` in a given year."""

    def day_in(year: int) -> date | None:
        first = safe_date(year, month, 1)
        if first is None:
            return None
        if nth > 0:
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7) if last else None

    return day_in


def _fixed_day(month: int, day: int) -> Callable[[int], date | None]:
    return lambda year: safe_date(year, month, day)


def easter(year: int) -> date | None:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 90) // 25
    return safe_date(year, month, (h + el - 7 * m + 33 * month + 19) % 32)


def _election_day(year: int) -> date | None:
    """US Election Day: the Tuesday after the first Monday of November."""
    monday = _nth_weekday(11, 0, 1)(year)
    return monday + timedelta(days=1) if monday else None


# "Super Tuesday": the day most states hold presidential primaries, known since 1988; a presidential year not listed
# takes the first Tuesday of March, as most did. An audit of PolNeAR read "Super Tuesday election night", written
# the Tuesday after, as that day.
_SUPER_TUESDAYS = {
    1988: date(1988, 3, 8), 1992: date(1992, 3, 10), 1996: date(1996, 3, 12), 2000: date(2000, 3, 7),
    2004: date(2004, 3, 2), 2008: date(2008, 2, 5), 2012: date(2012, 3, 6), 2016: date(2016, 3, 1),
    2020: date(2020, 3, 3), 2024: date(2024, 3, 5),
}  # fmt: skip


def _super_tuesday(year: int) -> date | None:
    """The presidential primaries' Super Tuesday of ``year``; None in a year without presidential primaries."""
    if year % 4 or year < min(_SUPER_TUESDAYS):
        return None  # (before 1988 the day was no fixed custom)
    return _SUPER_TUESDAYS.get(year) or _nth_weekday(3, 1, 1)(year)


# National news means the even years' federal Election Day; an odd year's (state and local races) only
# when it is close to the anchor ("Bevin won the governor's race on Election Day", the next morning).
ODD_ELECTION_REACH = timedelta(days=60)


def _election_candidates(anchor: date, years: range) -> list[date]:
    days = [(year, day) for year in years if valid_year(year) and (day := _election_day(year)) is not None]
    return [day for year, day in days if year % 2 == 0 or abs(day - anchor) <= ODD_ELECTION_REACH]


def _easter_shift(year: int, days: int) -> date | None:
    """A day counted from Easter Sunday (Good Friday -2, Easter Monday +1)."""
    sunday = easter(year)
    return sunday + timedelta(days=days) if sunday else None


def _thanksgiving_shift(year: int, days: int) -> date | None:
    """A day counted from US Thanksgiving (the fourth Thursday of November)."""
    thursday = _nth_weekday(11, 3, 4)(year)
    return thursday + timedelta(days=days) if thursday else None


# US (and Western church) days whose date moves: name -> the day in a given year.
_MOVING: dict[str, Callable[[int], date | None]] = {
    "labor day": _nth_weekday(9, 0, 1),
    "memorial day": _nth_weekday(5, 0, -1), "thanksgiving": _nth_weekday(11, 3, 4),
    "thanksgiving day": _nth_weekday(11, 3, 4), "martin luther king day": _nth_weekday(1, 0, 3),
    "martin luther king jr. day": _nth_weekday(1, 0, 3), "mlk day": _nth_weekday(1, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3), "presidents' day": _nth_weekday(2, 0, 3),
    "columbus day": _nth_weekday(10, 0, 2), "mother's day": _nth_weekday(5, 6, 2),
    "father's day": _nth_weekday(6, 6, 3), "election day": _election_day, "easter": easter,
    "easter sunday": easter, "easter monday": lambda year: _easter_shift(year, 1),
    "good friday": lambda year: _easter_shift(year, -2), "super tuesday": _super_tuesday,
    # the shopping days after US Thanksgiving (a web-page audit read "Black Friday" as some Friday)
    "black friday": lambda year: _thanksgiving_shift(year, 1),
    "cyber monday": lambda year: _thanksgiving_shift(year, 4),
}  # fmt: skip


def _key(name: str) -> str:
    """A named day's lookup key: lower case, single spaces, without apostrophes and full stops ("St. Patrick's
    Day", "St Patricks Day" and "April Fools' Day", "April Fool's Day" are one day each)."""
    return re.sub(r"['’.]", "", re.sub(r"\s+", " ", name.lower()))


_FIXED_BY_KEY = {_key(name): day for name, day in _FIXED.items()}
_MOVING_BY_KEY = {_key(name): day_in for name, day_in in _MOVING.items()}


def _value(day: date, weekend: bool) -> str:
    """The day's TIMEX3 value, or with "weekend" that of the weekend it belongs to ("Memorial Day weekend",
    "Easter weekend"): a Monday's or Tuesday's holiday ends the weekend before it, any other day's is in its own
    week's."""
    if not weekend:
        return day_value(day)
    year, week, _ = (day - timedelta(days=3) if day.weekday() <= 1 else day).isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


# ... or a year premodifying the event ("The 1999 storm struck on Christmas Eve"), or a copula's ("It was 1999")
_TIME_PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:in|during|by|since|until|after|before|the|was)\s+)$")


def _year_told_as_time(context: Context) -> bool:
    """Whether the year the sentence named last is told as a time ("In 1999, the family spent Christmas"), not a
    number that may be a count ("Retailers hired 2000 people and opened on Thanksgiving Day", a review)."""
    if context.last_year is None:
        return False
    start = context.last_year[1] - 4
    return _TIME_PREPOSITION_BEFORE.search(context.text, max(0, start - 12), start) is not None


def _holiday_spans(match: re.Match[str]) -> Iterator[Span]:
    name = _key(match["name"] or match["election"] or match["super"] or match["mayday"] or match["shopping"])
    day_in = _fixed_day(*_FIXED_BY_KEY[name]) if name in _FIXED_BY_KEY else _MOVING_BY_KEY[name]
    start, end = match.start(), match.end()
    # "Labor Day 2014", "the 1988 Super Tuesday" (an audit of PolNeAR: the year before the name was a date apart)
    year = int(match["year"] or match["pre"]) if match["year"] or match["pre"] else None
    weekend = match["weekend"] is not None

    def build(context: Context) -> Resolved | None:
        if year is not None:  # "Labor Day 2014"
            named = day_in(year) if valid_year(year) else None
            return Resolved("DATE", _value(named, weekend), anchor="absolute") if named else None
        if context.anchor is None:
            fixed_day = _FIXED_BY_KEY.get(name)
            value = f"XXXX-{fixed_day[0]:02d}-{fixed_day[1]:02d}" if fixed_day else "XXXX-XX-XX"
            # "Christmas weekend" with no year in view is a weekend, not the holiday's day (a review)
            return Resolved("DATE", "XXXX-WXX-WE" if weekend else value, anchor="unanchored")
        on_anchor_year = day_in(context.anchor.year) if valid_year(context.anchor.year) else None
        if on_anchor_year is not None and _year_told_as_time(context) and (
            told := context.year_of_sentence(on_anchor_year.month, on_anchor_year.day, start, end)
        ) is not None:
            named = day_in(told) if valid_year(told) else None  # "In 1999, the family spent Christmas in Aspen"
            return Resolved("DATE", _value(named, weekend), anchor="narrative") if named else None
        years = range(context.anchor.year - 2, context.anchor.year + 3)
        if name == "election day":
            candidates = _election_candidates(context.anchor, years)
        else:
            candidates = [day for each in years if valid_year(each) and (day := day_in(each)) is not None]
        when = context.nearest_in_tense(candidates, start, end)
        return Resolved("DATE", _value(when, weekend), anchor="publication") if when else None

    yield Span(start, end, build, 1)


RULES: tuple[Rule, ...] = (
    Rule(
        "holiday",
        re.compile(
            r"(?:(?<=\b[Tt]he\s)(?P<pre>[12]\d{3})\s+)?(?:(?i:\b(?P<name>christmas(?:\s+(?:day|eve))?|new\s+year['’]s\s+(?:day|eve)|independence\s+day|"
            # US "Labor Day"; "Labour Day" is May 1 or another day elsewhere, so it is left out.
            r"valentine['’]s\s+day|halloween|boxing\s+day|(?:st\.?|saint)\s+patrick['’]?s\s+day|veterans['’]?\s+day|"
            r"remembrance\s+day|armistice\s+day|bastille\s+day|canada\s+day|australia\s+day|juneteenth|"
            r"guy\s+fawkes\s+night|bonfire\s+night|april\s+fool['’]?s['’]?\s+day|labor\s+day|memorial\s+day|thanksgiving(?:\s+day)?|"
            r"martin\s+luther\s+king(?:\s+jr\.)?\s+day|mlk\s+day|presidents['’]?\s+day|columbus\s+day|"
            r"mother['’]s\s+day|father['’]s\s+day|good\s+friday|"
            r"easter(?:\s+(?:sunday|monday))?(?!\s+(?:island|rising|eggs?|bunny|bunnies|baskets?|lil(?:y|ies))\b))\b)"
            # "Election Day" only capitalised: "election day" is any election's.
            r"|\b(?P<election>Election\s+Day)\b|\b(?P<super>Super\s+Tuesday)\b|\b(?P<mayday>May\s+Day)\b"
            # only capitalised: a "black Friday" is any bad Friday
            r"|\b(?P<shopping>Black\s+Friday|Cyber\s+Monday)\b)"
            # not a name that holds one ("the Veterans Day Care Center", a review)
            r"(?!\s+(?i:care|center|centre|school|hospital|home|committee|foundation|fund|parade\s+committee)\b)"
            r"(?:,?\s+(?P<year>\d{4})\b)?(?P<weekend>\s+weekend\b(?!s))?"
        ),
        _holiday_spans,
    ),
)
