"""Names and titles that contain time words but name no time: "USA TODAY", the show “Last Week Tonight”,
"Bloody Sunday", the "Las Vegas Sun.", "Person of the Year", "the March on Washington".

Found in a review of tagged US political news (PolNeAR train, 2015-2016), where they made up a large share
of the spurious expressions; each check is a cheap look at a few characters around a candidate span.
"""

from __future__ import annotations

import re

# A quoted title: 1-6 words, the first capitalised, each capitalised or a small joining word.
_TITLE_WORD = r"(?:[A-Z][\w'’.&-]*|of|the|a|an|and|in|on|for|to|with|at|from)"
_QUOTED_TITLE = re.compile(rf"[“\"]({_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,5}})[.,!?]?[”\"]")
QUOTE_REACH = 50
# Words around a weekday that make it part of a name: "Bloody Sunday" (a day of another year), "the Sunday
# Times", "Saturday Night Live". "Super Tuesday" stays a weekday: most news of it is written that week.
_NAMED_DAY_BEFORE = re.compile(r"\bBloody\s+$")
_NAMED_DAY_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|People|Sport|Star|Night\s+(?:Live|Football|Raw))\b"
)
_WEEKDAY = re.compile(r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?", re.IGNORECASE)
_ABBREVIATED_WEEKDAY = re.compile(r"(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.")
# A word before an abbreviated weekday makes it a name: "the Las Vegas Sun.", "the Sun."
_WORD_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\bthe)\s+$")
_USA_BEFORE = re.compile(r"\bUSA\s+$", re.IGNORECASE)
_TODAY = re.compile(r"today", re.IGNORECASE)
# "Person of the Year", "Player of the Week": a capitalised unit after "of the" is an award's name.
_AWARD = re.compile(r"the\s+(?:Year|Week|Month|Decade|Century)")
_OF_BEFORE = re.compile(r"\bof\s+$")
# "the March on Washington", "March of Dimes", "March for Our Lives": a march, not the month, unless a
# preposition or a modifier before it makes it the month ("in March for the first time").
_MARCH_AFTER = re.compile(r"\s+(?:on|of|for|against|to)\s+(?:the\s+)?[A-Z]")
_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|during|through|from|of|early|late|mid|last|next|this|each|every|before|after)\s+$",
    re.IGNORECASE,
)


def is_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a candidate time expression, is part of a name or title instead."""
    found = text[start:end]
    before = text[max(0, start - 30) : start]
    if _inside_quoted_title(text, start, end):
        return True  # “Today”, “Last Week Tonight”, “Fox News Sunday.”
    if _WEEKDAY.fullmatch(found):
        if _NAMED_DAY_BEFORE.search(before) or _NAMED_DAY_AFTER.match(text, end):
            return True
        if _ABBREVIATED_WEEKDAY.fullmatch(found) and _WORD_BEFORE.search(before):
            return True
    if _TODAY.fullmatch(found) and _USA_BEFORE.search(before):
        return True  # "USA TODAY", in any case
    if _AWARD.fullmatch(found) and _OF_BEFORE.search(before):
        return True
    return found == "March" and bool(_MARCH_AFTER.match(text, end)) and not _MONTH_CUE_BEFORE.search(before)


def _inside_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside a short quoted title ("an interview with “Fox News Sunday.”")."""
    window_start = max(0, start - QUOTE_REACH)
    for match in _QUOTED_TITLE.finditer(text, window_start, min(len(text), end + QUOTE_REACH)):
        if match.start(1) <= start and end <= match.end(1):
            return True
    return False
