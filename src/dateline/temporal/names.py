"""Names and titles that contain time words but name no time: "USA TODAY", the show “Last Week Tonight”,
"Bloody Sunday", the "Las Vegas Sun.", "Person of the Year", "the March on Washington".

Found in a review of tagged US political news (PolNeAR train, 2015-2016), where they made up a large share
of the spurious expressions; each check is a cheap look at a few characters around a candidate span.
"""

from __future__ import annotations

import re

# A quoted title: 1-6 words, the first capitalised, each capitalised or a small joining word.
_TITLE_WORD = r"(?:[A-Z][\w'’.&-]*|of|the|a|an|and|in|on|for|to|with|at|from)"
# (New York Times copy quotes with two apostrophes: "joining the ''Today'' show", an audit of PolNeAR)
_QUOTED_TITLE = re.compile(rf"(?:[“\"]|'')([A-Z][\w'’.&-]*(?:\s+{_TITLE_WORD}){{0,5}})[.,!?]?(?:[”\"]|'')")
# A title may open with a number and a subtitle after a colon ("13 Hours: The Secret Soldiers of Benghazi", an
# audit of PolNeAR), or with a number after a word for a title ("the movie “12 Years a Slave”"); not a slogan's year
# ("The banner read “2016 Will Be Our Year.”", a review).
_NUMBERED_TITLE = re.compile(
    rf"[“\"](\d+\s+[A-Z][\w'’.&-]*(?::\s+[A-Z][\w'’.&-]*)?(?:\s+{_TITLE_WORD}){{0,6}})[.,!?]?[”\"]"
)
QUOTE_REACH = 50
# A quote followed by who said it is speech, not a title: “Today,” she said; “Friday,” a spokesman said.
_ATTRIBUTION_AFTER = re.compile(
    r"\s*,?\s*(?:[\w.’'-]+\s+){0,3}?(?:said|says|told|added|asked|wrote|replied|declared|insisted|noted)\b"
)
# A title of time words only ("Today", "This Week", "Last Week Tonight") needs a cue that it is one: a possessive
# network ("NBC’s “Today”", "ABC News' "This Week"") or a word for a show before it; else it is a quoted time.
_TIME_WORDS = frozenset({
    "today", "tonight", "tomorrow", "yesterday", "now", "week", "weekend", "month", "year", "day", "night",
    "morning", "evening", "afternoon", "last", "next", "this", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "spring", "summer", "fall", "autumn", "winter", "in", "on",
    "at", "the", "of", "a", "an",
})  # fmt: skip
_TITLE_CUE_BEFORE = re.compile(
    r"(?:['’]s|s['’]|\b(?:show|program|programme|series|film|movie|song|album|book|column|segment))\s+$", re.IGNORECASE
)
_TITLE_CUE_AFTER = re.compile(
    r"\s+(?:show|shows|anchor|anchors|co-anchor|host|co-host|program|programme|segment|broadcast|set|team)\b"
)
_ON_A_SHOW_BEFORE = re.compile(r"\b(?:on|of|to|at)\s+$")
# Words around a weekday that make it part of a name: "Bloody Sunday" (a day of another year), "the Sunday
# Times", "Saturday Night Live" ("Super Tuesday" is a named day of its own, see holiday_rules).
_NAMED_DAY_BEFORE = re.compile(r"\bBloody\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NEWSPAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|People|Sport|Star)\b(?!\s+Square)")
_SHOW_AFTER = re.compile(r"\s+Night\s+(?:Live|Football|Raw)\b")
# A capitalised weekday (or weekday night) before a programme's or a club's word names it: "Sunday Roast", "Sunday
# Worship", "The Monday Night Club" (an audit of BBC pages found a radio schedule dated by them).
_PROGRAMME_AFTER = re.compile(
    r"\s+(?:Roast|Worship|Club|Show|Service|Supplement|Magazine|Brunch|Breakfast|Politics|Edition|Review|Special|"
    r"Sermon|Mass|School|League|Lunch|Live|Football)\b"
)
_TITLED_WEEKDAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:Night|Morning|Afternoon|Evening))?"
)
_WEEKDAY = re.compile(r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?", re.IGNORECASE)
_ABBREVIATED_WEEKDAY = re.compile(r"(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.")
# A name before an abbreviated weekday makes it a newspaper: "the Las Vegas Sun.", "the Baltimore Sun.",
# "the Sun." (not a sentence's first word: "On Sat. police arrested", "Obama Tues. signed").
_NAME_BEFORE = re.compile(r"(?:\b(?:the|[A-Z][\w'’-]*)\s+[A-Z][\w'’-]*|\bthe)\s+$")
_DATE_OR_CLOCK_AFTER = re.compile(r",?\s+\d")
_USA_BEFORE = re.compile(r"\bUSA\s+$", re.IGNORECASE)
# A network's shows named by time words, written in capitals after the network's name; "told CNN Sunday" and "told
# CBS this morning" are days.
_NETWORK_SHOW = re.compile(r"This Morning|This Week|Today|Tonight|Sunday Morning")
_NETWORK_BEFORE = re.compile(r"\b(?:CBS|NBC|ABC|CNN|MSNBC|PBS|BBC|CNBC|C-SPAN|Fox|Fox News)(?:['’]s)?\s+$")
_FOX_NEWS_BEFORE = re.compile(r"\bFox\s+News\s+$")
_COUNTED_TITLE = re.compile(r"\d+\s+(?:Days|Hours|Weeks|Months|Years|Minutes)(?P<after>\s+(?:Later|Ago|Earlier))?")
_COUNTED_NAME = re.compile(r"[A-Z][a-z]+-(?:Day|Hour|Week|Month|Year)")
_CAPITAL_WORD_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|a\s+[A-Z][a-z]+)\b")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}\b")
_TODAY = re.compile(r"Today|TODAY")
# "Person of the Year", "Player of the Week": a capitalised unit after "of the" is an award's name.
_AWARD = re.compile(r"the\s+(?:Year|Week|Month|Decade|Century)")
_OF_BEFORE = re.compile(r"\bof\s+$")
# "the March on Washington", "March of Dimes", "March for Our Lives": a march, not the month, unless a
# preposition or a modifier before it makes it the month ("in March on Capitol Hill", "to March on Tuesday").
_MARCH_AFTER = re.compile(r"\s+(?:on|of|for|against|to)\s+(?:the\s+)?[A-Z]")
_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|during|through|from|of|to|for|and|or|than|between|around|early|late|mid|"
    r"last|next|this|each|every|before|after)\s+$",
    re.IGNORECASE,
)


def is_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a candidate time expression, is part of a name or title instead."""
    found = text[start:end]
    before = text[max(0, start - 30) : start]
    if _inside_quoted_title(text, start, end):
        return True  # NBC’s “Today”, “Last Week Tonight”, “Fox News Sunday.”
    if _TITLED_WEEKDAY.fullmatch(found) and _PROGRAMME_AFTER.match(text, end):
        return True
    if _WEEKDAY.fullmatch(found):
        if _NAMED_DAY_BEFORE.search(before) or _SHOW_AFTER.match(text, end):
            return True
        if _THE_BEFORE.search(before) and _NEWSPAPER_AFTER.match(text, end):
            return True
        if (
            _ABBREVIATED_WEEKDAY.fullmatch(found)
            and _NAME_BEFORE.search(before)
            and not _DATE_OR_CLOCK_AFTER.match(text, end)
        ):
            return True
    if _TODAY.fullmatch(found) and _USA_BEFORE.search(before):
        return True  # "USA Today", "USA TODAY"
    if (_NETWORK_SHOW.fullmatch(found) and _NETWORK_BEFORE.search(before)) or (
        found == "Sunday" and _FOX_NEWS_BEFORE.search(before)
    ):
        return True  # "CBS This Morning", "ABC's This Week", "Fox News Sunday" (an audit of PolNeAR)
    counted = _COUNTED_TITLE.fullmatch(found)
    if (
        counted and (counted["after"] or _CAPITAL_WORD_AFTER.match(text, end))
        and _LOWER_WORD.search(text, max(0, start - 30), start)
    ):
        return True  # "the film 28 Days Later", "in 12 Years a Slave": a title in a sentence (an audit of BBC pages)
    if _AWARD.fullmatch(found) and _OF_BEFORE.search(before):
        return True
    if (
        _COUNTED_NAME.fullmatch(found) and _CAPITAL_WORD_AFTER.match(text, end)
        and _LOWER_WORD.search(text, max(0, start - 30), start)
    ):
        return True  # "the Six-Day War", "the Three-Day Event" in a sentence (a web-page audit)
    return found == "March" and bool(_MARCH_AFTER.match(text, end)) and not _MONTH_CUE_BEFORE.search(before)


def _inside_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside a short quoted title ("an interview with “Fox News Sunday.”"), not a quoted
    time ("“Today,” she said"; "would decide “in March.”")."""
    window_start = max(0, start - QUOTE_REACH)
    window = text[window_start : min(len(text), end + QUOTE_REACH)]
    if '"' not in window and "“" not in window and "''" not in window:
        return False  # no quotation mark near: most candidates, cheaply
    for match in _NUMBERED_TITLE.finditer(text, window_start, min(len(text), end + QUOTE_REACH)):
        if match.start(1) <= start and end <= match.end(1) and (
            ":" in match[1] or _TITLE_CUE_BEFORE.search(text, max(0, match.start() - 20), match.start())
        ):
            return True
    for match in _QUOTED_TITLE.finditer(text, window_start, min(len(text), end + QUOTE_REACH)):
        if not (match.start(1) <= start and end <= match.end(1)):
            continue
        # (a noun after the quote is a title's only when the quote closes the phrase: not "''Friday,'' set by ...")
        closed = match.end(1) < len(text) and text[match.end(1)] not in ".,!?"
        if _TITLE_CUE_BEFORE.search(text, max(0, match.start() - 20), match.start()) or (
            closed and _TITLE_CUE_AFTER.match(text, match.end())
        ):
            return True  # "NBC’s “Today”", "the show “Last Week Tonight”", "the ''Today'' show", "a “Today” anchor"
        if (
            match[1].rstrip(".,!?") == "Today"
            and _ON_A_SHOW_BEFORE.search(text, max(0, match.start() - 8), match.start())
            and not _ATTRIBUTION_AFTER.match(text, match.end())
        ):
            return True  # "to land a job on ''Today.''", "in charge of ''Today,''"
        if _ATTRIBUTION_AFTER.match(text, match.end()):
            return False  # "“In March,” he said"
        words = match[1].lower().rstrip(".,!?").split()
        return any(word.strip("'’.") not in _TIME_WORDS for word in words)  # “Fox News Sunday.”
    return False
