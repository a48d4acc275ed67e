"""Resolving underspecified expressions against a reference date.

News-mode rules: a weekday or a year-less month is placed relative to the publication date in the
direction given by the tense of the nearby verb (past by default, as news mostly reports); narrative
expressions ("the following day") move from the last date the text mentioned.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from dateline.temporal.timex import (
    day_value,
    month_value,
    quarter_of,
    safe_date,
    shift_days,
    shift_months,
    valid_year,
    week_value,
)

Tense = Literal["past", "future", "present"]

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned|planning|expected\s+to|expects?\s+to|"
    r"scheduled|due\s+to|set\s+to|to\s+be\s+held|intends?\s+to|upcoming|next|coming|hopes?\s+to|"
    r"is\s+to|are\s+to|"
    # Modals look ahead unless perfect ("would have"): "said it would pay the dividend in January".
    r"(?:would|could|might|should)(?!\s+(?:not\s+)?have\b)|"
    # Intent with an infinitive: "agreed to acquire the bank in January", "voted to close it Friday".
    r"(?:agree[sd]?|agreement|decided|decision|voted|offer(?:ed|s)?|propos(?:ed|al|es)|promised?|pledged?|"
    r"vowed?|threaten(?:ed|s)?|want(?:ed|s)?|seeks?|sought|aim(?:ed|s)?|likely|ready|hoped)\s+to|"
    # Present-tense schedule verbs: "the ministers meet Monday", "talks resume on Friday".
    r"meets?|begins?|opens?|starts?|convenes?|resumes?|visits?|arrives?|heads?|travels?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|spoke|took|gave|held|made|came|went|began|saw|left|"
    r"won|lost|fell|rose|paid|sold|bought|brought|became|fought|found|kept|led|sought|spent|stood|wrote|grew|"
    r"struck|sent|thought|chose|ago|last|earlier|"
    # Verbs in "-ed", not words that only end so ("succeed", "hundred", "indeed").
    r"(?!(?:succ|proc|exc|n|f|s|sp|h|bl|br|ind)eed\b|(?:hundr|kindr|sacr|nak|wick|r|b|sh|emb)ed\b)[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_PASSIVE_OR_INFINITIVE = re.compile(r"\b(?:be|being|to)\s+$", re.IGNORECASE)
# An "-ed" word after a determiner or these adverbs is an adjective ("a still unspecified date").
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|still|newly|so-called)\s+$", re.IGNORECASE
)
# Words right before a date that point ahead whatever the verb's tense ("was extended to Nov. 16").
_FUTURE_CUE = re.compile(
    r"\b(?:by|until|till|through|effective|payable|starting|beginning|due|record|expected\s+(?:in|on|by)|"
    r"(?:scheduled|planned|set|slated)\s+(?:for|on)|(?:extended|postponed|delayed|moved|pushed\s+back|adjourned)\s+"
    r"(?:to|until)|(?:expires?|expiring|ends?|ending)\s+(?:on\s+)?)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_PAST_AUXILIARY = re.compile(r"\b(?:had(?:\s+been)?|was|were)\s+$", re.IGNORECASE)
# A sentence or clause end; a period after an abbreviation ("5 p.m. Tuesday", "Aug. 7", "U.S.") is none.
_CLAUSE_BREAK = re.compile(
    r"(?:[;!?]|\.(?<!\b[A-Za-z]\.)(?<!\b(?:Mr|Dr|Jr|Sr|St|Co|No|Lt)\.)"
    r"(?<!\b(?:Mrs|Gen|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gov|Sen|Rep|Col)\.)(?<!\b(?:Corp|Sept)\.))"
    r"\s|\n"
)


def tense_near(text: str, start: int, end: int) -> Tense | None:
    """Tense of the clause around text[start:end], from the nearest auxiliary or verb ending.

    A small look-around instead of a parser: a forward-pointing word right before the span
    ("by", "until", "effective") means future; otherwise the nearest future marker or past verb
    form within the clause decides; None when neither appears.
    """
    left = text[max(0, start - 90) : start]
    if breaks := list(_CLAUSE_BREAK.finditer(left)):
        left = left[breaks[-1].end() :]
    cue = _FUTURE_CUE.search(text, max(0, start - 40), start)
    # "through March" ends a span still running, but not the range "from January through March".
    if cue and not _PAST_PERFECT.search(left) and not (cue[0].lower().startswith("through") and _FROM.search(left)):
        return "future"  # unless "had been due to expire Friday", "had filed reports by Wednesday"
    right = text[end : end + 60]
    if cut := _CLAUSE_BREAK.search(right):
        right = right[: cut.start()]
    found = [(len(left) - match_end, tense) for match_end, tense in _markers(left)]
    # Right context counts a little less: "on Tuesday, officials said" is reported speech.
    found += [(match_start + 10, tense) for match_start, tense in _markers(right, use_start=True)]
    return min(found)[1] if found else None


def _markers(segment: str, use_start: bool = False) -> list[tuple[int, Tense]]:
    """Tense markers in a clause segment as (position, tense): end positions, or starts if asked."""
    markers: list[tuple[int, Tense]] = []
    for match in _FUTURE.finditer(segment):
        # "had been scheduled to", "was due to": a plan in the past.
        tense: Tense = "past" if _PAST_AUXILIARY.search(segment, 0, match.start()) else "future"
        markers.append((match.start() if use_start else match.end(), tense))
    for match in _PAST.finditer(segment):
        if _PASSIVE_OR_INFINITIVE.search(segment, 0, match.start()):  # not "will be held"
            continue
        if match[0].endswith(("ed", "ED")) and (
            match[0][0].isupper() or _ADJECTIVE_BEFORE.search(segment, 0, match.start())
        ):
            continue  # "a still unspecified date", "the United States": not past verbs
        markers.append((match.start() if use_start else match.end(), "past"))
    return markers


def weekday_date(anchor: date, weekday: int, tense: Tense | None, relation: str | None) -> date | None:
    """The date of a weekday named near ``anchor``.

    ``relation`` is "last", "next" or "this" when the text says so; otherwise the tense decides:
    past (the default in news) gives the latest such weekday on or before the anchor, future the
    next one after it.
    """
    delta = weekday - anchor.weekday()
    if delta == 0 and relation is None:
        # News names the day it is published by its weekday ("said on Friday" in Friday's paper).
        return anchor
    if relation == "next" or (relation is None and tense == "future"):
        days = delta if delta > 0 else delta + 7
    elif relation == "last":
        days = delta if delta < 0 else delta - 7
    elif relation == "this":
        days = delta
    else:
        days = delta if delta <= 0 else delta - 7
    return shift_days(anchor, days)


# Distances in the direction of the clause's tense count this much (news defaults to the past, a bit less).
TENSE_WEIGHT = 0.25
DEFAULT_PAST_WEIGHT = 0.8


def month_year(anchor: date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of a year-less "July 18" or "July": nearest the anchor in the direction of the tense.

    Distances in the tense's direction count less (past when no tense is found, as news mostly
    reports) rather than ruling the other side out, since the tense guess is shallow: "said on
    Dec. 7" in November is still next month's date, "took place on June 2" read in July last month's.
    """
    preferred = tense if tense in ("past", "future") else "past"
    weight = TENSE_WEIGHT if tense in ("past", "future") else DEFAULT_PAST_WEIGHT
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = safe_date(year, month, min(day or 15, 28)) if valid_year(year) else None
        if when is None:
            continue
        distance = (when - anchor).days
        if day is None and year == anchor.year and month == anchor.month:
            distance = 0
        direction = "past" if distance <= 0 else "future"
        score = abs(distance) * (weight if direction == preferred else 1.0)
        if best is None or score < best[0]:
            best = (score, year)
    return best[1] if best else anchor.year


def shifted_value(reference: date, unit: str, amount: int) -> str | None:
    """TIMEX3 DATE value of ``reference`` moved by ``amount`` units, at that unit's granularity."""
    if unit == "D":
        moved = shift_days(reference, amount)
        return day_value(moved) if moved else None
    if unit in ("W", "WE"):
        moved = shift_days(reference, 7 * amount)
        return (week_value(moved) + ("-WE" if unit == "WE" else "")) if moved else None
    if unit == "2W":
        moved = shift_days(reference, 14 * amount)
        return week_value(moved) if moved else None
    if unit == "M":
        shifted = shift_months(reference.year, reference.month, amount)
        return month_value(*shifted) if shifted else None
    if unit == "Q":
        shifted = shift_months(reference.year, reference.month, 3 * amount)
        return f"{shifted[0]:04d}-Q{quarter_of(shifted[1])}" if shifted else None
    years = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
    if years is None:
        return None
    year = reference.year + years * amount
    if not valid_year(year):
        return None
    if unit == "DE":
        return f"{year // 10:03d}"
    if unit == "CE":
        return f"{year // 100:02d}"
    return f"{year:04d}"


def previous_quarter(anchor: date) -> str | None:
    """The last completed quarter before the anchor, as financial news means "the quarter"."""
    return shifted_value(anchor, "Q", -1)


def next_day(reference: date, days: int) -> date:
    """``reference`` plus ``days``, clamped into the calendar."""
    moved = shift_days(reference, days)
    if moved is not None:
        return moved
    return date.max if days > 0 else date.min + timedelta(days=0)


_QUARTER_WORDS = re.compile(r"\b(?:quarter|quarterly)\b", re.IGNORECASE)
_RESULTS_WORDS = re.compile(
    r"\b(?:quarter|quarterly|net|profit|revenue|sales|earnings|income|loss|a\s+share|operating)\b", re.IGNORECASE
)


def reporting_quarter_context(text: str, start: int, end: int) -> bool:
    """Whether a span sits in a quarterly-results comparison ("a year ago" = that quarter a year ago).

    The sentence must speak of results and the text of a quarter.
    """
    left = text[max(0, start - 160) : start]
    right = text[end : end + 120]
    if cut := list(_CLAUSE_BREAK.finditer(left)):
        left = left[cut[-1].end() :]
    if cut_right := _CLAUSE_BREAK.search(right):
        right = right[: cut_right.start()]
    if not (_RESULTS_WORDS.search(left) or _RESULTS_WORDS.search(right)):
        return False
    return _QUARTER_WORDS.search(text) is not None
