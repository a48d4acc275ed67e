"""Rules for noun phrases that name a period by context: "the year", "the weekend", "year-earlier",
and years spelled out in transcripts ("nineteen ninety-six", "the year two thousand")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.temporal.grammar import Context, Resolved, Rule, Span, fixed, on_day_in_view
from dateline.temporal.lexicon import MONTH, number_value
from dateline.temporal.resolve import reporting_quarter_context, shifted_value
from dateline.temporal.timex import shift_days, valid_year, week_value

_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TWO_DIGITS = rf"(?:{_TENS}(?:[\s-]{_SMALL})?|{_TEENS}|oh[\s-]{_SMALL})"
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


def _spelled_year_spans(match: re.Match[str]) -> Iterator[Span]:
    if match["century"]:
        high = number_value(match["century"])
        low = number_value(re.sub(r"^oh[\s-]", "", match["rest"].lower()))
        year = (high or 0) * 100 + (low or 0)
    else:
        year = 2000 + (number_value(match["after"]) or 0 if match["after"] else 0)
    if valid_year(year) and 1000 <= year <= 2099:
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", f"{year:04d}")), 2)


def _decade_word_spans(match: re.Match[str]) -> Iterator[Span]:
    digit = _DECADE_WORDS[match["decade"].lower()]
    start, end = match.start(), match.end()

    def build(context: Context) -> Resolved | None:
        century = context.anchor.year // 100 if context.anchor else 19
        if context.anchor and digit * 10 > context.anchor.year % 100:
            century -= 1
        if century < 0:
            return None
        return Resolved("DATE", f"{century:02d}{digit}", anchor="publication")

    yield Span(start, end, build, 1)


_UNIT_OF_DATE_AFTER = re.compile(rf"\s+of\s+{MONTH}(?!\w)")
_UNIT_BEFORE_ALONE = re.compile(r"(?i:\s+(?:before|earlier)\s*(?:[,.;:)]|$|and\b|but\b))")
# An event after "the week/month/year": "of/after/before/following" and a noun phrase that is no date.
_UNIT_OF_EVENT_AFTER = re.compile(
    r"(?i:\s+(of|after|before|following|preceding)\s+(?:the|his|her|its|their|our|a|an|this|that|early|last|"
    r"[a-z]+ing)\s+(?!(?:year|month|week|quarter|day|decade|century)\b)[a-z])"
)


_UNIT_OBJECT_BEFORE = re.compile(r"(?i:\b(?:for|of|ended|ends|end|ending|closed|finished|started|began)\s+)$")


def _the_unit_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "the year" as a span of time ("throughout the year", "the year ended June 30"), else the anchor's year."""
    unit = {"year": "Y", "month": "M", "week": "W"}[match["unit"].lower()]
    before = match.string[max(0, match.start() - 12) : match.start()].lower()
    after = match.string[match.end() : match.end() + 10].lower()
    if re.search(r"\b(?:during|throughout|all)\s+$", before) or re.match(r"\s+(?:ended|ending|to\s+date)\b", after):
        yield Span(match.start(), match.end(), fixed(Resolved("DURATION", f"P1{unit}")), 0)
        return
    start, end = match.start(), match.end()
    if _UNIT_OF_DATE_AFTER.match(match.string, end) or _UNIT_BEFORE_ALONE.match(match.string, end):
        return  # "the month of June", "the week of March 7": the date's own; "the year before": the relative rule's
    event = _UNIT_OF_EVENT_AFTER.match(match.string, end)
    # "a loss for the year after a charge", "its best gain of the year after the Fed decision", "ended the week before
    # the holiday lower": the clause's "after", not the unit's; "the year of the flood" stays the flood's
    of_event = event is not None and not (
        event[1].lower() != "of" and _UNIT_OBJECT_BEFORE.search(match.string, max(0, start - 12), start)
    )

    def build(context: Context) -> Resolved | None:
        if context.anchor is None or of_event:
            # "The month after his nomination", "the week of early voting", "the year of the flood": a unit of another
            # event's time, not the publication's (an audit of PolNeAR); its year alone is no surer
            return Resolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], anchor="unanchored")
        if unit == "Y" and (told := context.year_in_view(start, end)) is not None:
            return Resolved("DATE", f"{told:04d}", anchor="narrative")
        value = shifted_value(context.anchor, unit, 0)
        return Resolved("DATE", value, anchor="publication") if value else None

    yield Span(start, end, build, 0)


def _weekend_spans(match: re.Match[str]) -> Iterator[Span]:
    start, end = match.start(), match.end()

    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved("DATE", "XXXX-WXX-WE", anchor="unanchored")
        # Early in the week "the weekend" is the one just past; late in the week, the coming one, unless told in
        # the past: "Protesters marched at the weekend", read on a Friday, is the weekend before (a user test
        # found it dated the coming one); read on a Saturday or Sunday, the weekend under way.
        tense = context.tense(start, end)
        weekday = context.anchor.weekday()
        ahead_from = 5 if tense == "past" else 4  # the weekday from which "the weekend" is this week's
        offset = 0 if weekday >= ahead_from or tense == "future" else -7
        day = shift_days(context.anchor, offset)
        return Resolved("DATE", week_value(day) + "-WE", anchor="publication") if day else None

    yield Span(start, end, build, 1)


def _year_earlier_spans(match: re.Match[str]) -> Iterator[Span]:
    start, end = match.start(), match.end()

    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved("DATE", "XXXX", anchor="unanchored")
        value = shifted_value(context.anchor, "Y", -1)
        if reporting_quarter_context(context.text, start, end):
            quarter = shifted_value(context.anchor, "Q", -1)
            value = f"{int(quarter[:4]) - 1:04d}{quarter[4:]}" if quarter and int(quarter[:4]) > 1 else None
        return Resolved("DATE", value, anchor="publication") if value else None

    yield Span(start, end, build, 0)


def _day_in_view_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "later in the day": the day the text is on (named in this or the last sentence, else the anchor)."""
    yield Span(match.start(), match.end(), on_day_in_view(match.start(), "DATE"), 0)


RULES: tuple[Rule, ...] = (
    Rule(
        "spelled_year",
        re.compile(
            rf"(?i:\b(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen|twenty)[\s-]+(?P<rest>{_TWO_DIGITS}|hundred)"
            rf"|two\s+thousand(?:\s+and)?(?:[\s-]+(?P<after>{_TWO_DIGITS}|{_SMALL}))?)\b)"
            r"(?!\s+(?:years?|people|dollars|men|troops|soldiers|miles|tons)\b)"
        ),
        _spelled_year_spans,
    ),
    Rule(
        "decade_word",
        re.compile(
            r"(?i:\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<decade>twenties|thirties|forties|fifties|sixties|"
            r"seventies|eighties|nineties)\b)"
        ),
        _decade_word_spans,
    ),
    Rule(
        "the_unit",
        re.compile(
            r"(?i:\bthe\s+(?P<qualifier>full\s+|fiscal\s+|entire\s+|whole\s+)?(?P<unit>year|month|week)\b(?!-|['’](?!s\b)))"
        ),
        _the_unit_spans,
    ),
    Rule("weekend", re.compile(r"(?i:\bthe\s+weekend\b)"), _weekend_spans),
    Rule(
        "day_in_view",
        re.compile(r"(?i:(?:(?<=\bearlier\sin\s)|(?<=\blater\sin\s))the\s+day\b)"),
        _day_in_view_spans,
    ),
    Rule(
        "year_earlier",
        re.compile(r"(?i:\byear[\s-](?:earlier|ago)\b(?!\s+(?:period|quarter)))(?=\s+[a-z])"),
        _year_earlier_spans,
    ),
)
