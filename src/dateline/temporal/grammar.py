"""Shared shapes of the rule grammar: candidate spans and the context they resolve in.

A rule's regex finds a span; the span carries a small builder that computes the TIMEX3 value once
the context (anchor, tense, last narrative date) is known. Building is deferred so that
overlapping candidates can be pruned first and narrative dates follow text order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from dateline.records import Anchor, TimexType
from dateline.temporal.clauses import SENTENCE_END, clause_bounds
from dateline.temporal.resolve import (
    Tense,
    begun_before,
    explicit_future,
    main_verb_is_past,
    month_year,
    nearest_in_tense,
    tense_near,
)
from dateline.temporal.timex import day_value, safe_date, valid_year

_IN_VIEW = 300  # characters a named day stays the day clock times fall on
# A year-less month's own phrase may name its year after a part of the day: "an April day in 1998".
_YEAR_OF_PHRASE = re.compile(r"\s+(?:day|morning|afternoon|evening|night|weekend)\s+(?:in|of)\s+(?P<year>[12]\d{3})\b")


@dataclass(frozen=True)
class Resolved:
    """A span's normalized meaning, before it becomes a TimeExpression."""

    type: TimexType
    value: str
    modifier: str | None = None
    anchor: Anchor = "absolute"
    fuzzy: bool = False


@dataclass
class Context:
    """What builders may consult: the text, the anchor and the last date mentioned so far."""

    text: str
    anchor: date | None
    last_day: date | None = None
    last_day_end: int | None = None  # where last_day was named, if named to the day
    # The value of the last date when it was a month or a year ("In June 2015"): last_day is then only its
    # first day, so a day counted from it ("the day before") is known only to that month or year.
    last_coarse: str | None = None
    # Where that month or year was named, unless it starts a span ("since 2005"): None when it is no time in view.
    last_coarse_end: int | None = None
    # Set when the day in view is such a day counted from a month or year: clock times then have no day.
    day_unknown: bool = False
    # The last date named with its year, to the day or month, and where it ends: a year-less date close to
    # it in the same sentence is in its year ("killed June 24, 2005 ... investigating a June 20 shooting").
    last_full: tuple[date, int] | None = None
    # The last year named alone ("Clinton's 1998 impeachment") and where it ends: a month later in the sentence,
    # told in the past, is of that year ("... was approved by the House in December" is 1998-12).
    last_year: tuple[int, int] | None = None
    # The day that opens a sentence ("Early Tuesday, the State Department disclosed ...") and where it ends: the
    # day that sentence is on, whatever later dates it names inside ("in a letter Friday").
    opening_day: tuple[date, int] | None = None
    # The last chronology entry's day ("April 29 - Obama pledges every resource."): the next entry is on or after it.
    last_entry: date | None = None
    # Where the last time counted from publication ended ("last week", "on Monday"): a later "the year" is no longer
    # the year a narrative named before it.
    last_now_end: int | None = None
    _tenses: dict[tuple[int, int], Tense | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense | None:
        """Tense of the clause around a span (cached: several builders may ask)."""
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = tense_near(self.text, start, end)
        return self._tenses[key]

    def month_year(self, month: int, day: int | None, start: int, end: int, tense: Tense | None) -> int:
        """The year of a year-less month or day at [start, end) read in ``tense`` (see resolve.month_year)."""
        assert self.anchor is not None
        by_tense = self._month_year(month, day, start, end, tense)
        if day is not None and self.last_entry is not None and is_entry(self.text, start, end):
            # "April 29 - Obama pledges every resource. April 30 - An Obama aide says no drilling will be allowed":
            # a chronology goes on from its last entry, whatever tense an entry reports (an audit found 2011-04-30).
            # Never later than both the anchor and the tense's reading: a list told newest first ("July 15 - ...
            # June 16 - ...") or a prose date after a dash is no chronology going on (a review found 2014-04-20).
            told = safe_date(by_tense, month, day) if valid_year(by_tense) else None
            for year in (self.last_entry.year, self.last_entry.year + 1):
                when = safe_date(year, month, day) if valid_year(year) else None
                if when is not None and when >= self.last_entry:
                    if when <= max(self.anchor, told or when):
                        return year
                    break
        return by_tense

    def _month_year(self, month: int, day: int | None, start: int, end: int, tense: Tense | None) -> int:
        assert self.anchor is not None
        if (same := self._year_of_sentence(month, day, start, tense)) is not None:
            return same
        if (named := _YEAR_OF_PHRASE.match(self.text, end)) is not None and valid_year(int(named["year"])):
            return int(named["year"])  # "on an April day in 1998" (a date audit found April of the year read)
        if begun_before(self.text, start):
            # "has moved aggressively since December", read in October, is last December (a date audit found the
            # coming one): what a time is "since" has begun, and so has a caption's "shown here in February".
            begun = safe_date(self.anchor.year, month, day or 1) or safe_date(self.anchor.year, month, 28)
            return self.anchor.year if begun is not None and begun <= self.anchor else self.anchor.year - 1
        # "will discuss the November attacks": a month premodifying a noun is not when the clause happens.
        premodifier = (
            _DETERMINER_BEFORE.search(self.text, max(0, start - 12), start) is not None
            or self.text.startswith(("'s ", "’s "), end)
        )
        scheduled_day = (
            premodifier and day is not None and _AHEAD_OF.search(self.text, max(0, start - 40), start) is not None
        )
        if (tense is None or scheduled_day) and _SCHEDULED_AFTER.match(self.text, end):
            # "the November election", "the November ballot": a vote is scheduled, so the nearest one ahead counts
            # as much as one behind ("even before the November election", read in May). The day of a vote looked
            # ahead to ("to influence the Nov. 8 U.S. presidential election", "the nominee for the Nov. 8
            # election", read in July) is so whatever the clause's tense: a user test found both dated the year
            # before. A vote the clause's past tense tells of stays past ("Trump won the March 15 Florida
            # primary", "since the June 23 Brexit vote", a review), and so does a month alone ("Voters in the
            # November election turned out", read in May).
            tense = "future"
        explicit = tense == "future" and not premodifier and explicit_future(self.text, start, end)
        # "In October, Mrs. Clinton proposed a no-fly zone", read in September: a date opening a sentence told in
        # the past is when its main verb happened, a past October (an audit of PolNeAR found the coming one).
        explicit = explicit or (tense == "past" and _opens_past_sentence(self.text, start, end))
        return month_year(self.anchor, month, day, tense, explicit)

    def year_in_view(self, start: int, end: int) -> int | None:
        """The year a past narrative named in this or the previous sentence, when it is not the anchor's: "Dodd
        graduated in 1972 and ran for a House seat. It was the year of Watergate." (an audit found 2009)."""
        if self.last_year is None or self.anchor is None or self.tense(start, end) != "past":
            return None
        year, year_end = self.last_year
        # (a year ahead is a target, "by 1992 it intended ... an earnings increase for the full year")
        if year >= self.anchor.year or not self.named_in_view(year_end, start):
            return None
        if self.last_now_end is not None and year_end < self.last_now_end <= start:
            return None  # "Smith joined in 2003. He said last week that the year had been hard": a time of now between
        if _NOT_NARRATIVE_YEAR_AFTER.match(self.text, end) or _AWARD_BEFORE.search(
            self.text, max(0, start - 30), start
        ):
            return None  # "the year ahead", "in the year since", "player of the year"
        first, last, _ = clause_bounds(self.text, start, end, 90, 60)
        if _FUTURE_IN_PAST.search(self.text, first, last):
            return None  # "He said the year would be hard", "It expected the year to be weak": a year ahead told then
        return year

    def named_in_view(self, named_end: int | None, start: int) -> bool:
        """Whether a date that ends at ``named_end`` was named before ``start`` in its sentence or the one before."""
        if named_end is None or named_end > start:
            return False
        return sum(1 for _ in SENTENCE_END.finditer(self.text, named_end, min(len(self.text), start + 1))) <= 1

    def year_of_sentence(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year a past sentence gave before a year-less day at [start, end) ("In 1999, the family spent
        Christmas in Aspen"), as for months (see ``month_year``); else None."""
        return self._year_of_sentence(month, day, start, self.tense(start, end))

    def _year_of_sentence(self, month: int, day: int | None, start: int, tense: Tense | None) -> int | None:
        """The year of a full date named earlier in the same sentence, when the year-less date falls within
        two months of it and the clause does not look ahead; else None."""
        if tense == "future" or self.anchor is None:
            return None
        if self.last_year is not None and (self.last_full is None or self.last_full[1] < self.last_year[1]):
            year, year_end = self.last_year
            # (the search sees one character past the date: a sentence end needs the capital after it)
            boundary = SENTENCE_END.search(self.text, year_end, min(len(self.text), start + 1))
            same_sentence = year_end <= start and not boundary
            # In one clause, or after an opening "In 2003," that sets the sentence's time; not in a clause of its own
            # ("The campaign ended in 2012, and in March he moved").
            between = self.text[year_end:start]
            one_clause = _CLAUSE_BREAK.search(between) is None and (
                "," not in between or _OPENING_YEAR.search(self.text, max(0, year_end - 16), year_end) is not None
            )
            return year if same_sentence and one_clause and year != self.anchor.year and tense == "past" else None
        if self.last_full is None:
            return None
        reference, reference_end = self.last_full
        if reference.year == self.anchor.year or reference_end > start:
            return None
        if SENTENCE_END.search(self.text, reference_end, min(len(self.text), start + 1)):
            return None
        candidates = [
            when for year in (reference.year - 1, reference.year, reference.year + 1)
            if valid_year(year) and (when := safe_date(year, month, min(day or 15, 28))) is not None
        ]
        nearest = min(candidates, key=lambda when: abs((when - reference).days), default=None)
        return nearest.year if nearest and abs((nearest - reference).days) <= SAME_SENTENCE_DAYS else None

    def nearest_in_tense(self, candidates: Sequence[date], start: int, end: int) -> date | None:
        """Of the candidate days a named day may be (Election Day in 2014, 2016, 2018), the one the tense
        of the clause around [start, end) points to (see resolve.nearest_in_tense)."""
        assert self.anchor is not None
        tense = self.tense(start, end)
        explicit = tense == "future" and explicit_future(self.text, start, end)
        return nearest_in_tense(self.anchor, candidates, tense, explicit)

    def day_in_view(self, start: int) -> tuple[date | None, Anchor]:
        """The day a clock time at ``start`` falls on and where it came from: a day named in this or the
        previous sentence ("On Aug. 7 the bombs went off at about 10:30 a.m." is 10:30 on Aug. 7), else
        the anchor."""
        if (
            self.last_day is not None
            and self.last_day_end is not None
            and 0 <= start - self.last_day_end <= _IN_VIEW
            and _at_most_one(SENTENCE_END.finditer(self.text, self.last_day_end, start))
        ):
            if self.opening_day is not None and self._opens_sentence_of(self.last_day_end, start):
                # "Early Tuesday, ... in a letter Friday to the FBI. Later in the day, ..." is Tuesday (a user test).
                return self.opening_day[0], "narrative"
            return (None if self.day_unknown else self.last_day), "narrative"
        return self.anchor, "publication"

    def _opens_sentence_of(self, named_end: int, start: int) -> bool:
        """Whether the opening day was named earlier in the sentence that named the last day, and that sentence
        ended before ``start`` (a clock time in the same sentence keeps the day named nearest it)."""
        assert self.opening_day is not None
        opening_end = self.opening_day[1]
        return (
            opening_end < named_end <= opening_end + _IN_VIEW  # one sentence; and no scan over a long text
            and SENTENCE_END.search(self.text, opening_end, named_end) is None
            and SENTENCE_END.search(self.text, named_end, start) is not None
        )

    def narrative_reference(self) -> tuple[date | None, Anchor]:
        """The date narrative expressions move from: the last date mentioned, else the anchor."""
        if self.last_day is not None:
            return self.last_day, "narrative"
        return self.anchor, "publication"


SAME_SENTENCE_DAYS = 62
Builder = Callable[[Context], Resolved | None]
# A vote a month premodifies ("the November election", "November's crunch election", "the March primaries").
_SCHEDULED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+|U\.S\.\s+|[A-Z][a-z]+\s+){0,2}(?:elections?|votes?|ballots?|balloting|polls|runoffs?|"
    r"referend(?:um|a)|"
    r"primar(?:y|ies)|caucus(?:es)?|midterms?)\b",
    re.IGNORECASE,
)
# What looks ahead to a vote: an infinitive ("to influence the"), "for", "ahead of", "before", "until", "toward".
_AHEAD_OF = re.compile(
    r"\b(?:to\s+[a-z]+|for|ahead\s+of|before|until|till|towards?|in\s+advance\s+of|up\s+to)\s+(?:the|this|next)\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|although|though|yet)\b|\b(?:and|but)\s+(?:then\s+)?(?:in|on)\b"
)
_OPENING_YEAR = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|By|During)\s+\d{4}$")
_NOT_NARRATIVE_YEAR_AFTER = re.compile(r"\s+(?:ahead|to\s+come|since|to\s+date|so\s+far)\b", re.IGNORECASE)
_AWARD_BEFORE = re.compile(
    r"\b(?:player|person|man|woman|coach|rookie|manager|album|song|record|book|car|word|team|athlete|teacher)s?\s+of\s+$",
    re.IGNORECASE,
)
_FUTURE_IN_PAST = re.compile(
    r"\b(?:would|could|might|should|expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|project(?:s|ed)|hop(?:e|es|ed)|"
    r"plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|target(?:s|ed)?)\b",
    re.IGNORECASE,
)
# A chronology's entry: a date opening a line (or a sentence) and set off by a dash or a colon ("April 30 - ...",
# "Sept. 7: ...").
_ENTRY_BEFORE = re.compile(r"(?:^|\n|[.!?]\s+|\*\s+)[ \t]*$")
_ENTRY_AFTER = re.compile(r"(?:,\s+\d{4})?\s*(?:[-–—]{1,2}|:)\s")


def is_entry(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) opens a chronology's entry."""
    return bool(_ENTRY_BEFORE.search(text, max(0, start - 6), start) and _ENTRY_AFTER.match(text, end))


# A sentence's opening date phrase: "In October,", "On Oct. 2,", "Early in November,", "Back in March,".
_OPENING_PHRASE_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:Back|Then|And|But|Later|Earlier|Early|Late)\s+)?(?:in|on|In|On)\s+"
    r"(?:(?:early|late|mid)[\s-]+)?$"
)
_COMMA_AFTER = re.compile(r"(?:,\s+\d{4})?,")


def _opens_past_sentence(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) opens its sentence in a phrase set off by a comma ("In October, ...")."""
    if not _OPENING_PHRASE_BEFORE.search(text, max(0, start - 40), start):
        return False
    comma = _COMMA_AFTER.match(text, end)
    if comma is None:
        return False
    stop = SENTENCE_END.search(text, comma.end(), min(len(text), comma.end() + 300))
    return main_verb_is_past(text[comma.end() : stop.start() if stop else min(len(text), comma.end() + 300)])


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|last|next)\s+$", re.IGNORECASE)


def _at_most_one(matches: Iterable[re.Match[str]]) -> bool:
    """Whether an iterator yields at most one item (stops reading after the second)."""
    iterator = iter(matches)
    return next(iterator, None) is None or next(iterator, None) is None


def on_day_in_view(start: int, timex_type: TimexType, suffix: str = "") -> Builder:
    """A builder for something on the day in view at ``start`` (a clock time, "later in the day")."""

    def build(context: Context) -> Resolved | None:
        day, anchor = context.day_in_view(start)
        if day is None:
            return Resolved(timex_type, f"XXXX-XX-XX{suffix}", anchor="unanchored")
        return Resolved(timex_type, f"{day_value(day)}{suffix}", anchor=anchor)

    return build


@dataclass(frozen=True)
class Span:
    """A candidate expression at text[start:end] with its deferred builder."""

    start: int
    end: int
    build: Builder
    priority: int = 0


Handler = Callable[[re.Match[str]], Iterable[Span]]


@dataclass(frozen=True)
class Rule:
    """One family of expressions: a compiled pattern and the handler turning matches into spans."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler


def fixed(resolved: Resolved) -> Builder:
    """A builder that ignores the context (absolute dates, durations)."""
    return lambda _context: resolved


def group_span(match: re.Match[str], build: Builder, group: int | str = 0, priority: int = 0) -> Span:
    """A span over one group of a match."""
    return Span(match.start(group), match.end(group), build, priority)
