"""Words of English temporal expressions and the regex fragments built from them.

Kept apart from the rules so the grammar reads as patterns over named fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1,
}  # fmt: skip

_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
VAGUE_COUNTS = {"several", "a few", "few", "a couple of", "a couple", "couple of", "some", "many", "a number of"}

# Unit word -> (TIMEX3 letter, is a time-of-day unit).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False), "fortnight": ("2W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "hr": ("H", True), "min": ("M", True), "yr": ("Y", False), "wk": ("W", False),
}  # fmt: skip

PART_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}


def word_set(words: str) -> frozenset[str]:
    """The set of the space-separated lowercase ``words``."""
    return frozenset(words.split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the given words, longest first so prefixes do not win."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)


_NUMBER_WORD = (
    rf"(?:(?:{alternation(_TENS_WORDS)})(?:[\s-]+(?:{alternation(k for k, v in _UNITS_WORDS.items() if v < 10)}))?"
    rf"|{alternation(_UNITS_WORDS)})"
)
NUMBER = (
    # A numeral whole: "1,000 hours" is a thousand, not "000 hours" (a date audit found PT0H).
    rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?:\s+1/2|\s?½)?(?:\.\d+)?(?![\d,/])|(?:{_NUMBER_WORD})(?:\s+hundred)?(?:[\s-]+and[\s-]+a[\s-]+half)?"
    rf"|an?\s+(?:hundred|thousand)|a\s+half|half\s+an?|an?|{alternation(VAGUE_COUNTS)})"
)
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.(?!\w))"
)
# Before a day number or a year a month may also be in capitals or end in a period ("MAY 2, 2013", "SEPT. 14",
# "May. 3", datelines and page furniture), and a weekday before it in capitals or abbreviated without a
# period ("THURSDAY, MAY 2", "Sat Nov 12 2011", "MON 22 JUL 2013"): there the names cannot be other words.
MONTH_DATED = (
    rf"(?:{MONTH}|May\.|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?)(?![A-Za-z]))"
)
WEEKDAY_DATED = (
    rf"(?:{WEEKDAY}|(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"
    r"|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun|MON|TUES|TUE|WED|THURS|THU|FRI|SAT|SUN)(?![A-Za-z.]))"
)
UNIT = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|century|centuries)"
SEASON = alternation(SEASONS)
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]{3}|20[0-9]{2})"
# Time zones after a clock time ("1100 GMT", "16:00 BST", "10 p.m. CDT").
ZONE = r"(?:GMT|UTC|[ECMPA][SD]T|BST|CES?T|EES?T|MSK|IST|JST|HKT|SGT|AES?T|AEDT)"
# ... and after a clock with a colon or a.m./p.m., the US zones without the season, in capitals ("8 p.m. ET"; "8 p.m.
# at the hall" is no zone, nor "the 2004 PT Cruiser" a clock).
CLOCK_ZONE = r"(?:(?-i:[ECMP]T)|" + ZONE[3:]


def number_value(word: str) -> int | None:
    """The integer a number word or numeral denotes; None for vague counts ("several")."""
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word in ("a", "an"):
        return 1
    if word in ("a couple", "a couple of", "couple of"):  # "the past couple of months"
        return 2
    if word in VAGUE_COUNTS:
        return None
    if re.fullmatch(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+1/2|\s?½)?", word):
        return int(word.replace("½", " ").split()[0].replace(",", ""))  # "5 ½", "2½": the half is read apart
    if re.fullmatch(r"\d+\.\d+", word):
        return None
    total = 0
    for part in re.split(r"[\s-]+", word):
        if part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        elif part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part in ("hundred", "thousand"):
            total = max(total, 1) * (100 if part == "hundred" else 1000)
        elif part in ("and", "a", "half"):
            continue
        else:
            return None
    return total


def month_number(word: str) -> int:
    """Month number of an English month name or abbreviation (caller guarantees it is one)."""
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """Monday=0 weekday number of an English weekday name or abbreviation."""
    return WEEKDAYS[word.lower().rstrip(".")]


def unit_letter(word: str) -> tuple[str, bool]:
    """The TIMEX3 unit letter of a unit word ("weeks" -> "W") and whether it is a time of day unit (hours)."""
    word = word.lower().rstrip("s")
    if word == "centurie":
        word = "century"
    return UNITS.get(word, ("D", False))


UNIT_PLURAL = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
    # "28 hrs ago", "5 mins ago" (a comment's stamp; not "two HR managers"), "in 5 yrs", "in 2 wks" (an audit)
    r"|century|centuries|(?-i:hrs?|mins|yrs?|wks))"
)
