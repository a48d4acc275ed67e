"""Inferring the publication date of an undated article from the dates its text mentions.

The rules are tried from the most to the least reliable, and the first that applies answers.
Each answer's ``confidence`` is how often that rule's interval held the real publication date on
real news with known dates (PolNeAR, Timeline17, TimeBank; see docs/temporal.md), so 0.9 and 0.15
mean what they say:

1. a **date line**: a day written as a timestamp near the top ("Sat Jun 5, 2010 7:16 pm EDT",
   "Updated: November 11, 2011", a line holding only a date) is the day of publication;
2. the **latest full date** ("March 3, 2021") in a past or present clause is a lower bound, surer in
   the lead than further down (a later one is more often history). Year-less
   days after it ("on May 5") are not read into its year: on real news that made the interval hold
   less often (31 -> 27 % on PolNeAR, 56 -> 51 % on Timeline17), as they belong to other years as often;
3. a **weekday named with a year-less date** ("Friday, July 18") picks the year it falls on;
4. the **latest year named** gives the year, year-less days the day. News writes the current
   year's dates without a year and names the years of the past, so this is mostly a guess: the
   real year was later than the latest year named in about three articles out of four. A
   "more than three years" span then moves the year on from that latest year, as a guess too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.records import PublicationDate, TimeExpression
from dateline.temporal.lexicon import WEEKDAY, weekday_number
from dateline.temporal.resolve import tense_near
from dateline.temporal.tagger import tag_times
from dateline.temporal.timex import month_end, safe_date, timex_interval

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?(?:T.*)?$")
_YEARS = re.compile(r"^P(\d{1,3})Y(?:\d{1,2}M)?(?:\d{1,2}D)?$")  # "more than three years (and two months)"
_LEADING_WEEKDAY = re.compile(rf"({WEEKDAY}),?\s")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SAME_DAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")
_NEXT_DAY = re.compile(r"(?i)\byesterday\b")
DEFAULT_WINDOW_DAYS = 7

# A date line sits near the top: within this many characters of the start; what a timestamp holds
# around its date fits in STAMP_CONTEXT characters on either side (longer lines are prose).
DATE_LINE_REACH = 300
STAMP_CONTEXT = 120
# A label that opens a timestamp line ("Updated: ", "Page last updated at 08:03 GMT, ", "Posted on "),
# after nothing but a place in capitals or a separator ("HOUSTON | ").
_STAMP_LABEL = re.compile(
    r"^[\sA-Z|·•:,.'-]*\b(?i:(?:page\s+)?(?:first\s+|last\s+)?(?:published|posted|updated|modified|date))\b"
    r"(?i:[\s:]*(?:on|at)?[\s:]*(?:\d{1,2}[:.]\s?\d\d\s*(?:[ap]\.?m\.?|gmt|utc|bst|[ecmp][sd]t)?[\s,]*)?)$"
)
# A dateline's place in capitals, or anything before a "|", opening the line ("HOUSTON | ", "WASHINGTON, ").
_PLACE_LINE = re.compile(r"(?:[^\n|]{0,80}\|\s*|[A-Z][A-Z .'-]{1,40}[,:—–-]\s*)$")
# What a timestamp line may hold besides its date: labels, weekdays, clock times, zones, punctuation.
_STAMP_FILLER = re.compile(
    r"(?i)\b(?:published|posted|updated|last|page|modified|first|on|at|date|hrs|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"am|pm|a\.m|p\.m|gmt|utc|cet|cest|est|edt|cst|cdt|pst|pdt|bst|ist|et|pt)\b"
    r"|\d{1,2}[:.]\s?\d\d(?::\d\d)?|[+-]\d\d:?\d\d|[,|·•:/()\-–—.\s]"
)
# A birth date ("was born on April 22, 1923", "(born 22 April 1923)") dates a person, not the news.
_BIRTH_BEFORE = re.compile(r"(?i)\bborn\b[^.;!?\n]{0,60}$")
_CLOCK_AFTER = re.compile(r"^[\s,|·•-]*\d{1,2}[:.]\s?\d\d")  # "July 18, 2025 10:42 PM"; "at 8:46 a.m." is prose
# A date right after one of these is inside a sentence ("on June 5, 2010 at 10:30 p.m.").
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:on|in|at|since|by|until|till|from|before|after|of|to|for)\s*$")
_ZONES = r"gmt|utc|bst|cet|cest|ist|[ecmp][sd]t"
_ZONE_END = re.compile(rf"(?i)\b(?:{_ZONES})$")
_ZONE_AFTER = re.compile(rf"(?i)^[\s,|·•-]*(?:\d{{1,2}}[:.]\s?\d\d\s*)?(?:[ap]\.?\s?m\.?\s*)?(?:{_ZONES})\b")

# How often each rule's interval held the real publication date (macro mean over the development
# sets of `python -m dateline.eval.pubdates --split dev`, December 2026), rounded down to 0.05.
CONFIDENCE_DATE_LINE = 0.9  # held 100 % (Timeline17, a fifth of its articles; the other sets have none left)
CONFIDENCE_FULL_DATE = 0.25  # later in the text: held 28 / 35 / 0 % (PolNeAR / Timeline17 / TimeBank)
CONFIDENCE_FULL_DATE_LEAD = 0.5  # in the first LEAD_CHARS: held 4 of 8 / 79 % of 209 / 0 of 2
LEAD_CHARS = 400
CONFIDENCE_WEEKDAY = 0.15  # held 1 of 6 (Timeline17)
CONFIDENCE_NAMED_YEAR_DAY = 0.05  # held 2 / 2 / 0 %: the real year was later in 71 / 84 / 84 %
CONFIDENCE_NAMED_YEAR = 0.1  # the whole year: held 17 / 9 / 15 %
CONFIDENCE_SPAN = 0.05  # held 0 of 26
# Spans that may run up to now ("more than three years without talks"); longer ones ("more than
# two decades") are history, not a clock.
SPAN_YEARS = (2, 10)


@dataclass(frozen=True)
class _Mentions:
    """The dated material of a text: explicit years and days, year-less days, spans of years."""

    years: list[int]
    days: list[tuple[date, str, int]]
    yearless: list[tuple[int, int, str]]
    spans: list[tuple[int, str]]
    weekdays: list[tuple[int, int, int, str]]
    stamp: tuple[date, str] | None


def infer_publication_date(text: str) -> PublicationDate | None:
    """Infer when an undated news text was published, as an interval with method "inferred".

    Returns None when the text gives no year to build a date from. ``evidence`` starts with the
    rule that answered ("date line", "latest full date", "weekday", "latest year named") and names
    the dates it used; ``confidence`` is how often that rule was right on real news.
    """
    if not text or not isinstance(text, str):
        return None
    mentions = _collect(text, tag_times(text, read_markup=True))  # an embedded post's date is evidence too
    if mentions.stamp is not None:
        day, phrase = mentions.stamp
        return PublicationDate(day, day, "inferred", CONFIDENCE_DATE_LINE, f"date line: '{phrase}'")
    if mentions.days:
        return _from_full_date(text, mentions)
    if not mentions.years:
        return None
    return _from_weekday(text, mentions) or _from_named_year(text, mentions)


def _from_full_date(text: str, mentions: _Mentions) -> PublicationDate | None:
    """The latest full date named in a past or present clause, as a lower bound with a window after it."""
    latest, phrase, start = max(mentions.days, key=lambda item: item[0])
    in_lead = start < LEAD_CHARS
    rule = "latest full date, in the lead" if in_lead else "latest full date"
    return _window_after(
        text, latest, CONFIDENCE_FULL_DATE_LEAD if in_lead else CONFIDENCE_FULL_DATE,
        f"{rule}: '{phrase}' ({latest.isoformat()}) is a lower bound",
    )


def _from_weekday(text: str, mentions: _Mentions) -> PublicationDate | None:
    """The first year from the latest year named on where a named weekday and its date agree."""
    base = max(mentions.years)
    for candidate in range(base, base + 8):
        fits = [
            f"'{phrase}' is a {_WEEKDAY_NAMES[weekday]} in {candidate}"
            for weekday, month, day, phrase in mentions.weekdays
            if (when := safe_date(candidate, month, day)) is not None and when.weekday() == weekday
        ]
        if fits and len(fits) == len(mentions.weekdays):
            latest, latest_text = _latest_day(mentions, candidate)
            if latest is None:
                return None
            return _window_after(
                text, latest, CONFIDENCE_WEEKDAY,
                f"weekday: {', '.join(fits)} (latest year named {base}); latest day '{latest_text}'",
            )
    return None


def _from_named_year(text: str, mentions: _Mentions) -> PublicationDate | None:
    """The latest year named, or that year moved on by a span that may run up to now; a guess."""
    base = max(mentions.years)
    year, reason = base, f"latest year named: {base}"
    spans = [(years, phrase) for years, phrase in mentions.spans if SPAN_YEARS[0] <= years <= SPAN_YEARS[1]]
    if spans and mentions.yearless:
        years, phrase = min(spans)
        year, reason = base + years, f"latest year named: {base}, moved on by '{phrase}'"
    latest, latest_text = _latest_day(mentions, year)
    if latest is None:
        earliest, last = safe_date(year, 1, 1), safe_date(year, 12, 31)
        if earliest is None or last is None:
            return None
        confidence = CONFIDENCE_SPAN if year != base else CONFIDENCE_NAMED_YEAR
        return PublicationDate(earliest, last, "inferred", confidence, f"{reason} (a guess: no day is named)")
    confidence = CONFIDENCE_SPAN if year != base else CONFIDENCE_NAMED_YEAR_DAY
    if not _names_a_day(latest_text):
        # "in January": some day of that month or after it, not January 1 (a story would show it as a day).
        last = month_end(latest.year, latest.month) or latest
        evidence = f"{reason} (a guess); latest month '{latest_text}' ({latest.isoformat()[:7]})"
        return PublicationDate(latest, last, "inferred", confidence, evidence)
    return _window_after(
        text, latest, confidence, f"{reason} (a guess); latest day '{latest_text}' ({latest.isoformat()})"
    )


def _window_after(text: str, latest: date, confidence: float, evidence: str) -> PublicationDate:
    """From ``latest`` to a few days after it (fewer when the text says "today" or "yesterday")."""
    window, window_reason = _window(text)
    try:
        upper = latest + timedelta(days=window)
    except OverflowError:
        upper = latest
    return PublicationDate(latest, upper, "inferred", confidence, f"{evidence}; {window_reason}")


def _collect(text: str, times: list[TimeExpression]) -> _Mentions:
    """Sort the tagged expressions into what the rules use; future clauses give no lower bound."""
    years: list[int] = []
    days: list[tuple[date, str, int]] = []
    yearless: list[tuple[int, int, str]] = []
    spans: list[tuple[int, str]] = []
    weekdays: list[tuple[int, int, int, str]] = []
    stamp: tuple[date, str] | None = None
    for expression in times:
        if expression.type == "DURATION":
            at_least = expression.modifier in ("MORE_THAN", "EQUAL_OR_MORE")
            if at_least and (years_match := _YEARS.match(expression.value)):
                spans.append((int(years_match[1]), expression.text))
            continue
        if expression.type not in ("DATE", "TIME"):
            continue
        interval = timex_interval(expression.value) if expression.anchor == "absolute" else None
        single_day = interval is not None and interval[0] == interval[1]
        future = tense_near(text, expression.start, expression.end, widen=False) == "future"
        if stamp is None and single_day and interval is not None and _is_stamp(text, expression, future):
            stamp = (interval[0], expression.text)
        if future:
            continue
        if yearless_match := _YEARLESS.match(expression.value):
            day = int(yearless_match[2]) if yearless_match[2] else 0
            yearless.append((int(yearless_match[1]), day, expression.text))
            if day and (named := _LEADING_WEEKDAY.match(expression.text)):
                weekdays.append((weekday_number(named[1]), int(yearless_match[1]), day, expression.text))
        elif interval is not None:
            years.append(interval[1].year)
            if single_day and not _BIRTH_BEFORE.search(text, max(0, expression.start - 70), expression.start):
                days.append((interval[0], expression.text, expression.start))
    return _Mentions(years, days, yearless, spans, weekdays, stamp)


def _is_stamp(text: str, expression: TimeExpression, future: bool) -> bool:
    """Whether a full date near the top is written as a timestamp rather than inside a sentence.

    A timestamp is a date alone on its line with its labels, or a date after a label opening the line
    ("Updated: ", "Posted on ") or a ``|``, or a date with a clock time and a zone not introduced by a
    preposition ("Tuesday 28 April 2009 17.37 BST"), or, outside a future clause, a date followed by a
    bare clock time ("July 18, 2025 10:42 PM"). "The novel, first published May 5, 1950" and "on June 5,
    2010 at 10:30 p.m." are sentences.
    """
    if expression.start >= DATE_LINE_REACH:
        return False
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end, expression.end + STAMP_CONTEXT + 1)
    whole_line = line_end >= 0 and expression.start - line_start <= STAMP_CONTEXT
    before = text[max(line_start, expression.start - STAMP_CONTEXT) : expression.start]
    after = text[expression.end : line_end if line_end >= 0 else expression.end + STAMP_CONTEXT]
    if whole_line and not _STAMP_FILLER.sub("", before + " " + after).strip():
        return True  # the line holds only the date and its labels
    if _STAMP_LABEL.search(before) or _PLACE_LINE.match(text, line_start, expression.start):
        return True  # "Updated: Nov 11, 2011 ...", "HOUSTON | Thu Nov 4, 2010 ...", "WASHINGTON, March 3, 2021"
    if _PREPOSITION_BEFORE.search(before) or " at " in expression.text:
        return False  # "on March 1, 2016 at 9 a.m. EST", "September 11, 2001 at 8:46 a.m."
    if _ZONE_AFTER.match(after) or _ZONE_END.search(expression.text):
        return True  # "Tuesday 28 April 2009 17.37 BST"
    if future:
        return False
    return bool(expression.type == "TIME" and "T" in expression.value) or bool(_CLOCK_AFTER.match(after))


def _latest_day(mentions: _Mentions, year: int) -> tuple[date | None, str]:
    """The latest year-less day mentioned, placed in ``year`` (or the year before, across New Year)."""
    candidates: list[tuple[date, str]] = []
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


def _names_a_day(phrase: str) -> bool:
    """Whether a year-less date's words name a day of the month ("July 18"), not only a month ("July")."""
    return any(character.isdigit() for character in phrase)


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
    """How many days publication may follow the latest day named, and why."""
    if _SAME_DAY.search(text):
        return 1, "'today' suggests publication on or just after that day"
    if _NEXT_DAY.search(text):
        return 2, "'yesterday' suggests publication a day after"
    return DEFAULT_WINDOW_DAYS, f"allowing {DEFAULT_WINDOW_DAYS} days after it"
