"""Rules for recurring times (TIMEX3 SET): "daily", "every month", "every two years", "each July", "Tuesday nights"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.temporal.grammar import Resolved, Rule, Span, fixed
from dateline.temporal.lexicon import PART_OF_DAY, WEEKDAY, month_number, number_value, unit_letter, weekday_number
from dateline.temporal.relative_rules import in_name
from dateline.temporal.timex import duration_value

_SET_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W",
}  # fmt: skip


def _set_spans(match: re.Match[str]) -> Iterator[Span]:
    if match["adverb"] and in_name(match):
        return  # "Us Weekly", "the Daily News", "Entertainment Weekly"
    if match["wd"]:
        value = f"XXXX-WXX-{weekday_number(match['wd']) + 1}"
    elif match["adverb"]:
        value = _SET_ADVERBS[match["adverb"].lower()]
    elif match["annum"]:
        value = "P1Y"  # "2 % per annum"
    else:
        unit, is_time = unit_letter(match["unit"] or match["unit3"])
        value = duration_value(1, unit, is_time, False)
    yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 1)


def _set_adapter(match: re.Match[str]) -> Iterator[Span]:
    if match["month"]:
        value = f"XXXX-{month_number(match['month']):02d}"
        yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 1)
        return
    if match["wdplural"] or match["wdnight"]:
        weekday = weekday_number((match["wdplural"] or "").rstrip("s") or match["wdnight"])
        part = PART_OF_DAY.get((match["parts"] or "").lower().rstrip("s"))
        value = f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else "")
        yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 1)
        return
    if match["units"]:
        # "every two years", "every other week", "every few months": a SET of that period.
        unit, is_time = unit_letter(match["units"].rstrip("sS"))
        count = 2 if match["count"].lower() == "other" else number_value(match["count"])
        vague = f"P{'T' if is_time else ''}X{unit}"
        value = duration_value(count, unit, is_time, False) if count is not None else vague
        yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 1)
        return
    if match["daypart"]:
        # "every night": a part of every day; "every weekend" every week's weekend.
        part = match["daypart"].lower()
        value = "XXXX-WXX-WE" if part == "weekend" else f"XXXX-XX-XXT{PART_OF_DAY[part]}"
        yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 1)
        return
    if match["unit2"]:
        value = duration_value(1, *unit_letter(match["unit2"]), False)
        yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 1)
        return
    yield from _set_spans(match)


RULES: tuple[Rule, ...] = (
    Rule(
        "set",
        re.compile(
            # ("quarterly" is left out: TimeBank leaves "its quarterly dividend", "adjusted quarterly" untagged)
            rf"(?i:\b(?:(?P<adverb>daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)|"
            rf"(?P<annum>per\s+annum)|(?:every|each)\s+(?P<wd>{WEEKDAY})"
            r"|(?:every|each)\s+(?P<daypart>night|morning|evening|afternoon|weekend)"
            # "every minute"; not "instructions per second", a rate of something (TimeBank leaves it untagged), nor
            # "every second year" (the ordinal, a review)
            # "every single day", "each and every day"
            r"|(?:every|each|per|every\s+single|each\s+and\s+every)\s+(?P<unit>hour|day|week|month|quarter|year)"
            r"|(?:every|each)\s+(?P<unit3>minute)"
            r"|every\s+(?P<count>other|few|(?:a\s+)?couple\s+of|[1-9]\d{0,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty|fifty)\s+"
            r"(?P<units>(?:minute|hour|day|week|month|quarter|year)s?)"
            # "twice a day", "six nights a week" (a rate, not a six-day span and a week).
            r"|(?:once|twice|three\s+times|\d+\s+times|(?:\d|two|three|four|five|six|seven)\s+(?:days|nights|evenings)"
            r")\s+(?:a|per|every)\s+(?P<unit2>minute|hour|day|week|month|year)(?!\s+(?:ago|earlier|later)\b))\b"
            r"|(?i:every|each)\s+(?P<month>January|February|March|April|May|June|July|August|September|October"
            r"|November|December)\b"
            r"|\b(?P<wdplural>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b"
            r"|\b(?P<wdnight>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?P<parts>(?i:nights|mornings|"
            r"evenings|afternoons))\b)"
        ),
        _set_adapter,
    ),
)
