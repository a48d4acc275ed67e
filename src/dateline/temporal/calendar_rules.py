"""Rules for calendar expressions: dates, months, years, decades, seasons, quarters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from dateline.temporal.grammar import Builder, Context, Resolved, Rule, Span, fixed, group_span
from dateline.temporal.lexicon import (
    DAY_NUMBER,
    MONTH_DATED,
    NUMBER,
    SEASONS,
    WEEKDAY_DATED,
    YEAR4,
    ZONE,
    month_number,
    number_value,
    word_set,
)
from dateline.temporal.resolve import previous_quarter, shifted_value
from dateline.temporal.timex import day_value, month_end, month_value, quarter_of, safe_date, valid_year, week_value

_ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


# "Sept. 11" before these words is the day of the 2001 attacks ("the Sept. 11 terrorist attacks", "September 11
# victims", "the Sept. 11 commission"), not this year's or last year's September 11.
# Not the singular "attack" (Benghazi, 2012, was "the September 11 attack"), nor a date with a comma after it
# ("On Sept. 11, attacks on the embassy ...") unless ", 2001" follows, nor "on/by/until Sept. 11" (see below).
_ATTACKS_AFTER = re.compile(
    r"(?:,\s+2001,?)?\s+(?:terror\w*\s+)?(?:attacks|hijack\w*|commission|memorial|victims|families|"
    r"survivors|responders|plotters|era)\b",
    re.IGNORECASE,
)
_DATE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|until|till|through|from|to)\s+$", re.IGNORECASE)


def _month_day(month: int, day: int, year: int | None, start: int, end: int, priority: int = 2) -> Span:
    """A span for "July 18" / "July 18, 2025" with the year resolved by tense when missing."""

    def build(context: Context) -> Resolved | None:
        if year is not None:
            when = safe_date(year, month, day)
            return Resolved("DATE", day_value(when)) if when else None
        if safe_date(2000, month, day) is None:  # February 30 and the like
            return None
        if (month, day) == (9, 11) and _ATTACKS_AFTER.match(context.text, end) and not (
            _DATE_PREPOSITION_BEFORE.search(context.text, max(0, start - 10), start)
        ):
            return Resolved("DATE", "2001-09-11")  # "the Sept. 11 attacks" name one day, whenever written
        if context.anchor is None:
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", anchor="unanchored")
        found = context.month_year(month, day, start, end, context.tense(start, end))
        when = safe_date(found, month, day)
        if when is None:  # February 29 in a common year
            return None
        return Resolved("DATE", day_value(when), anchor="publication")

    return Span(start, end, build, priority)


def _parse_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year if valid_year(year) else None


def _month_day_spans(match: re.Match[str]) -> Iterator[Span]:
    month = month_number(match["mon"])
    year = _parse_year(match["year"])
    day = int(re.sub(r"\D", "", match["day"]))
    first_end = match.end("day") if match["day2"] else match.end()
    yield _month_day(month, day, year, match.start(), first_end)
    if match["day2"]:
        second = int(re.sub(r"\D", "", match["day2"]))
        yield _month_day(month, second, year, match.start("day2"), match.end())


# Days written as ordinal words, only before "of" a month: "the first of May", "the twenty-first of June".
_DAY_WORD_LIST = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
)
_DAY_WORD_VALUES = {word: number for number, word in enumerate(_DAY_WORD_LIST, start=1)}
_DAY_WORD_VALUES.update({f"twenty-{w}": 20 + n for w, n in list(_DAY_WORD_VALUES.items())[:9]})
_DAY_WORD_VALUES.update({"thirtieth": 30, "thirty-first": 31})
_DAY_WORDS = "|".join(sorted(_DAY_WORD_VALUES, key=len, reverse=True))


def _day_month_spans(match: re.Match[str]) -> Iterator[Span]:
    month = month_number(match["mon"])
    day = _DAY_WORD_VALUES[match["dayword"].lower()] if match["dayword"] else int(re.sub(r"\D", "", match["day"]))
    start = match.start()
    premodifies = _NOUN_AFTER.match(match.string, match.end()) is not None
    if match.group().startswith("the ") and " of " not in match.group() and premodifies:
        start = match.start() + 3 + len(match.group()[3:]) - len(match.group()[3:].lstrip())  # "the" is the noun's
    yield _month_day(month, day, _parse_year(match["year"]), start, match.end())


# A lowercase word after a date that is no function word: a noun the date premodifies ("the 20 April explosion").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|through|until|till|in|on|at|of|by|for|from|with|when|as|after|before|the|a|an|is|was|"
    r"were|are|will|would|had|has|have|said|says|that|this|last|next|until|he|she|it|they|we|onwards?|because|so|"
    r"if|though|although|unless|where|which|who|while|once)\b)[a-z]"
)


def _month_year_spans(match: re.Match[str]) -> Iterator[Span]:
    year = _parse_year(match["year"])
    if year is not None:
        yield Span(
            match.start(), match.end(), fixed(Resolved("DATE", month_value(year, month_number(match["mon"])))), 1
        )


# A future in the past after "this December": "said this December would be its busiest" is the one ahead.
_FUTURE_AFTER = re.compile(
    r"(?i:[^.;!?]{0,60}?\b(?:would|will|could|might|shall|going\s+to|is\s+expected\s+to|is\s+due\s+to)\b|"
    r"[^.;!?]{0,60}?\w['’]ll\b)"
)


# How much nearer the coming month or season may be than the one past for a past "this" to still mean the past one.
_THIS_TIE_DAYS = 60


def _past_season_nearer(anchor: date, season: str) -> bool:
    """Whether the last season of that name ended about as near the anchor as the next one begins, or nearer."""
    begun = _season_year(anchor, season, "past")
    first = _SEASON_START[season]
    last_end = month_end(begun + (1 if season == "WI" else 0), (first + 2 - 1) % 12 + 1)
    upcoming = safe_date(_season_year(anchor, season, "next"), first, 1)
    if last_end is None or upcoming is None:
        return True
    return (anchor - last_end).days <= (upcoming - anchor).days + _THIS_TIE_DAYS


def _month_span(name: str, relation: str | None, start: int, end: int) -> Span:
    """A span for a bare month ("July", "last July"), its year resolved by tense or relation."""
    month = month_number(name)

    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved("DATE", f"XXXX-{month:02d}", anchor="unanchored")
        tense = {"last": "past", "next": "future"}.get(relation or "") or context.tense(start, end)
        year = context.month_year(month, None, start, end, tense)  # type: ignore[arg-type]
        if relation == "this":
            year = context.anchor.year
            ahead = safe_date(year, month, 1)
            behind_end = month_end(year - 1, month)
            if (
                month > context.anchor.month and tense == "past" and not _FUTURE_AFTER.match(context.text, end)
                and ahead is not None and behind_end is not None
                and (context.anchor - behind_end).days <= (ahead - context.anchor).days + _THIS_TIE_DAYS
            ):
                # "This December, the company cut 500 jobs", read in February: the one past (an audit); not "at this
                # summer's convention", read in May, the nearer one ahead (another audit)
                year -= 1
        elif relation == "next":
            # "next January" is the first January after the anchor's month, never the current one.
            year = context.anchor.year + 1 if month <= context.anchor.month else context.anchor.year
        elif relation == "last":
            # "last February" names the previous year's month (TimeML reading), never the current one.
            year = context.anchor.year - 1 if month >= context.anchor.month else year
        if not valid_year(year):
            return None
        return Resolved("DATE", month_value(year, month), anchor="publication")

    return Span(start, end, build, 0)


def _numeric_date_spans(match: re.Match[str]) -> Iterator[Span]:
    """ISO "2025-07-18" or US "7/18/2025" ("7/18/25": 50-99 are 19xx, 00-49 20xx); a first number over 12
    can only be the day ("27/09/2013")."""
    year_text = match["y"] or match["y2"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year >= 50 else 2000
    month, day = int(match["m"] or match["m2"]), int(match["d"] or match["d2"])
    if match["m2"] and month > 12 >= day:
        month, day = day, month
    when = safe_date(year, month, day)
    if when is not None:
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", day_value(when))), 2)


# A four-digit number after these words is a label, not a year: "U.S. Code 18, Section 1001", "Resolution
# 1973", "Flight 1549", "Room 1204", "Form 1040".
_LABEL_BEFORE = re.compile(
    r"\b(?:section|sec\.|no\.|number|code|rule|article|chapter|title|room|suite|flight|route|highway|interstate|"
    r"form|model|item|case|resolution|bill|exhibit|page|pages|pp?\.|unit|lot|box|line|channel|gate|platform|"
    r"apartment|apt\.|building|floor|precinct|district|station|ward|seat|tab|table|figure|fig\.)\s*$|[§#]\s*$",
    re.IGNORECASE,
)


def _year_spans(match: re.Match[str]) -> Iterator[Span]:
    year = int(match["year"])
    if _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return
    if _ON_DAY.match(match.string, match.end()) and not _YEAR_WORD_BEFORE.search(
        match.string, max(0, match.start() - 9), match.start()
    ):
        return  # a clock time or a quantity ("was 1040 on 25 June", "rose to 1500 on Sunday"); "for 2010 on ..."
    if _COUNT_NOUN_AFTER.match(match.string, match.end()) and not _TIME_WORD_BEFORE.search(
        match.string, max(0, match.start() - 9), match.start()
    ):
        return  # "hired 2000 extra staff": a count; not "In 2009 more than 1,000 died", "Since 2008 police"
    if _is_count(match):
        return  # "over 1000 in the UK", "There were 1000 cases": how many, not when
    if (
        _STREET_AFTER.match(match.string, match.end())
        and not _TIME_WORD_BEFORE.search(match.string, max(0, match.start() - 9), match.start())
        and not _DETERMINER_BEFORE_NUMBER.search(match.string, max(0, match.start() - 12), match.start())
    ):
        return  # an address: "of 1119 Eighth St.", "1600 Pennsylvania Avenue" (a user test of web pages)
    if _POINTS_AFTER.match(match.string, match.end()) and not _DETERMINER_BEFORE_NUMBER.search(
        match.string, max(0, match.start() - 12), match.start()
    ):
        return  # "scored 1999 points", "rose 2000 points"; not "the 2023 points table" (a review)
    if (
        _SCORE_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
        and not _LEVELS_AFTER.match(match.string, match.end())
    ) or (
        year < _COUNT_BELOW and _MEASURE_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    ):
        return  # a score: "earned a total score of 2072", "scores increased from 1061 to 1128" (a user test)
    if _MODEL_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        # A product's model number after its line's capitals ("a GTX 1660 chip", "the RTX 2060"; a web-page audit):
        # a year long past, or one far ahead of the anchor, is no year there.
        if year < _COUNT_BELOW or not valid_year(year):
            return
        yield Span(match.start(), match.end(), _unless_far_ahead(year), 0)
        return
    if valid_year(year):
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", f"{year:04d}")), 0)


# Capitals before a number: a product line ("GTX", "RTX", "iPhone" is no capitals); not an era or a fiscal year.
# (Three letters at least: "the EU 2050 target", "the UK 2050 goal" are years; a review.)
_MODEL_BEFORE = re.compile(r"(?<![\w-])(?!BCE\s)[A-Z]{3,5}\s$")
MODEL_YEARS_AHEAD = 20


def _unless_far_ahead(year: int) -> Builder:
    """A year after a product line's capitals, dropped when it lies more than MODEL_YEARS_AHEAD after the anchor."""

    def build(context: Context) -> Resolved | None:
        if context.anchor is not None and year > context.anchor.year + MODEL_YEARS_AHEAD:
            return None
        return Resolved("DATE", f"{year:04d}")

    return build


# Words before a number that make it an amount: "over 1000", "some 1500", "There were 1000 in the UK", "a further
# 1000 staff" ("about" and "around" also date a year: "around 1990"; "than" compares years too: "below 2000 levels").
_AMOUNT_BEFORE = re.compile(
    r"\b(?i:over|nearly|almost|some|least|estimated|another|further|up\s+to|exceeded|topped|surpassed|reached|"
    r"hit|passed|totall?ed|were|are)\s+$"
)
# Words before a number that make it a year modifying the noun after it: "the 2008 elections", "its 2009 sales";
# before a number long past only a year's own prepositions do ("In 1500 the city", but "the 1700 residents").
_MODIFIER_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?i:the|a|an|this|that|these|those|its|his|her|their|our|my|your|whose|in|since|of|by|"
    r"until|from|for|during|between|through|after|before|and|or|to|year)\s+)$"
)
_PAST_YEAR_BEFORE = re.compile(
    r"(?:^|[^\w\s,]\s*|\b(?i:in|since|by|until|from|during|between|through|after|before|circa|year)\s+)$"
)
_COUNT_BELOW = 1800  # earlier years are named with "in", "since", "circa"
# A plural noun right after a number: what it counts ("1000 cases"), unless the number modifies it as a year.
# (After a comma it counts too: "we already have, 1000 cases worldwide" was the year 1000, a user test.)
_PLURAL_AFTER = re.compile(
    r"\s+(?![a-z]*(?:ss|us|is|wards)\b)(?!(?:was|has|does|goes|as|its|his|this|thus|plus|yes)\b)[a-z]{2,}s\b"
)


def _is_count(match: re.Match[str]) -> bool:
    """Whether a round four-digit number, or one long past, reads as an amount rather than a year: a word of amount
    before it, or, before 1800, a plural noun after it with no year's preposition before it ("1000 cases", "the 1700
    residents", but "In 1500 the city"). Other numbers stay years ("worse than 2004", "said 2009 results", "the
    disputed 2000 elections")."""
    year = int(match["year"])
    if year % 100 and year >= _COUNT_BELOW:
        return False  # "worse than 2004", "said 2009 results": a year
    before = match.string[max(0, match.start() - 16) : match.start()]
    if _AMOUNT_BEFORE.search(before):
        return True
    if year >= _COUNT_BELOW:
        return False  # 1900, 2000: years often enough before a plural ("Since about 2000 prices have risen")
    return bool(_PLURAL_AFTER.match(match.string, match.end())) and not _PAST_YEAR_BEFORE.search(before)


def _year_span_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "1994-96", "the 2008-09 season", "1999-00": two years, the second written with two digits (one
    expression per year, as for other ranges). A second part not after the first ("2008-05") is left alone."""
    first, short = int(match["y1"]), int(match["y2"])
    if short > first % 100:
        second = first - first % 100 + short
    elif first % 100 == 99 and short == 0:
        second = first + 1
    else:
        return
    if valid_year(first) and valid_year(second):
        yield Span(match.start("y1"), match.end("y1"), fixed(Resolved("DATE", f"{first:04d}")), 2)
        yield Span(match.start("y2"), match.end("y2"), fixed(Resolved("DATE", f"{second:04d}")), 2)


def _clipped_year(short: int, context: Context) -> Resolved | None:
    """ "'16" read in 2016 is 2016, "'98" is 1998 (within _CLIPPED_AHEAD years after the anchor's year it is of the
    anchor's century); without an anchor its century is unknown, and it names no year (publication-date inference
    must not read "the '24 race" as 1924, a review)."""
    if context.anchor is None:
        return None
    now = context.anchor.year
    century = now - now % 100
    year = century + short if century + short <= now + _CLIPPED_AHEAD else century - 100 + short
    return Resolved("DATE", f"{year:04d}", anchor="publication") if valid_year(year) else None


# The quote that would close a quotation a clipped year's mark opened ("the ‘99 problems’ line", "'99 Problems'"):
# not one between letters ("didn’t", "Obama’s", "isn't").
_CLOSING_QUOTE = {
    "‘": re.compile(r"’(?![A-Za-z])"),
    "'": re.compile(r"'(?![A-Za-z])"),
    "’": re.compile(r"(?!)"),  # a right quote is an apostrophe: nothing closes it
}


# A clipped year continues a list begun with a full year: "in 1983, '86, '87 and '88".
_LIST_BEFORE = re.compile(
    r"\b(?P<year>1[0-9]{3}|20[0-9]{2})(?:\s*(?:,|and|or|&)\s*['’‘][0-9]{2})*\s*(?:,|and|or|&)\s*$"
)


# A clipped year on its own needs a word that makes it a year: "in '16", "the '08 campaign", "since ‘12" (web text
# writes the apostrophe as a left quote too); not a quotation's opening ("the ‘99 problems’ line").
_CLIPPED_BEFORE = re.compile(r"(?i:\b(?:in|of|since|from|until|by|before|after|during|through|the|class)\s+)$")
_CLIPPED_AFTER = re.compile(
    r"\s+(?i:race|campaign|campaigns|primary|primaries|election|elections|cycle|contest|convention|conventions|"
    r"midterms?|presidential|nomination|nominee|run|bid|season|vintage|model|ticket)\b"
)
# A clipped year no more than this many years after the anchor's is of this century; later, of the last.
_CLIPPED_AHEAD = 10


def _clipped_year_spans(match: re.Match[str]) -> Iterator[Span]:
    listed = _LIST_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    if listed is None:
        before = _CLIPPED_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
        closing = _CLOSING_QUOTE[match.group()[0]].search(match.string, match.end(), match.end() + 40)
        if (before or _CLIPPED_AFTER.match(match.string, match.end())) and closing is None:
            short = int(match["yy"])

            def build(context: Context) -> Resolved | None:
                return _clipped_year(short, context)

            yield Span(match.start(), match.end(), build, 1)
        return
    full, short = int(listed["year"]), int(match["yy"])
    year = full - full % 100 + short + (100 if short < full % 100 else 0)
    if valid_year(year):
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", f"{year:04d}")), 1)


# Words of weather or of ages around "the 80s": temperatures ("highs in the 80s"), not a decade.
_TEMPERATURE_WORDS = re.compile(
    r"(?i:\b(?:degrees?|temperatures?|highs?|lows?|heat|weather|forecast|fahrenheit|celsius|mph|humid\w*)\b|°)"
)


def _plain_decade_spans(match: re.Match[str]) -> Iterator[Span]:
    if _TEMPERATURE_WORDS.search(match.string, *_sentence_around(match, 120)):
        return
    yield Span(match.start(), match.end(), _clipped_decade(int(match["digit"])), 1)


def _clipped_decade(digit: int) -> Builder:
    """The decade a century-less "'80s" or "the 80s" names: the latest one not after the anchor's year (the 1900s
    without an anchor)."""

    def build(context: Context) -> Resolved | None:
        century = context.anchor.year // 100 if context.anchor else 19
        if context.anchor and digit * 10 > context.anchor.year % 100:
            century -= 1
        return Resolved("DATE", f"{century:02d}{digit}", anchor="publication") if century >= 0 else None

    return build


_DECADE_BEFORE = re.compile(r"\b(?P<century>1\d|20)\d0['’]?s\s*(?:,|and|or|to|through|into|-|–)\s*$")


def _elided_decade_spans(match: re.Match[str]) -> Iterator[Span]:
    before = _DECADE_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    if before is not None:
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", f"{before['century']}{match['digit']}")), 1)


def _decade_spans(match: re.Match[str]) -> Iterator[Span]:
    # "the 1970s-era catcher": the article is the noun's, the decade part of an adjective (a PolNeAR audit)
    after = match.string[match.end() : match.end() + 2]
    compound = after[:1] == "-" and after[1:].isalpha()
    first = (match.start("short") - 1 if match["short"] else match.start("decade")) if compound else match.start()
    if match["short"]:
        yield Span(first, match.end(), _clipped_decade(int(match["short"])), 1)
        return
    decade = match["decade"]
    if decade.endswith("0") and decade < "200":
        # "the 1800s", "the early 1900s" are centuries as people use them; "the 2000s" is a decade.
        yield Span(first, match.end(), fixed(Resolved("DATE", decade[:2])), 1)
        return
    yield Span(first, match.end(), fixed(Resolved("DATE", decade)), 1)


def _century_spans(match: re.Match[str]) -> Iterator[Span]:
    number = int(match["num"])
    # "the 20th-century activist": the article is the noun's, the hyphenated century an adjective
    start = match.start("num") if "-" in match.group() else match.start()
    if 1 <= number <= 99:
        yield Span(start, match.end(), fixed(Resolved("DATE", f"{number - 1:02d}")), 1)


def _season_spans(match: re.Match[str]) -> Iterator[Span]:
    season = SEASONS[match["season"].lower()]
    relation = (match["rel"] or "").lower().split()[-1] if match["rel"] else None
    explicit = _parse_year(match["year"])
    start, end = match.start(), match.end()

    def build(context: Context) -> Resolved | None:
        if explicit is not None:
            return Resolved("DATE", f"{explicit:04d}-{season}")
        if context.anchor is None:
            return Resolved("DATE", f"XXXX-{season}", anchor="unanchored")
        told = relation
        if (
            relation == "this" and context.tense(start, end) == "past" and not _FUTURE_AFTER.match(context.text, end)
            and _past_season_nearer(context.anchor, season)
        ):
            told = "past"  # "This summer, the center reported ...", read in January: the summer past (an audit)
        if relation in (None, "the", "in"):
            # "The spill ravaged the coast over the summer", read in January: the summer before (an audit of
            # Reuters copy), as a year-less month follows its clause's tense
            told = "past" if context.tense(start, end) == "past" else relation
        year = _season_year(context.anchor, season, told)
        if not valid_year(year):
            return None
        return Resolved("DATE", f"{year:04d}-{season}", anchor="publication")

    yield Span(start, end, build, 1)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_FRACTION = re.compile(r"(?i:half|quarter|[./])")
_SEASON_PLURALS = {"springs": "SP", "summers": "SU", "autumns": "FA", "falls": "FA", "winters": "WI"}


def _seasons_ago_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "Two summers back", "three winters ago": the season that many before the last one begun ("one summer ago"
    is last summer)."""
    count = number_value(match["num"])
    season = _SEASON_PLURALS.get(match["season"].lower()) or SEASONS.get(match["season"].lower())
    if count is None or season is None or not 1 <= count <= 100 or _FRACTION.search(match["num"]):
        return  # not "two and a half summers ago", "1.5 winters" (no season of its own)

    def build(context: Context) -> Resolved | None:
        if context.anchor is None:
            return Resolved("DATE", "PAST_REF", anchor="unanchored", fuzzy=True)
        year = _season_year(context.anchor, season, "last") - (count - 1)
        return Resolved("DATE", f"{year:04d}-{season}", anchor="publication") if valid_year(year) else None

    yield Span(match.start(), match.end(), build, 2)


def _season_year(anchor: date, season: str, relation: str | None) -> int:
    """Year of "this/last/next/past summer": "past" and "last" name the latest season already begun
    ("last" skipping the one in progress), "next" the first one not yet begun."""
    first = _SEASON_START[season]
    begun = anchor.year if anchor.month >= first else anchor.year - 1
    in_progress = (begun == anchor.year and anchor.month - first < 3) or (season == "WI" and anchor.month <= 2)
    if relation in ("last", "past"):
        return begun - 1 if relation == "last" and in_progress else begun
    if relation in ("next", "coming"):
        return begun + 1
    return anchor.year


# Words of a game around a quarter or half: a period of play, not of the calendar.
_GAME_WORDS = re.compile(
    r"(?i:\b(?:touchdowns?|field\s+goals?|\d+-yard|yards|scored|scoring|halftime|half-time|overtime|quarterback|"
    r"interceptions?|fumbled?|rebounds|free\s+throws?|three-pointers?|innings?|goalkeeper|penalty\s+kick|buzzer|"
    r"tipoff|tip-off|kickoff|kick-off)\b)"
)


def _in_a_game(match: re.Match[str]) -> bool:
    """Whether the words of a game are in the sentence around a quarter or half ("scored ... in the second quarter",
    "led at halftime")."""
    return _GAME_WORDS.search(match.string, *_sentence_around(match, 200)) is not None


def _sentence_around(match: re.Match[str], reach: int) -> tuple[int, int]:
    """The bounds of the sentence holding a match, at most ``reach`` characters on either side of it."""
    text = match.string
    start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - reach, 0)
    end = text.find(". ", match.end())
    return start, min(end if end >= 0 else len(text), match.end() + reach)


def _quarter_spans(match: re.Match[str]) -> Iterator[Span]:
    words = match[0].lower()
    unit = match["unit"].lower()
    qualified = re.search(r"current|latest|year|previous|prior|comparable|recent|ended", words)
    if unit == "half" and not match["ord"]:
        return  # "half" alone is a fraction
    if unit == "period" and not (qualified or match["year2"]):
        return
    if not (match["ord"] or match["det"] or qualified):
        return
    if not (match["year"] or match["year2"]) and _in_a_game(match):
        return  # "a 2-yard touchdown in the second quarter": a period of play (an audit of wire copy)
    ordinal = _ORDINAL_QUARTER.get((match["ord"] or "").lower())
    explicit = _parse_year(match["year"] or match["year2"])
    half = unit == "half"
    year_shift = -1 if re.search(r"year[\s-](?:earlier|ago)|previous|prior|comparable|last\s+year", words) else 0
    if re.search(r"next\s+year", words):
        year_shift = 1
    start, end = match.start(), match.end()
    determiner = (match["det"] or "").lower()
    if determiner in ("its", "that") or (determiner and re.search(r"-(?:quarter|half)", words)):
        # "its fourth quarter", "the third-quarter (profit)": the determiner stays outside the extent.
        start = match.end("det")
        while match.string[start].isspace():
            start += 1

    def build(context: Context) -> Resolved | None:
        letter = "H" if half else "Q"
        if explicit is not None and ordinal:
            return Resolved("DATE", f"{explicit:04d}-{letter}{ordinal}")
        if explicit is not None and not half and context.anchor is not None:
            # "the 1988 quarter": the reporting quarter (the last one completed) of that year.
            latest = previous_quarter(context.anchor)
            return Resolved("DATE", f"{explicit:04d}{latest[4:]}", anchor="publication") if latest else None
        if context.anchor is None:
            return Resolved("DATE", f"XXXX-{letter}{ordinal or 'X'}", anchor="unanchored")
        anchor = context.anchor
        if ordinal is None or ordinal < 0:
            if half:
                return Resolved("DATE", f"{anchor.year:04d}-H{1 if anchor.month <= 6 else 2}", anchor="publication")
            value = _unnumbered_quarter(words, context)
            return Resolved("DATE", value, anchor="publication") if value else None
        year = anchor.year + year_shift
        current = quarter_of(anchor.month) if not half else (1 if anchor.month <= 6 else 2)
        if year_shift == 0 and "this year" not in words and ordinal > current:
            # "the fourth quarter" in spring is last year's, even after "will": "will report fourth-quarter results"
            # in February is of the quarter just ended (a review undid a rule for "will ... the fourth quarter")
            year -= 1
        return Resolved("DATE", f"{year:04d}-{letter}{ordinal}", anchor="publication") if valid_year(year) else None

    yield Span(start, end, build, 2)


def _unnumbered_quarter(words: str, context: Context) -> str | None:
    anchor = context.anchor
    assert anchor is not None
    if "current" in words or "this" in words:
        return shifted_value(anchor, "Q", 0)
    if "next" in words or "coming" in words:
        return shifted_value(anchor, "Q", 1)
    latest = previous_quarter(anchor)
    if latest and re.search(r"year[\s-](?:earlier|ago)|(?:previous|last)\s+year|comparable|prior[\s-]year", words):
        return f"{int(latest[:4]) - 1:04d}{latest[4:]}"
    return latest


# "was 1040 on 25 June", "repeated 1700, Sunday 14 June": a clock time (BBC style), not a year, before its day.
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ON_DAY = re.compile(
    rf"\s+on\s+(?:\d{{1,2}}\s+{_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTHS}\s+\d)"
    rf"|\s*,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{{1,2}}\s+{_MONTHS}"  # "repeated 1700, Sunday 14 June"
)
# Words before a number that make it a year even before the day something happened on: "for 2010 on Tuesday".
_YEAR_WORD_BEFORE = re.compile(r"\b(?i:in|since|of|by|until|from|for|during|between|through)\s+$")
_TIME_WORD_BEFORE = re.compile(r"\b(?i:in|since|by|until|till|during|through|before|after)\s+$")
# A street's name after a number makes it a house number; a word of scoring before it in the clause, a score.
_STREET_AFTER = re.compile(
    r"\s+(?:(?:[NSEW]\.|North|South|East|West)\s+)?(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+\.?)\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|"
    r"Highway|Terrace|Circle)\b"
)
# A house number takes no determiner: "the 2010 Supreme Court ruling", "a 2015 High Court case" are years.
_DETERMINER_BEFORE_NUMBER = re.compile(r"(?i:\b(?:the|a|an|this|that|its|their|his|her)\s+)$|['’]s\s+$")
# ("Scores of 2020 graduates" are many; a review.)
_SCORE_BEFORE = re.compile(r"(?i:\b(?:(?:score|rating)\s+of|(?:scores?|ratings?)\s+(?:was|is|at|reached|hit))\s+)$")
_LEVELS_AFTER = re.compile(r"(?i:\s+levels?\b)")  # "the ratings hit 1998 levels": a year's level
_POINTS_AFTER = re.compile(r"(?i:\s+points\b)")
_MEASURE_BEFORE = re.compile(r"(?i:\b(?:scores?|scored|ratings?|benchmark|fps)\b)[^.;:!?\n]{0,40}$")
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:extra|more|additional|fewer|staff|workers|employees|jobs|residents|shoppers|protesters|officers|police|"
    r"children|students)\b"
)
_YEAR_CONTEXT_BLOCK = rf"(?!\s*%|\s*(?:percent|per\s*cent|km|kilomet|miles|meters|metres|feet|ft|tons|people|troops|soldiers|dollars|euros|barrels|votes|times|hours|minutes|seconds|days|weeks|months|years|p\.?m\.?|a\.?m\.?|{ZONE}|local\s+time|hrs|hours)\b)"  # noqa: E501

_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _week_of_month_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "the last week of October", "the first week of March 2016": the ISO week holding most of those days."""
    month, nth = month_number(match["mon"]), _WEEK_ORDINALS[match["ord"].lower()]
    year = int(match["year"]) if match["year"] else None
    start, end = match.start(), match.end()

    def build(context: Context) -> Resolved | None:
        if year is None and context.anchor is None:
            return Resolved("DATE", "XXXX-WXX", anchor="unanchored")
        found = year if year is not None else context.month_year(month, None, start, end, context.tense(start, end))
        first = safe_date(found, month, 1)
        if first is None:
            return None
        if nth > 0:
            middle = first + timedelta(days=7 * (nth - 1) + 3)
        else:
            last = month_end(found, month)
            if last is None:
                return None
            middle = last - timedelta(days=3)
        return Resolved("DATE", week_value(middle), anchor="absolute" if year is not None else "publication")

    yield Span(start, end, build, 3)


# "9-11" names the attacks only after such a word ("in the wake of 9-11", "since 9-11", "post-9-11"); elsewhere it
# may be a score or a range ("lost 9-11").
_NINE_ELEVEN_HYPHEN_BEFORE = re.compile(r"(?i:\b(?:of|since|after|before|post|pre|the|on|until)[\s-])$")


# ... but not "ages of 9-11", "a score of 9-11" (a review).
_NUMBERS_OF = re.compile(r"(?i:\b(?:ages?|aged|scores?|pages?|ranges?|ratios?|votes?|children|kids|grades?)\s+of\s)$")


def _nine_eleven_spans(match: re.Match[str]) -> Iterator[Span]:
    text = match.string
    before = text[max(0, match.start() - 20) : match.start()]
    if "-" in match[0] and (not _NINE_ELEVEN_HYPHEN_BEFORE.search(before) or _NUMBERS_OF.search(before)):
        return
    yield group_span(match, fixed(Resolved("DATE", "2001-09-11")), priority=3)


# A diary heading's "19 JANUARY, 2200 GMT" is a day and a clock time, not the year 2200 (an audit of BBC pages).
# Only a group that reads as a clock time and not as a year of the news (1900-2049) is taken for one: "Jan. 5,
# 2010 EST" and "January 12, 1999 local time" keep their years.
_NO_ZONE = rf"(?!(?<=(?:[01]\d|2[0-3])[0-5]\d)(?<!19\d\d|20[0-4]\d)\s*(?:{ZONE}|local\s+time)\b)"


RULES: tuple[Rule, ...] = (
    Rule(
        # "9/11" alone, in news, names the day of the 2001 attacks, not a September 11 of the anchor's year.
        "nine_eleven",
        re.compile(r"(?<![\d/.])9[/-]11(?![\d/-]|\.\d)"),
        _nine_eleven_spans,
    ),
    Rule(
        "week_of_month",
        re.compile(
            rf"(?i:\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+)(?P<mon>{MONTH_DATED})"
            r"(?:(?:\s*,)?\s+(?P<year>\d{4})\b)?"
        ),
        _week_of_month_spans,
    ),
    Rule(
        "month_day",
        re.compile(
            rf"\b(?:{WEEKDAY_DATED}(?:\s*,)?\s+)?(?P<mon>{MONTH_DATED})(?:\s+|(?<=\.))(?P<day>{DAY_NUMBER})(?!\d|:\d)\b"
            rf"(?:\s*(?:-|–|—|to|through|and)\s*(?P<day2>{DAY_NUMBER})(?!\d|:\d)\b)?(?:(?:\s*,)?\s+(?P<year>\d{{4}})\b{_NO_ZONE})?"
        ),
        _month_day_spans,
    ),
    Rule(
        "day_month",
        re.compile(
            rf"\b(?:{WEEKDAY_DATED}(?:\s*,)?\s+)?(?:the\s+)?(?:(?P<day>{DAY_NUMBER})\s+(?:of\s+)?|(?i:(?P<dayword>{_DAY_WORDS}))\s+of\s+)"
            rf"(?P<mon>{MONTH_DATED})(?!\w)"
            rf"(?:(?:\s*,)?\s+(?P<year>\d{{4}})\b{_NO_ZONE})?"
        ),
        _day_month_spans,
    ),
    Rule(
        "month_year",
        re.compile(rf"\b(?P<mon>{MONTH_DATED})(?:\s+of)?(?:\s*,)?\s+(?P<year>\d{{4}})\b(?![\d,.]\d){_NO_ZONE}"),
        _month_year_spans,
    ),
    Rule(
        "month",
        re.compile(
            r"\b(?:(?P<rel>(?i:last|next|this|early|late|mid|in|since|until|by|of|from|to|through|between|"
            r"during|before|after|and|or|since|the\s+end\s+of))[\s-]+(?P<mon2>May)\b|(?:(?P<rel2>(?i:last|next|this))\s+)?"
            # a bare "May" before "of this year" or "of 2019" is the month ("as recently as May of this year")
            r"(?:(?P<mon3>May)(?=\s+of\s+(?:(?:this|last|next|that)\s+year|\d{4})\b)|"
            r"(?P<mon1>January|February|March|April|June|July|August|September|October|November|December"
            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?!\w)))"
        ),
        lambda match: _month_spans_adapter(match),
    ),
    Rule(
        "numeric_date",
        re.compile(
            r"(?<![\d/.])(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>\d{4}|\d{2}))(?![\d/])"
        ),
        _numeric_date_spans,
    ),
    Rule(
        "year",
        re.compile(
            # not inside a user name or a word ("topbear1974 wrote"), nor a company's ("MOEX Offshore 2007 LLC")
            rf"(?<![\d$£€.,:/#A-Za-z_@])(?:(?<!\d-)|(?<=\b[12]\d{{3}}-))(?:(?i:fiscal|FY)\s*)?(?P<year>{YEAR4})"
            rf"(?!\d|[.,:]\d|-\d{{2}}\b|/|[A-Za-z]|\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Corp\.?)(?!\w))"
            rf"{_YEAR_CONTEXT_BLOCK}"
        ),
        _year_spans,
    ),
    Rule(
        "year_span",
        re.compile(r"(?<![\d$£€.,:/#-])(?P<y1>1[0-9]{3}|20[0-9]{2})[-–/](?P<y2>[0-9]{2})(?![\d/–-]|[.,]\d)"),
        _year_span_spans,
    ),
    Rule(
        "clipped_year",
        re.compile(r"(?<![\w'’‘])['’‘](?P<yy>[0-9]{2})(?![\w'’‘])"),
        _clipped_year_spans,
    ),
    Rule(
        "decade",
        re.compile(r"(?:\b(?i:the)\s+)?(?:\b(?P<decade>1\d{2}|20\d)0['’]?s\b|['’](?P<short>\d)0s\b)"),
        _decade_spans,
    ),
    Rule(
        # "Back in the 80s": a decade without its century or apostrophe, after "the"
        "plain_decade",
        re.compile(r"\b(?i:the)\s+(?P<digit>[1-9])0s\b(?![-'’]\w)"),
        _plain_decade_spans,
    ),
    Rule(
        # "in the 1960s and 70s": the second decade written without its century or apostrophe
        "elided_decade",
        re.compile(r"(?<![\w'’‘.,$])(?P<digit>[1-9])0s\b"),
        _elided_decade_spans,
    ),
    Rule(
        "century",
        re.compile(r"\b(?i:the\s+)?(?P<num>\d{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)\b"),  # "a 20th-century activist"
        _century_spans,
    ),
    Rule(
        "season",
        re.compile(
            r"(?i:\b(?:(?P<rel>this\s+past|last|next|this|the\s+past|the\s+coming|in\s+the|in|early|late|mid|the)[\s-]+)?"
            r"(?P<season>spring|summer|autumn|winter|fall)\b(?:,?\s+(?:of\s+)?(?P<year>\d{4})\b)?)"
        ),
        lambda match: _season_adapter(match),
    ),
    Rule(
        "seasons_ago",
        re.compile(
            rf"(?i:(?<!\band\s)\b(?P<num>{NUMBER})[\s-]+(?P<season>springs|summers|autumns|falls|winters|spring|summer|"
            # "back" as "ago" ends its phrase: not "two winters back home", "back-to-back"
            r"autumn|fall|winter)\s+(?:ago\b|back(?![\w-])(?!\s+(?:home|in|into|to|on|at|from|then|when)\b)))"
        ),
        _seasons_ago_spans,
    ),
    Rule(
        "quarter",
        re.compile(
            r"(?i:\b(?:(?:this|last|next)\s+year's\s+|(?P<det>the|this|last|next|its|that)\s+)?(?:(?P<year2>\d{4})\s+)?"
            r"(?:(?:current|latest|fiscal|year-earlier|year-ago|year\s+earlier|previous|prior-year|prior|"
            r"comparable|recent|most\s+recent|just-ended|just\s+ended)\s+)*"
            r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?)?(?P<unit>quarter|half|period)\b"
            r"(?!\s+(?:of\s+(?!\d{4}|fiscal|(?:the|this|last|next)\s+(?:fiscal\s+|calendar\s+)?year\b)|a|an|per|point|percent|century|mile)\b"
            r"|-(?:point|percent))"
            # the space after "the year" belongs to the expression only when a year follows ("of fiscal 1997")
            r"(?:\s+of\s+(?=fiscal|(?:the|this|last|next)\s+(?:fiscal\s+|calendar\s+)?year\b|\d{4})"
            r"(?:(?:fiscal(?:\s+year)?|(?:the|this|last|next)\s+(?:fiscal\s+|calendar\s+)?year)\b(?:\s+(?=\d{4}))?)?"
            r"(?P<year>\d{4})?)?)"
        ),
        _quarter_spans,
    ),
    Rule(
        "quarter_code",
        re.compile(r"(?<![\w&-])Q(?P<qn>[1-4])(?:\s+(?:FY\s?)?(?P<year>(?:19|20)\d\d)|\s?['’](?P<yy>\d\d))?(?![\w&-])"),
        lambda match: _quarter_code_spans(match),
    ),
)


def _quarter_code_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "Q3", "Q4 2018", "Q1 '20": a quarter written as a code (a web-page audit missed them). Not a model after a
    brand's name ("the Audi Q3")."""
    if _after_a_brand(match.string, match.start()):
        return
    number = int(match["qn"])
    explicit = int(match["year"]) if match["year"] else (2000 + int(match["yy"]) if match["yy"] else None)

    def build(context: Context) -> Resolved | None:
        if explicit is not None:
            return Resolved("DATE", f"{explicit:04d}-Q{number}")
        if context.anchor is None:
            return Resolved("DATE", f"XXXX-Q{number}", anchor="unanchored")
        # as "the fourth quarter" read in spring: a quarter not yet begun is last year's (the one reported on)
        year = context.anchor.year - (1 if number > quarter_of(context.anchor.month) else 0)
        return Resolved("DATE", f"{year:04d}-Q{number}", anchor="publication")

    yield Span(match.start(), match.end(), build, 1)


# A capitalised word right before "Q3" that does not open its sentence: a brand ("Audi Q3", "the Sony Q1").
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_NOT_BRAND = word_set(
    "in on by for and or the its their his her our since until from during through after before than of to at"
)


def _after_a_brand(text: str, start: int) -> bool:
    head = text[max(0, start - 24) : start]
    word = _WORD_BEFORE.search(head)
    if word is None or not word[1].isalpha() or not word[1][0].isupper() or word[1].lower() in _NOT_BRAND:
        return False
    before = head[: word.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?\"“\n"


def _month_spans_adapter(match: re.Match[str]) -> Iterator[Span]:
    """Normalize the two alternatives of the month rule (bare "May" needs a preposition before it)."""
    if match["mon2"]:
        relation = (match["rel"] or "").lower()
        if relation in ("last", "next", "this"):
            yield _month_span(match["mon2"], relation, match.start(), match.end())
        else:
            yield _month_span(match["mon2"], None, match.start("mon2"), match.end())
        return
    if match["mon3"]:
        yield _month_span(match["mon3"], (match["rel2"] or "").lower() or None, match.start(), match.end())
        return
    yield _month_span(match["mon1"], (match["rel2"] or "").lower() or None, match.start(), match.end())


_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_SEASON_PREPOSITION = re.compile(
    r"(?i:\b(?:during|by|until|till|since|through|throughout|over|before|after|for|from|to|into|until|all)\s+)$"
)
_OF_AFTER = re.compile(r"\s+of\b")


def _season_signal(match: re.Match[str]) -> bool:
    """Whether "the fall"/"the spring" is the season: after a preposition of time and not "the fall of ..."."""
    before = _SEASON_PREPOSITION.search(match.string, max(0, match.start() - 12), match.start())
    return before is not None and not _OF_AFTER.match(match.string, match.end())


# After "in <season>" without an article, what shows the season ends its phrase: punctuation, the end, or a word
# that opens what follows.
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[.,;:!?)\"”’]|$|(?:and|or|but|the|a|an|this|that|these|those|when|as|after|before|until|while|of|in|"
    r"on|at|to|for|with|he|she|it|they|we|i|you|there|his|her|their|its|our|is|are|was|were|will|would|could|"
    r"may|might)\b)",
    re.IGNORECASE,
)
_SEASON_KIND_OF = re.compile(
    r"[ \t]+(?:camps?|schools?|jobs?|internships?|houses?|homes?|residences?|palace|clothes|clothing|wear|coats?|"
    r"jackets?|tyres?|tires?|squash|wheat|barley|crops?|fashions?|collections?|reading|blockbusters?|menus?|"
    r"uniforms?|sports?)\b",
    re.IGNORECASE,
)


# The first season a time itself: after an article or a preposition, or "summer"/"autumn" alone ("They fall and winter
# comes", "prices could fall and winter bills drop": the verb).
_SEASON_AND_BEFORE = re.compile(
    r"(?i:(?:\b(?:the|this|last|next|in|during|over|through|by|until)\s+(?:spring|summer|autumn|winter|fall)"
    r"|\b(?:summer|autumn))\s+(?:and|or)\s+)$"
)


_A_BEFORE = re.compile(r"\b(?i:an?)\s+$")  # an indefinite article right before the match: a noun ("a late fall")


def _season_adapter(match: re.Match[str]) -> Iterator[Span]:
    relation = " ".join((match["rel"] or "").lower().split())
    season = match["season"].lower()
    # "fall" and "spring" are common verbs/nouns: require a determiner or a year.
    if season in ("fall", "spring") and not (relation or match["year"]):
        return
    coordinated = _SEASON_AND_BEFORE.search(match.string, max(0, match.start() - 24), match.start()) is not None
    if not relation and not match["year"] and match["season"][0].islower() and season != "summer" and not coordinated:
        return  # (but "in the autumn and winter": the second season of a pair, an audit of Guardian copy)
    if match["season"].istitle() and not match["year"] and _CAPITAL_AFTER.match(match.string, match.end()):
        return  # a name: "the Winter Meetings", "the Summer Olympics", "Spring Festival"
    if relation == "in" and not match["year"] and not _CLAUSE_GOES_ON.match(match.string, match.end()):
        return  # "in fall plumage", "in summer camp": a kind of thing; "In autumn the virus could spread" a time
    if relation in ("", "the") and not match["year"] and _SEASON_KIND_OF.match(match.string, match.end()):
        return  # a kind of thing, not a time: "summer camp", "winter coats" (a user test found "summer 2010")
    if relation == "the" and season in ("fall", "spring") and not match["year"] and not _season_signal(match):
        return  # "witnessed the fall", "the fall of the regime": the noun
    if relation == "in the" and season in ("fall", "spring") and not match["year"] and _OF_AFTER.match(
        match.string, match.end()
    ):
        return  # "in the fall of Baghdad": the noun (a review); "in the fall of 2008" has its year
    if season == "fall" and not match["year"] and _A_BEFORE.search(
        match.string, max(0, match.start() - 4), match.start()
    ):
        return  # "shares down 15.8% in a late fall", "a sharp fall": the noun (a user test read autumn 2010)
    for span in _season_spans(match):
        outside = relation in ("in the", "in", "the", "early", "late", "mid")
        start = match.start("season") if outside else match.start()
        if relation in ("early", "late", "mid", "the"):
            start = match.start() if relation == "the" else match.start("season")
        if relation == "in the":  # "in the winter of 2014": "the winter of 2014", as TimeBank marks it
            start = match.start() + match.group().lower().index("the")
        yield Span(start, span.end, span.build, span.priority)
