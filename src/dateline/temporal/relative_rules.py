"""Rules for relative and deictic expressions: weekdays, "last week", "two days ago", "now"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dateline.records import TimexType
from dateline.temporal import duration_rules
from dateline.temporal.clauses import SENTENCE_END
from dateline.temporal.grammar import Context, Resolved, Rule, Span, fixed
from dateline.temporal.lexicon import (
    NUMBER,
    PART_OF_DAY,
    UNIT_PLURAL,
    WEEKDAY,
    number_value,
    unit_letter,
    weekday_number,
    word_set,
)
from dateline.temporal.resolve import has_past_marker, reporting_quarter_context, shifted_value, weekday_date
from dateline.temporal.timex import day_value, duration_value, shift_days, timex_interval

_RELATION_SHIFT = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
    "following": 1, "same": 0, "that": 0,
}  # fmt: skip

# Deictic words -> (type, value or a day offset from the anchor, fuzzy).
_DEICTIC_REFS: dict[str, tuple[str, bool]] = {
    "now": ("PRESENT_REF", False), "currently": ("PRESENT_REF", False),
    "current": ("PRESENT_REF", False), "then current": ("PAST_REF", False), "then-current": ("PAST_REF", False),
    "nowadays": ("PRESENT_REF", True), "these days": ("PRESENT_REF", True),
    "at present": ("PRESENT_REF", False), "presently": ("PRESENT_REF", False),
    "at the moment": ("PRESENT_REF", False), "present": ("PRESENT_REF", False), "recently": ("PAST_REF", True),
    "recent": ("PAST_REF", True),
    "lately": ("PAST_REF", True),
    "the past": ("PAST_REF", True), "the future": ("FUTURE_REF", True),
    "in future": ("FUTURE_REF", True), "soon": ("FUTURE_REF", True), "shortly": ("FUTURE_REF", True),
    "future": ("FUTURE_REF", True), "the near future": ("FUTURE_REF", True),
    "the foreseeable future": ("FUTURE_REF", True), "the near term": ("FUTURE_REF", True),
    "the short term": ("FUTURE_REF", True), "the long term": ("FUTURE_REF", True),
    "the time": ("PAST_REF", True), "that time": ("PAST_REF", True), "long ago": ("PAST_REF", True),
    "a long time ago": ("PAST_REF", True), "a later date": ("FUTURE_REF", True), "the other day": ("PAST_REF", True),
}  # fmt: skip
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# Words after "the morning" that are still a time, not a compound noun ("the morning sun", "morning paper").
_FUNCTION_WORDS = word_set(
    "and or but nor when while as at on in to for of before after until till with by from that which who "
    "he she it they we i you there the a an his her their its our this these those was were is are had "
    "has have will would could did local hours"
)
_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
# "USA Today", "the Loop Current", "Hope for Haiti Now": a capitalised deictic word right after a word is a name.
# Not across a blank line: a headline's last word and "Yesterday, ..." opening the next paragraph.
_NAME_BEFORE = re.compile(r"[^\W_][ \t]*\n?[ \t]*(?:'s?[ \t]*)?\Z")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")


def in_name(match: re.Match[str]) -> bool:
    """Whether a capitalised word (not all capitals) is part of a name: a word right before it ("USA Today",
    "Us Weekly", "the Daily News") or, for the words names start with, a capitalised word after ("Daily Mail")."""
    found = match.string[match.start() : match.end()]
    if not found[:1].isupper() or found.isupper():
        return False
    return (
        _NAME_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
        or _CAPITAL_AFTER.match(match.string, match.end()) is not None
    )


def _shift_span(
    start: int, end: int, unit: str, amount: int, narrative: bool, year_ago: bool = False, modifier: str | None = None,
    part: str | None = None,
) -> Span:  # fmt: skip
    """A span ``amount`` units from the anchor (or the narrative date); ``year_ago`` marks "a year ago",
    which in quarterly-results text means the same quarter a year before; with a ``part`` of the day
    ("the next morning") a TIME on that day."""
    kind: TimexType = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""

    def build(context: Context) -> Resolved | None:
        reference, anchor = context.narrative_reference() if narrative else (context.anchor, "publication")
        if (
            anchor == "narrative" and amount > 0 and reference is not None and context.anchor is not None
            and reference < context.anchor and context.tense(start, end) == "future"
            and _looks_ahead_from_now(context.text, start)
        ):
            # "Doctors hope he will survive the next day", "10,000 are expected over the next year": a clause that
            # looks ahead counts from the publication day, not from an old story's date (two audits of session 26)
            reference, anchor = context.anchor, "publication"
        elif (
            narrative and anchor == "publication" and amount > 0 and context.last_coarse is None
            and (context.tense(start, end) == "past" or (_told_later(context.text, start, end)
                 and context.tense(start, end) != "future"))
        ):
            # "she moved to Paris and married three years later", no date in view: after some past day, not after
            # publication (an audit: "he died 2 weeks later" was read in the week after the page's); so "Twelve days
            # later, Hayward is grappling with the slick" after an undated "the day the rig caught fire" (a user
            # test: it was dated 12 days after the page, as planned)
            return Resolved(kind, _unanchored(unit) + suffix, modifier, anchor="unanchored")
        if reference is None:
            return Resolved(kind, _unanchored(unit) + suffix, anchor="unanchored")
        if anchor == "narrative" and unit == "D" and context.last_coarse is not None:
            # "the day before the shooting" after "in June 2015": some day of that month, not May 31; "the
            # next morning" a morning of it (TIMEX3 keeps the unknown day: 2015-06-XXTMO).
            if part:
                return Resolved("TIME", f"{_coarse_month(context.last_coarse)}-XX{suffix}", modifier, anchor=anchor)
            return Resolved("DATE", context.last_coarse, modifier, anchor=anchor)
        coarse = context.last_coarse
        if anchor == "narrative" and unit == "W" and coarse is not None and re.fullmatch(r"\d{4}", coarse):
            # "founded in 1990. Two weeks later it hired": a week of that year, not its third (an audit)
            return Resolved("DATE", coarse, modifier, anchor=anchor)
        shift = amount
        if unit == "W" and amount == 0 and anchor == "publication" and reference.weekday() == 6:
            # "Obama will press BP executives this week", read on a Sunday: the week that begins the next day
            # (an audit of Reuters copy); told in the past, the week that ends that Sunday.
            shift = 1 if context.tense(start, end) == "future" else 0
        value = shifted_value(reference, unit, shift)
        if (
            anchor == "narrative" and amount > 0 and value and context.anchor is not None
            and reference <= context.anchor and _told_later(context.text, start, end)
            and (begins := timex_interval(value)) is not None and begins[0] > context.anchor
            and context.tense(start, end) != "future"
        ):
            # "The experts converging on Alaska had seen hundreds of spills. Two decades later, they agree ...": counted
            # on from a day the text left behind, it ends no later than the page, unless told as ahead (a user test:
            # the 2030s); from a day still ahead it may ("The event with Obama comes nearly two weeks later")
            return Resolved(kind, _unanchored(unit) + suffix, modifier, anchor="unanchored")
        if year_ago and reporting_quarter_context(context.text, start, end):
            value = _year_earlier_quarter(context.anchor or reference)
        return Resolved(kind, value + suffix, modifier, anchor=anchor) if value else None

    return Span(start, end, build, 1)


def _told_later(text: str, start: int, end: int) -> bool:
    """Whether the expression counts on from a day the text tells of ("twelve days later", "a decade later"), not
    ahead from now ("the next year" in "raising $10 billion over the next year")."""
    return text[max(start, end - 5) : end].casefold() == "later"


# A future told now: an auxiliary or a present verb of expectation, not "would", "planned to", "promised to".
_PRESENT_FUTURE = re.compile(
    r"(?i:\b(?:will|shall|won['’]t|going\s+to|(?:is|are|am)\s+(?:expected|likely|set|due|scheduled)|"
    r"(?:hope|expect|plan|intend|aim)s?)\b|\w['’]ll\b)"
)


def _looks_ahead_from_now(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` looks ahead from the time of writing ("Doctors hope he will survive
    the next day"), not from a past day it tells of: no future in the past ("said it would close the plant the
    next day", "promised to withdraw the troops the following year", "agreed to meet again the following week")."""
    sentence_start = max(
        (m.end() for m in SENTENCE_END.finditer(text, max(0, start - 300), start + 1) if m.end() <= start),
        default=max(0, start - 300),
    )
    before = text[sentence_start:start]
    if not _PRESENT_FUTURE.search(before):
        return False
    return not has_past_marker(before)


def _coarse_month(value: str) -> str:
    """A month value as is; a year, season or decade as its year with an unknown month ("2015" -> "2015-XX")."""
    return value if re.fullmatch(r"\d{4}-\d\d", value) else f"{value[:4].ljust(4, 'X')}-XX"


def _year_earlier_quarter(anchor: date) -> str | None:
    """The reporting quarter (the last one completed before the anchor) a year earlier."""
    quarter = shifted_value(anchor, "Q", -1)
    return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}" if quarter and int(quarter[:4]) > 1 else None


def _unanchored(unit: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")


def _relative_unit_spans(match: re.Match[str]) -> Iterator[Span]:
    relation = match["rel"].lower().split()[-1]
    unit, is_time = unit_letter(match["unit"])
    if is_time:
        return
    if relation == "last" and match["rel"].lower().startswith("the") and _OF_AFTER.match(match.string, match.end()):
        return  # "in the last year of his presidency": a time of something else, not last year (an audit)
    if (
        relation == "last" and not _GENITIVE_AFTER.match(match.string, match.end())
        and _POSSESSIVE_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    ):
        return  # "in 2008, his last year in office", "Her last month on the job": the final one (an audit of PolNeAR)
    to_before = _TO_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
    if relation == "this" and unit == "D" and to_before:
        # "which to this day hosts a class": still, now (an audit of wire copy)
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", "PRESENT_REF", anchor="publication")), 1)
        return
    amount = _RELATION_SHIFT[relation]
    narrative = relation in ("following",) or (
        relation in ("next", "previous") and match["rel"].lower().startswith("the")
    )
    if unit == "D" and relation in ("next", "previous", "following"):
        narrative = True
    if narrative and relation == "previous":
        amount = -1
    if relation in ("same", "that"):
        narrative = True
    yield _shift_span(match.start(), match.end(), unit, amount, narrative)


_OF_AFTER = re.compile(r"\s+of\b")
_POSSESSIVE_BEFORE = re.compile(
    r"(?i:\b(?:his|her|its|their|our|my|your)\s+|\b(?!(?:it|that|what|here|there|where|he|she|who|let)['’]s)\w+['’]s\s+)$"
)
_GENITIVE_AFTER = re.compile(r"['’]s\b")  # "our last year's report" is of last year
_TO_BEFORE = re.compile(r"(?i:\b(?:to|until|till)\s+)$")


_HALF_UNITS = {"CE": ("Y", 50), "DE": ("Y", 5), "Y": ("M", 6)}


def _ago_spans(match: re.Match[str]) -> Iterator[Span]:
    count = number_value(match["num"])
    if match["scale"]:
        # "66 million years ago", "13.8 billion years ago" (no whole count: a vague past, below)
        count = count * _SCALE[match["scale"].split()[-1].strip("-").lower()] if count is not None else None
    unit, is_time = unit_letter(match["unit"])
    if "half" in match["num"].lower() and count in (0, None):
        if unit in _HALF_UNITS:
            unit, count = _HALF_UNITS[unit]  # "half a century ago" is 50 years ago (it had been this century)
        elif match["dir"].lower() in ("earlier", "later", "before", "after"):
            return  # "half an hour later": the duration rule's PT30M
        else:
            count = None  # "half an hour ago", "half a day from now": a vague past or future, as "two hours ago"
    direction = match["dir"].lower()
    sign = 1 if direction in ("later", "after", "from now", "hence", "since") else -1
    narrative = direction in ("earlier", "later", "before", "after")
    if narrative and (count is None or is_time):
        # "A few days later", "48 hours later": TimeML marks the span of time, not a vague reference.
        value = duration_value(count, unit, is_time, False)
        yield Span(match.start(), match.end("unit"), fixed(Resolved("DURATION", value, fuzzy=count is None)), 1)
        return
    if count is None or is_time:
        fuzzy_value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        yield Span(
            match.start(), match.end(), fixed(Resolved("DATE", fuzzy_value, anchor="publication", fuzzy=True)), 1
        )
        return
    modifier = "APPROX" if match["approx"] else None
    year_ago = unit == "Y" and sign * count == -1
    span = _shift_span(match.start(), match.end(), unit, sign * count, narrative, year_ago, modifier)
    yield _before_year_one(span, count) if unit == "Y" and sign < 0 and not narrative else span


_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _before_year_one(span: Span, years: int) -> Span:
    """A span of "N years ago" that falls back to the vague past when N years before the anchor is before the year 1
    ("some 50,000 years ago", "66 million years ago": no TIMEX3 year, but a time, not nothing)."""

    def build(context: Context) -> Resolved | None:
        if context.anchor is not None and context.anchor.year - years < 1:
            return Resolved("DATE", "PAST_REF", anchor="publication", fuzzy=True)
        return span.build(context)

    return Span(span.start, span.end, build, span.priority)


def _fraction_ago_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "a quarter-century ago" (25 years), "a century and a half ago", "three-quarters of a century ago"."""
    phrase = match[0].lower()
    years = 150 if "half" in phrase else (75 if "quarters" in phrase else 25)
    yield _shift_span(match.start(), match.end(), "Y", -years, False)


def _deictic_spans(match: re.Match[str]) -> Iterator[Span]:
    word = re.sub(r"\s+", " ", match["word"].lower())
    title_case = match[0][0].isupper() and not match[0].isupper()  # all capitals are shouting, not a name
    if title_case and _NAME_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
        return  # "USA Today", "the Loop Current", "NBC's Today show": part of a name
    part = (match["part"] or "").lower()
    if word in _DAY_OFFSETS:
        offset = _DAY_OFFSETS[word]
        part_code = PART_OF_DAY.get(part) or ("NI" if word == "tonight" else None)
        yield _day_span(match.start(), match.end(), offset, part_code)
        return
    if word == "current" and (
        _NOT_BEFORE_A_NOUN.match(match.string, match.end())
        or _CURRENT_KIND.search(match.string, max(0, match.start() - 12), match.start())
    ):
        return  # "a new filament of the current is reaching the slick": the noun (an audit of Reuters copy)
    if word == "now" and _DISCOURSE_NOW.match(match.string, match.start()) and _SENTENCE_START.search(
        match.string, max(0, match.start() - 4), match.start()
    ):
        return  # "Now you know why!", "Now who is going to pay?", "Now that's ...": a discourse word (an audit)
    if word == "at the moment" and _CONJUNCTION_AFTER.match(match.string, match.end()):
        return  # "At the moment Chris Christie learned he had been bumped": when, a past moment (an audit)
    if word == "present" and (
        not _DETERMINER_BEFORE_PRESENT.search(match.string, max(0, match.start() - 8), match.start())
        or _LET_HER_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    ):
        return  # only after a determiner ("its present level"); "Let her present policies she supports": the verb
    if word == "long ago" and _NOT_LONG_BEFORE.search(match.string, max(0, match.start() - 6), match.start()):
        return  # "not long ago", "so long ago", "how long ago", "not that long ago" (TimeBank leaves it)
    if word == "now" and _NOW_AND_THEN.match(match.string, match.end()) and not _BETWEEN_BEFORE.search(
        match.string, max(0, match.start() - 10), match.start()
    ):
        return  # "every now and then", "now and again": occasionally (a web-page audit); not "between now and then"
    if word in ("the long term", "the short term", "the near term") and (
        (after := _WORD_AFTER.match(match.string, match.end())) is not None and after[1] not in _FUNCTION_WORDS
    ) and (
        # "Over the long term stocks outperform bonds": a fronted adverbial with no comma; not "in the long term
        # effects of", "for the short term loans"
        not _TERM_PREPOSITION_BEFORE.search(match.string, max(0, match.start() - 10), match.start())
        or after[1] in _TERM_COMPOUND_HEADS
    ):
        return  # "the long term effects": an adjective (an audit)
    if word == "the other day" and _CONTRAST_DAY_BEFORE.search(match.string, max(0, match.start() - 80), match.start()):
        return  # "on one day he wins, on the other day he loses": the second of two days, not recently
    if word.startswith("the ") and word.endswith(" future"):
        word = "the future"  # "the very near future", "the immediate future": a future all the same
    value, fuzzy = _DEICTIC_REFS[word]
    yield Span(match.start(), match.end(), fixed(Resolved("DATE", value, anchor="publication", fuzzy=fuzzy)), 0)


_TERM_PREPOSITION_BEFORE = re.compile(r"(?i:(?:^|[.!?]\s+|\n)(?:in|over|for|during)\s+)$")
_TERM_COMPOUND_HEADS = word_set(
    "effect effects impact impacts care plan plans planning goal goals outlook loan loans debt contract contracts "
    "investment investments investors unemployment unemployed memory solution solutions strategy view basis"
)
_CONJUNCTION_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?:he|she|they|we|I|it|[A-Z][\w'’-]*)\s+[a-z]+ed\b")
_DETERMINER_BEFORE_PRESENT = re.compile(r"(?i:\b(?:its|his|her|our|the|their)\s+)$")
_NOT_LONG_BEFORE = re.compile(r"(?i:\b(?:not|so|how|that|too)\s+)$")  # "not too long ago" (an audit)
_LET_HER_BEFORE = re.compile(
    r"(?i:\b(?:let|lets|make|makes|made|help|helps|helped|watch|see|saw|hear|heard)\s+her\s+)$"
)
_DISCOURSE_NOW = re.compile(
    r"(?i:now,?\s+(?:you\s+(?:know|see|tell)|that['’]s\b|here['’]s|I['’]m\s+not|who|what|why|how|where|then,))"
)
_NOW_AND_THEN = re.compile(r"(?i:\s+and\s+(?:then|again)\b)")
_BETWEEN_BEFORE = re.compile(r"(?i:\b(?:between|from)\s+)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*|[\"“]\s*)$")
_CONTRAST_DAY_BEFORE = re.compile(r"(?i:\b(?:one|first|a|two)\s+days?\b|\bdays?\s*:)")
# A kind of current: "the loop current", "a rip current", "an ocean current".
_CURRENT_KIND = re.compile(
    r"(?i:\b(?:loop|rip|ocean|tidal|electric|electrical|jet)\s+)$"
)
# What follows "current" when it is the noun (a flow of water, air or electricity), not "the current quarter".
_NOT_BEFORE_A_NOUN = re.compile(
    r"\s*(?:[.,;:!?)\]\"”’]|$|(?:closely|carefully|quickly|slowly|here|there|again|of|in|on|at|to|from|into|toward|towards|near|off|along|which|that|is|was|"
    r"are|were|has|had|have|could|would|will|may|might|can|should|carries|carried|pushed|pushes|flows|flowed|runs|ran|"
    r"moves|moved|brings|brought|swept|sweeps)\b)"
)


def _day_span(start: int, end: int, offset: int, part: str | None) -> Span:
    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved(
                "TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), anchor="unanchored"
            )
        day = shift_days(context.anchor, offset)
        if day is None:
            return None
        if part:
            return Resolved("TIME", f"{day_value(day)}T{part}", anchor="publication")
        return Resolved("DATE", day_value(day), anchor="publication")

    return Span(start, end, build, 1)


def _part_of_day_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "last night", "this morning"; "that night", "in the afternoon", "mid-afternoon" on the narrative day;
    "mid-afternoon yesterday" on the day named after it ("yesterday morning" is the deictic rule's)."""
    relation = (match["rel"] or "").lower()
    part = PART_OF_DAY[match["part"].lower()]
    if (relation == "last" and part != "NI") or (relation == "the" and _noun_follows(match)):
        return
    if match["day"]:
        yield _day_span(match.start(), match.end(), _DAY_OFFSETS[match["day"].lower()], part)
    elif relation in ("that", "the") or match["mid"]:
        yield _narrative_part_span(match.start(), match.end(), part, distal=relation == "that")
    else:
        yield _day_span(match.start(), match.end(), -1 if relation == "last" else 0, part)


def _noun_follows(match: re.Match[str]) -> bool:
    """Whether "the morning" is part of a compound noun ("in the morning sun", "by the morning paper")."""
    after = _WORD_AFTER.match(match.string, match.end())
    return after is not None and after[1] not in _FUNCTION_WORDS


def _narrative_part_span(start: int, end: int, part: str, distal: bool = False) -> Span:
    """A part of the day the text is talking about: the last day mentioned, else the anchor (a month or
    year named last is no day: "In April ... It's early in the morning" is not April 1). ``distal`` ("that
    night") points back at the time in view: after a year or a month, a night of it whose day is unknown
    ("the 2012 attacks ... the officer in charge that night": 2012-XX-XXTNI, an audit of PolNeAR)."""

    def build(context: Context) -> Resolved | None:
        reference, anchor = context.narrative_reference()
        if anchor == "narrative" and context.last_day_end is None:
            coarse = context.last_coarse
            anchor_year = f"{context.anchor.year:04d}" if context.anchor is not None else None
            # named in this sentence or the one before, not "since 2005" paragraphs back
            in_view = context.named_in_view(context.last_coarse_end, start)
            if distal and in_view and coarse is not None and anchor_year is not None and coarse[:4] != anchor_year:
                return Resolved("TIME", f"{_coarse_month(coarse)}-XXT{part}", anchor="narrative")
            reference, anchor = context.anchor, "publication"
        if reference is None:
            return Resolved("TIME", f"XXXX-XX-XXT{part}", anchor="unanchored")
        return Resolved("TIME", f"{day_value(reference)}T{part}", anchor=anchor)

    return Span(start, end, build, 1)


# A vote a weekday names: "Tuesday's primary", "the primary on Tuesday", "holds its primary Tuesday"; not after "after",
# "since", "following" (a vote held: "leads after Tuesday's primary").
_VOTE = r"(?:primar(?:y|ies)|caucus(?:es)?|elections?|runoffs?|referendum|debates?|votes?)"
_VOTE_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_VOTE}\b", re.IGNORECASE)
_VOTE_BEFORE = re.compile(rf"\b{_VOTE}\s+(?:on\s+)?$", re.IGNORECASE)
_HELD_BEFORE = re.compile(r"\b(?:after|since|following|from)\s+$", re.IGNORECASE)


# What only a vote held has: "Tuesday's primary win", "results of Tuesday's election", "fresh off Tuesday's primary".
_OUTCOME_AFTER = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_VOTE}\s+(?:wins?|victor(?:y|ies)|results?|returns|loss|defeat|upset|turnout|"
    rf"outcome|winners?|losers?)\b",
    re.IGNORECASE,
)
_OUTCOME_BEFORE = re.compile(
    r"\b(?:results?|returns|winners?|losers?|turnout|outcome|aftermath|wake|fresh\s+off)\s+(?:of\s+|in\s+|from\s+)?$",
    re.IGNORECASE,
)


def _names_a_vote(text: str, start: int, end: int) -> bool:
    """Whether a weekday names a vote's day and no word before it says the vote is over."""
    if _HELD_BEFORE.search(text, max(0, start - 12), start) or _OUTCOME_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _OUTCOME_AFTER.match(text, end):
        return False  # "Tuesday's primary win", "Tuesday's election results": only a vote held has them
    if not (_VOTE_AFTER.match(text, end) or _VOTE_BEFORE.search(text, max(0, start - 24), start)):
        return False
    # not "The focus is on Monday's vote, which the president lost": a past verb of the vote's (a review)
    rest = SENTENCE_END.search(text, end, min(len(text), end + 120))
    return not has_past_marker(text[end : rest.start() if rest else min(len(text), end + 120)])


def _weekday_spans(match: re.Match[str]) -> Iterator[Span]:
    weekday = weekday_number(match["wd"])
    relation = re.sub(r"^the\s+", "", (match["rel"] or "").lower()) or None
    part = PART_OF_DAY.get((match["part"] or "").lower())
    start, end = match.start(), match.end()
    relation = {"coming": "next", "past": "last", "preceding": "previous"}.get(relation or "", relation)

    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved(
                "TIME" if part else "DATE",
                f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""),
                anchor="unanchored",
            )
        if relation in ("previous", "following"):
            # "the previous Friday": the Friday before the day the text is on, not before the anchor.
            reference, anchor = context.narrative_reference()
            day = weekday_date(reference or context.anchor, weekday, None, "last" if relation == "previous" else "next")
        else:
            tense = context.tense(start, end)
            if tense is None and relation is None and _names_a_vote(context.text, start, end):
                tense = "future"  # "holds a solid lead in Tuesday's primary", "holds its primary Tuesday" (an audit)
            day = weekday_date(context.anchor, weekday, tense, relation)
            anchor = "publication"
        if day is None:
            return None
        if part:
            return Resolved("TIME", f"{day_value(day)}T{part}", anchor=anchor)
        return Resolved("DATE", day_value(day), anchor=anchor)

    yield Span(start, end, build, 1)


def _narrative_day_spans(match: re.Match[str]) -> Iterator[Span]:
    phrase = match[0].lower()
    offset = 0 if re.search(r"same|that", phrase) else (-1 if re.search(r"before|previous|prior", phrase) else 1)
    # "the next morning", "the night before" are TIMEs on that day (TimeML)
    part = next((PART_OF_DAY[word] for word in phrase.split() if word in PART_OF_DAY), None)
    yield _shift_span(match.start(), match.end(), "D", offset, True, part=part)


def _year_end_spans(match: re.Match[str]) -> Iterator[Span]:
    start, end = match.start(), match.end()
    phrase_end = match[0].lower().startswith("the")  # "year-end" is a ledger's, the anchor's year

    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved("DATE", "XXXX", "END", anchor="unanchored")
        if phrase_end and (told := context.year_in_view(start, end)) is not None:
            return Resolved("DATE", f"{told:04d}", "END", anchor="narrative")  # "In 1998 ... By the end of the year"
        return Resolved("DATE", f"{context.anchor.year:04d}", "END", anchor="publication")

    yield Span(start, end, build, 1)


# "overnight" (TimeBank: "overnight losses" is a TIME, ...TNI) except in compounds that name no night in
# particular ("an overnight success", "the overnight rate").
_NOT_A_NIGHT_AFTER = word_set(
    "success successes sensation sensations star stars celebrity hit rate rates loan loans lending market "
    "markets money bag bags index collapse collapses failure failures change changes transformation turnaround"
)
# "The change did not happen overnight", "won't be solved overnight": suddenly, no night.
_NOT_HAPPEN_BEFORE = re.compile(
    r"(?i:\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:happen|change|come|occur|solved|fixed|disappear)\w*\s+)$"
)


_FIGURATIVE_BEFORE = re.compile(r"(?i:\b(?:seemingly|almost|virtually|practically|literally|nearly)\s+)$")


def _overnight_spans(match: re.Match[str]) -> Iterator[Span]:
    after = _WORD_AFTER.match(match.string, match.end())
    if after is not None and after[1] in _NOT_A_NIGHT_AFTER:
        return
    if match[0].istitle() and in_name(match):
        return
    if _NOT_HAPPEN_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return
    if _FIGURATIVE_BEFORE.search(match.string, max(0, match.start() - 20), match.start()):
        return  # "then, seemingly overnight, the market crashed": suddenly, no night (an audit)
    start = match.start()

    def build(context: Context) -> Resolved | None:
        # The night before the day in view (TimeBank: "overnight" on Friday's markets is Thursday's night).
        day, anchor = context.day_in_view(start)
        if day is None:
            return Resolved("TIME", "XXXX-XX-XXTNI", anchor="unanchored")
        night = shift_days(day, -1)
        return Resolved("TIME", f"{day_value(night)}TNI", anchor=anchor) if night else None

    yield Span(start, match.end(), build, 0)


FELT_YEAR = r"(?:awful|terrible|fateful|dreadful|tragic|momentous|memorable|historic|difficult|remarkable|dark)"

RULES: tuple[Rule, ...] = (
    Rule(
        "relative_unit",
        re.compile(
            r"(?i:\b(?P<rel>this\s+past|last|next|this|past|previous|coming|current|the\s+past|the\s+last|the\s+next|the\s+coming|"
            r"the\s+previous|the\s+following|the\s+current|the\s+same|that)\s+(?:fiscal\s+)?"
            # "In June of that awful year", after "in 1918": the year in view, however the writer felt it (a review)
            rf"(?:(?<=that\s){FELT_YEAR}\s+)?(?P<unit>week|weekend|month|year|decade|century|"
            r"day)\b(?!-|'s\s+(?:first|second|third|fourth)))"
        ),
        _relative_unit_spans,
    ),
    Rule(
        "ago",
        re.compile(
            rf"(?i:\b(?P<num>{NUMBER})(?P<scale>[\s-]+(?:thousand|million|billion))?(?:\s+more)?[\s-]+(?P<unit>{UNIT_PLURAL})"
            r"(?P<approx>\s+or\s+so)?\s+"
            r"(?P<dir>ago|earlier|later|from\s+now|hence|back)\b)"
        ),
        _ago_spans,
    ),
    Rule(
        # A fraction of a century ago (an audit of PolNeAR: "a quarter-century ago" was a duration without "ago")
        "fraction_ago",
        re.compile(
            r"(?i:\ba\s+quarter(?:[\s-]+|\s+of\s+a\s+)century\s+ago\b|\ba\s+century\s+and\s+a\s+half\s+ago\b"
            r"|\b(?:three|3)[\s-]+quarters\s+of\s+a\s+century\s+ago\b)"
        ),
        _fraction_ago_spans,
    ),
    *duration_rules.RULES,
    Rule(
        "deictic",
        re.compile(
            r"(?i:\b(?P<word>today|yesterday|tomorrow|tonight|now|currently|then(?:\s+|-)current|current|nowadays|these\s+days|"
            r"at\s+present|presently|at\s+the\s+moment|recently|recent|lately|"
            # "its present level of virulence" (an audit of Guardian copy), as "current"; not "those present", "a
            # present for", "the present tense"
            r"present(?=\s+(?:levels?|situation|system|rates?|form|"
            r"state|crisis|government|administration|leadership|conditions?|circumstances|arrangements?|polic(?:y|ies)|"
            r"regime|management|members?|structure|law|rules|deal|contract|owners?|occupants?|trends?|pace|course)\b)|"
            r"the\s+other\s+day(?!\s+(?:of|is|was|will|shifts?|traders?|off|trips?|jobs?|passe?s?|care|centres?|centers?)\b)|"
            # "the past two winners", "the past four elections": a count of things, not the past
            r"the\s+past(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several)\b)|"
            # "the very near future", "the not-too-distant future" (an audit of PolNeAR)
            r"the\s+(?:(?:very\s+)?near|foreseeable|immediate|distant|not[\s-]+(?:too|so)[\s-]+distant)\s+future|"
            r"(?<=\bat\s)(?:the|that)\s+time(?!\s+(?:of|when|being)\b)(?!\s+that\b)|"

            r"(?<=\bat\s)a\s+later\s+date|the\s+future|the\s+(?:near|short|long)\s+term|in\s+future|"
            r"(?<=\bthe\s)future|(?<=\bin\s)future|(?:(?<!\bas\s)soon(?!\s+as\b)|shortly)"
            # "shortly after the crash", "soon before": a signal's modifier, no time of its own (TimeML)
            r"(?!\s+(?:after|before|afterwards?|thereafter|beforehand)\b))\b(?:\s+(?P<part>morning|afternoon|evening|night))?(?!-))"
        ),
        _deictic_spans,
    ),
    Rule(
        "part_of_day",
        re.compile(
            r"(?i:\b(?:(?P<rel>this|last|that|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s))the)\s+|(?P<mid>mid-?\s?))"
            # "in the early morning" (an audit)
            r"(?:(?<=\bthe\s)(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)\b(?!\s+of\b|-)(?:\s+(?P<day>yesterday|today|tomorrow)\b)?)"
        ),
        _part_of_day_spans,
    ),
    Rule(
        "weekday",
        re.compile(
            rf"\b(?:(?P<rel>(?i:last|next|this|coming|past|the\s+(?:previous|preceding|following)))\s+)?"
            rf"(?P<wd>{WEEKDAY})(?!\w)"
            r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
        ),
        _weekday_spans,
    ),
    Rule(
        "narrative_day",
        re.compile(
            r"(?i:\b(?:the\s+(?:following|next|previous|same)\s+day|the\s+day\s+(?:before|after)|that\s+day|"
            r"the\s+(?:next|following|previous|preceding)\s+(?:morning|afternoon|evening|night)|"
            # "a shoot-out the night before", "dizziness the night before the return flight" (an audit of BBC and
            # Guardian pages); "the night before last" is two nights back, not this rule's
            r"the\s+(?:morning|afternoon|evening|night)\s+before(?!\s+(?:last|the|a|an|this|that|his|her|its|their|our|my|"
            r"your|polling|election)\b|\s+[A-Z0-9]))\b)"
        ),
        _narrative_day_spans,
    ),
    Rule(
        # "it happened long ago", "a long time ago" (an audit of PolNeAR)
        "long_ago",
        re.compile(r"(?i:\b(?P<word>long\s+ago|a\s+long\s+time\s+ago)\b)(?P<part>)"),
        _deictic_spans,
    ),
    Rule(
        # "Sales rose 5% from the year before", "the month before, it had lost": the unit before the one in view
        "unit_before",
        re.compile(r"(?i:\bthe\s+(?P<unit>year|month|week)\s+(?:before|earlier)(?=\s*(?:[,.;:)]|$|and\b|but\b)))"),
        lambda match: iter([_shift_span(match.start(), match.end(), unit_letter(match["unit"])[0], -1, True)]),
    ),
    Rule("overnight", re.compile(r"(?i:\bovernight\b)(?!-)"), _overnight_spans),
    Rule(
        "year_end",
        re.compile(r"(?i:\b(?:the\s+end\s+of\s+the\s+year|year[\s-]end)\b)"),
        _year_end_spans,
    ),
)
