"""Quantities as two sources write them: what a figure counts, the values it allows, and whether two agree.

Read apart from the conflict rules (``conflicts``) that compare them: a unit's spellings ("%", "per cent"), a place a
count is of, ranges and blurring words ("about 1,500", "between 12,000 and 19,000").
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

_PLACE_PART = re.compile(r" (?:in|across|from) ")
# One unit written three ways: "7 percent" (Reuters), "7%" (the BBC), "7 per cent" (the Guardian: the analysis reads
# its unit as "cent", which ``told_numbers`` tells from money's "1 cent").
_UNIT_SPELLINGS = {"%": "percent"}


def counted(quantity: str) -> tuple[str, str | None]:
    """What a quantity counts and the place it counts it in: ("people", "london") for "people in london"; a unit
    spelled several ways is given one spelling ("%" -> "percent")."""
    parts = _PLACE_PART.split(quantity, maxsplit=1)
    return _UNIT_SPELLINGS.get(parts[0], parts[0]), parts[1] if len(parts) > 1 else None


def one_quantity(first: str, second: str) -> bool:
    """Whether two quantities count one thing: the same noun, in one place or a place only one of them names
    ("two more people in London" and "three more people in the UK" count different people)."""
    (what, where), (their_what, their_where) = counted(first), counted(second)
    return what == their_what and (where is None or their_where is None or where == their_where)


# How far a blurred number may be from another and still agree: "about 1,500" and "1,550".
APPROXIMATE_SHARE = 0.15
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def number_range(text: str) -> tuple[float, float] | None:
    """The values a quantity as written allows: "126" -> (126, 126), "about 1,500" -> (1275, 1725), "more than
    100" -> (100, inf), "up to 60" -> (0, 60), "20 million" -> (2e7, 2e7), "20 to 30" and "between 20 and
    30" -> (20, 30); None when it holds no number."""
    read = _read_quantity(text)
    return None if read is None else (read[0], read[1])


def _read_quantity(text: str) -> tuple[float, float, bool] | None:
    """``number_range``'s bounds and whether the text tells them as a range of two figures ("20 to 30")."""
    words = text.casefold().replace(",", "").replace("-", " - ").replace("–", " - ").split()
    values: list[float] = []
    scales: list[float] = []  # the scale word each value was told with (1: none)
    for word in words:
        if _NUMBER.fullmatch(word):
            values.append(float(word))
            scales.append(1.0)
        elif word in _SCALES:
            if values:
                values[-1] *= _SCALES[word]  # "3 hundred", "20 million"
                scales[-1] = _SCALES[word]
            else:
                values.append(_SCALES[word])  # "a million people"
                scales.append(_SCALES[word])
    if not values:
        return None
    if len(values) > 1 and {"to", "and", "-"} & set(words):
        if scales[0] == 1.0 and scales[-1] > 1.0 and values[0] < values[-1] / scales[-1]:
            values[0] *= scales[-1]  # "2 to 3 million": the scale word serves both ends (not "100 to 2 million")
        return min(values), max(values), True  # a range: "20 to 30", "2,000-3,000"
    value = values[-1]
    said = set(words)
    if said & {"more", "over", "least"}:
        return value, math.inf, False
    if said & {"up", "under", "less", "fewer", "most"} or "nearly" in said or "almost" in said:
        return (value * (1 - APPROXIMATE_SHARE) if said & {"nearly", "almost"} else 0.0), value, False
    if said & _BLURRING:
        return value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE), False
    return value, value, False


_BLURRING = frozenset({"about", "around", "approximately", "roughly", "some", "estimated"})


def numbers_agree(first: str, second: str) -> bool:
    """Whether two quantities as written can be the same: equal, or within each other's bounds ("more than 100"
    and "126" agree; "8" and "60" do not). Two ranges are two estimates, each claiming both its ends: they agree
    only when their ends do ("12,000-19,000" and "12,000 to 25,000 barrels a day" disagree; a user test of the
    BP coverage found such estimates unflagged). Quantities without a number compare as text."""
    a, b = _read_quantity(first), _read_quantity(second)
    if a is None or b is None:
        return first.replace(",", "").strip().casefold() == second.replace(",", "").strip().casefold()
    if a[2] and b[2]:
        blurred = bool(_BLURRING & set(f"{first} {second}".casefold().split()))
        return _ends_agree(a[0], b[0], blurred) and _ends_agree(a[1], b[1], blurred)
    return a[0] <= b[1] and b[0] <= a[1]


def _ends_agree(first: float, second: float, blurred: bool) -> bool:
    """Whether two ends of ranges are one figure: equal, or near when either range is told as approximate."""
    tolerance = APPROXIMATE_SHARE * max(abs(first), abs(second)) if blurred else 0.0
    return abs(first - second) <= tolerance + 1e-9


# "7 per cent" (the Guardian's percent) against "1 cent" and "41 cents a barrel" (money): the analysis gives both the
# unit "cent"; only the sentence tells them apart.
_PER_CENT = re.compile(r"\bper\s+cent\b", re.IGNORECASE)
_MONEY_CENT = re.compile(r"(?<!\bper )\bcents?\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def told_numbers(numbers: tuple[tuple[str, str], ...], sentence: str) -> tuple[tuple[str, str], ...]:
    """A report's quantities (what, how many) with a unit the analysis left ambiguous read from its sentence: "cent"
    is "percent" where the sentence writes "per cent" ("one per cent", "7 per cent"), else money, "cents" ("would
    increase this fee by 1 cent" had been one percent, a review). Cached: a report meets many others in a big story."""
    return tuple((_cent_unit(what, value, sentence), value) for what, value in numbers)


def _cent_unit(what: str, value: str, sentence: str) -> str:
    """``what`` with its unit "cent" read as "percent" or money's "cents" (any other quantity as it is)."""
    unit, _, place = what.partition(" ")
    if unit != "cent":
        return what
    per_cent, money = _PER_CENT.search(sentence) is not None, _MONEY_CENT.search(sentence) is not None
    if per_cent and money:  # both in one sentence: the figure written right before "per cent" is the percent
        figure = re.escape(value.split()[-1]) if value.split() else "$^"
        per_cent = re.search(rf"(?<![\w.,]){figure}\s*per\s+cent\b", sentence, re.IGNORECASE) is not None
    return f"{'percent' if per_cent else 'cents'}{' ' + place if place else ''}"
