"""Rules for clock times ("5 p.m.", "10:30 GMT", "noon")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from dateline.temporal.grammar import Builder, Context, Resolved, Rule, Span, on_day_in_view
from dateline.temporal.lexicon import CLOCK_ZONE, WEEKDAY, ZONE
from dateline.temporal.timex import day_value

# Words after a bare "H:MM" that make it time elapsed in a game or a bout, not a clock time.
_ELAPSED_AFTER = re.compile(
    r"\s+(?:(?:of|into|in)\s+the\s+(?:\w+\s+){0,2}(?:round|period|quarter|half|inning|set|game|match|fight|bout)"
    r"|mark|left|remaining|to\s+play|to\s+go)\b",
    re.IGNORECASE,
)


_MIDNIGHT_NOUN = re.compile(
    r"(?:\s+hour)?\s+(?:regulations?|rules?|rulemaking|actions?|appointments?|pardons?)\b", re.IGNORECASE
)


def clock_value(hour: int, minute: int, meridiem: str | None) -> str | None:
    """TIMEX3 time-of-day suffix ("T17:00") or None for impossible clock readings."""
    if meridiem:
        if hour == 0 and meridiem.startswith("a"):
            hour = 12  # "00:36 am", as comment stamps write it: 36 minutes past midnight
        if not 1 <= hour <= 12:
            return None
        if meridiem.startswith("p") and hour != 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"T{hour:02d}:{minute:02d}"


def _time_spans(match: re.Match[str]) -> Iterator[Span]:
    word = match.groupdict().get("word")
    if word and _MIDNIGHT_NOUN.match(match.string, match.end()):
        return  # Bush's "midnight regulations": rules made in an administration's last days
    if word:
        suffix: str | None = "T24:00" if word.lower() == "midnight" else "T12:00"  # noon, midday
    else:
        meridiem = (match["ampm"] or "").lower().replace(".", "").replace(" ", "") or None
        suffix = clock_value(int(match["hour"]), int(match["minute"] or 0), meridiem)
        if suffix is not None and match.groupdict().get("second"):
            suffix += f":{match['second']}"
    if suffix is None:
        return
    if not word and not match["ampm"] and _ELAPSED_AFTER.match(match.string, match.end()):
        return  # "stopped him at 2:56 of the sixth round", "the 2:15 mark", "with 1:30 left": time elapsed
    # "1653" before "(2153 GMT)" (no meridiem group at all) is a clock time, not the year.
    priority = 3 if not word and match["ampm"] is None else 1
    yield Span(match.start(), match.end(), on_day_in_view(match.start(), "TIME", suffix), priority)


# Words after which a four-digit number of a clock's form is a time: "stopped breathing shortly after 1100", "an
# ambulance was not called until 1221". Not "about", "around", "between ... and": "born around 1750", "painted it
# between 1505 and 1507" are years (a review).
_CLOCK_BEFORE = re.compile(r"(?i:\b(?:(?:shortly|just|soon)\s+(?:after|before)|until|till)\s+)$")
# ... and only where no noun follows it: "until 1221 units" is no time.
_CLOCK_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?:and|or|to|when|on|in|local|hours|hrs)\b)")
# After "at" (or "at about"), only with a time's company after it: "hit at 1653 (2153 GMT)", "at 1100 local time",
# "at 0915 on Monday", "at 1040 on 25 June"; "The fine was set at 1000." is a quantity.
_AT_BEFORE = re.compile(r"(?i:\bat\s+(?:about\s+|around\s+|approximately\s+)?)$")
_AT_AFTER = re.compile(
    r"\s*(?:\(|(?:local|hours|hrs|GMT|UTC|BST|EST|EDT|PST|PDT)\b|on\s+(?:[A-Z]|\d)|(?:this|that|yesterday|today|"
    r"tonight)\b)"
)
# A line opening with such a number, among such lines nearby, is a live page's time stamp: "1525 A spokeswoman for
# the UN World Food Programme ..." (a date audit found 187 stamps of two BBC live pages read as years). Only before
# 1800: "2001 Apple opens its first store." in a list of years is the year (a review); a live page's evening
# stamps stay years.
# A clock's "HHMM" before 18:00: a year before 1800, in news, is history told with "in" ("in 1653"), not what
# "until 1653" says, while later ones are the years news names.
CLOCK_NUMBER = r"(?P<hour>[01][0-7]|0[89])(?P<minute>[0-5]\d)"
_LINE_STAMP = re.compile(rf"(?m)^[ \t]*{CLOCK_NUMBER}:?[ \t]+(?=[A-Z])")  # "1249 Mark Lowen", "1249: Mark"
STAMPED_PAGE_LINES = 3
STAMP_REACH = 3_000  # characters before and after a stamp its neighbours are looked for in


def _clock_number_spans(match: re.Match[str]) -> Iterator[Span]:
    """A bare "HHMM" that is a clock time by what comes before it or by the page's live stamps, not a year."""
    text, start, end = match.string, match.start(), match.end()
    line_start = text.rfind("\n", 0, start) + 1
    stamp = not text[line_start:start].strip() and text[end : end + 3].lstrip(":").strip()[:1].isupper()
    nearby = _LINE_STAMP.findall(text, max(0, start - STAMP_REACH), min(len(text), end + STAMP_REACH)) if stamp else []
    before = text[max(0, start - 25) : start]
    told = (_CLOCK_BEFORE.search(before) is not None and _CLOCK_AFTER.match(text, end) is not None) or (
        _AT_BEFORE.search(before) is not None and _AT_AFTER.match(text, end) is not None
    )
    stamped = len(nearby) >= STAMPED_PAGE_LINES and _close_in_time(nearby)
    if not stamped and not told:
        return
    suffix = clock_value(int(match["hour"]), int(match["minute"]), None)
    if suffix is not None:
        # A live page's stamp is of the page's day, not of a day an entry before it names ("by Monday", a review).
        yield Span(start, end, _on_anchor_day(suffix) if stamped else on_day_in_view(start, "TIME", suffix), 3)


# A verb or noun of a quantity before "at/around/about 1900": a level, a count or a toll, not a clock time ("the
# index closed at 1950 on Monday", "the toll stood at 2200 on Monday", "rose to about 1900 this morning").
_QUANTITY_BEFORE = re.compile(
    r"(?i:\b(?:stood|stands|closed|closes|ended|ends|finished|opened|traded|trades|settled|rose|fell|climbed|dropped|"
    r"jumped|slipped|reached|hit|totall?ed|numbered|put|estimated|estimates?|is|was|were|are|be|been|toll|number|"
    r"crowd|attendance|total|price|level|index)\s+(?:to\s+|up\s+|down\s+)?)$"
)


def _evening_number_spans(match: re.Match[str]) -> Iterator[Span]:
    before = match.string[max(0, match.start() - 40) : match.start()]
    if _QUANTITY_BEFORE.search(re.sub(r"(?i:(?:(?:at|around|about|approximately)\s+)+)$", "", before)):
        return
    suffix = clock_value(int(match["hour"]), int(match["minute"]), None)
    if suffix is not None:
        yield Span(match.start(), match.end(), on_day_in_view(match.start(), "TIME", suffix), 3)


STAMP_MEDIAN_GAP = 30  # minutes: a live page is updated every few minutes; a timeline's years are decades apart


def _close_in_time(stamps: list[tuple[str, str]]) -> bool:
    """Whether line stamps read as clock times follow one another closely, as a live page's do: "1249", "1302",
    "1315" (13 minutes apart), not a timeline's "1603: Union of the Crowns", "1707: Acts of Union" (64 minutes)."""
    minutes = [int(hour) * 60 + int(minute) for hour, minute in stamps]
    gaps = sorted(abs(b - a) for a, b in pairwise(minutes))
    return bool(gaps) and gaps[len(gaps) // 2] <= STAMP_MEDIAN_GAP


def _on_anchor_day(suffix: str) -> Builder:
    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved("TIME", f"XXXX-XX-XX{suffix}", anchor="unanchored")
        return Resolved("TIME", f"{day_value(context.anchor)}{suffix}", anchor="publication")

    return build


RULES: tuple[Rule, ...] = (
    Rule(
        "clock",
        re.compile(
            # British style takes a period ("6.30am", "05.51AM IST").
            r"(?i:(?<![\d.:])\b(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*(?P<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b)"
            rf"(?:\s+{CLOCK_ZONE}\b)?|(?P<word>noon|midday|mid-day|midnight)(?:\s+{CLOCK_ZONE}\b)?)(?!\w))"
        ),
        _time_spans,
    ),
    Rule(
        "clock24",
        re.compile(
            # The zone is optional, and so is the space before it (not taken without one: "10:40 and").
            # "09:10 hours", "01:19 hrs" are clock times, not durations.
            # Seconds are kept ("11:47:35"); a zone's offset is no time ("GMT+05:00").
            rf"(?<![\d.:])(?<!GMT[+-])(?<!UTC[+-])\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?P<ampm>)(?:\s*{CLOCK_ZONE}\b|h\b|\s+(?:hours|hrs)\b)?"
            r"(?![:\d])"
        ),
        _time_spans,
    ),
    Rule(
        # Wire style military time: "(0730 GMT)", "1430 local time", British "22.34 BST".
        "clock_military",
        re.compile(
            # A bare local time with a zoned reading in brackets is one too: "at 1653 (2153 GMT)" (not the year).
            rf"(?<![\d.:,$])\b(?P<hour>[01]\d|2[0-3])\.?(?P<minute>[0-5]\d)(?:\s+(?P<ampm>)(?:{ZONE}|local\s+time)\b"
            rf"|(?=\s*\(\s*(?:[01]\d|2[0-3])\.?[0-5]\d\s+{ZONE}\)))"
        ),
        _time_spans,
    ),
    Rule(
        # An evening's "HHMM" is a clock time only with a day right after it: "around 1800 yesterday", "at 1930 on
        # Monday" (an audit of BBC pages); "around 1800 in the province" stays the year.
        "clock_number_evening",
        re.compile(
            r"(?i:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bapproximately\s))"
            r"(?P<hour>1[89]|2[0-3])(?P<minute>[0-5]\d)(?=\s+(?:yesterday|today|tonight|this\s+evening|"
            rf"on\s+{WEEKDAY})\b)"
        ),
        _evening_number_spans,
    ),
    Rule(
        "clock_number",
        re.compile(rf"(?<![\d.:,$£€#/-])\b{CLOCK_NUMBER}\b(?![\d%]|[.,]\d|\s*(?:AD|BC|BCE|CE)\b)"),
        _clock_number_spans,
    ),
)
