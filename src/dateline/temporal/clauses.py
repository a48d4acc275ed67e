"""Sentence and clause boundaries that know abbreviations, shared by the tense guess and the day in view.

A period after a title ("Mr. Smith", "Gen. Jones") or an initial ("Daniel P. Davison") never ends a
sentence. After other abbreviations ("U.S.", "Inc.", "p.m.", "Aug.") it ends one unless the text goes on
as the same sentence: a lowercase word or a number ("Aug. 7", "the U.S. said"), a weekday or a word of
time ("5 p.m. Tuesday", "10 a.m. EDT"), or a month with a day ("U.S. March 5"). So "talks in the U.K.
March is the deadline" is two sentences while "at 5 p.m. Tuesday" is one.
"""

from __future__ import annotations

import re
from itertools import groupby

from dateline.temporal.lexicon import CLOCK_ZONE, MONTH, WEEKDAY


def _after_word(words: str, negative: bool) -> str:
    """Lookbehinds (Python's must be fixed-width) for "one of ``words`` and a period" just before."""
    by_length = groupby(sorted(words.split("|"), key=len), key=len)
    return ("" if negative else "|").join(
        rf"(?{'<!' if negative else '<='}\b(?:{'|'.join(group)})\.)" for _, group in by_length
    )


_TITLE = _after_word(
    "Mr|Ms|Dr|St|Lt|Mrs|Gen|Gov|Sen|Rep|Col|Sgt|Maj|Adm|Rev|Sens|Reps|Gens|Capt|Cmdr|Prof|Messrs", True
)
_INITIAL = r"(?<![\s(][A-Z]\.)"  # a lone capital after a space: a middle initial
_ABBREVIATION = (
    "(?:(?<=\\b[A-Za-z]\\.)|"
    + _after_word("Co|No|Jr|Sr|vs|Inc|Ltd|Bros|Corp|etc|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec", False)
    + ")"
)
_TIME_WORD = rf"(?:today|tonight|tomorrow|yesterday|{CLOCK_ZONE}|local\s+time)"
_GOES_ON = rf"[\"')]*\s+(?:[a-z\d$]|(?:{WEEKDAY}|{_TIME_WORD})(?!\w)|{MONTH}\s+\d)"
# A country's or body's initials before an office or institution it names: "U.S. Attorney General Eric Holder will
# meet ... on Tuesday" is one sentence (a review: the day was read in the past, the "will" cut off by the period).
_COUNTRY_INITIALS = "(?:" + "|".join(rf"(?<=\b{c}\.{d}\.)" for c, d in ("US", "UK", "UN", "EU")) + ")"
_OFFICE = (
    r"(?:Attorney|President|Vice|Secretary|Senator|Sen\.|Rep\.|Representative|Ambassador|Envoy|Army|Navy|Air\s+Force|"
    r"Marines?|Coast\s+Guard|Geological|Department|Embassy|Congress|Senate|House\s+of|Supreme|District|Justice|Treasury|"
    r"Federal|Forces|Special|Trade|Energy|Interior|Minerals|Defen[cs]e|Homeland|Health|Labor|Census|Military|"
    r"Commerce|Chamber|Environmental|Food|Centers?|Security\s+Council|General\s+Assembly|Secretary-General|Commission|"
    r"Foreign|Prime|Chancellor|Minister|Customs|Border|Immigration|Postal|Marshals?|Chemical)\b"
)
_PERIOD = rf"\.{_TITLE}{_INITIAL}(?!{_ABBREVIATION}{_GOES_ON})(?!{_COUNTRY_INITIALS}\s+{_OFFICE})"
# The one sentence boundary: "!", "?" or a period that ends a sentence, with closing quotes, then a space.
BOUNDARY = rf"(?:[!?]|{_PERIOD})[\"')]*\s"

SENTENCE_END = re.compile(rf"{BOUNDARY}\s*(?=[A-Z\"'(\d])|\n\s*\n")
# A colon before a space (not a clock's "10:30") and a spaced dash also end a clause: "how bad the spill might get:
# "In early May, Salazar told ..."" (an audit found the "might" reading May as next year's).
CLAUSE_BREAK = re.compile(rf";\s|(?<!\d):\s|(?<=\s-)-\s|(?<=\s)—\s|{BOUNDARY}|\n")
# Without the colon and the dash: what a clause those cut off with no tense of its own is read in ("The Senate will
# vote on two bills: the budget on Tuesday ...", "will vote -- probably on Thursday -- after a debate").
HARD_CLAUSE_BREAK = re.compile(rf";\s|{BOUNDARY}|\n")

_LOOKAHEAD = 30  # characters a boundary's lookahead reads past the window
_MARK = re.compile(r"[.;:!?\n—]|(?<=\s-)-")  # a hyphen only as the second of a spaced "--"
_HARD_MARK = re.compile(r"[.;!?\n]")


def clause_bounds(
    text: str, start: int, end: int, left_reach: int, right_reach: int, soft: bool = True
) -> tuple[int, int, bool]:
    """The clause around text[start:end], at most ``left_reach``/``right_reach`` characters either side:
    (first index, end index, whether the left edge is the clause's own start rather than the window's).

    Boundaries are tested in the whole text, so an abbreviation's period right before the span still
    sees the word after it ("5 p.m. Tuesday"). The left edge is found walking back from the span over
    candidate marks, so text dense with abbreviations costs one test per mark passed, not a rescan.
    """
    breaks, marks = (CLAUSE_BREAK, _MARK) if soft else (HARD_CLAUSE_BREAK, _HARD_MARK)
    window = max(0, start - left_reach)
    first, at_start = window, window == 0
    # candidate marks walked back from the span: one pass over the window, however many hyphens it holds
    for position in reversed([mark.start() for mark in marks.finditer(text, window, start)]):
        found = breaks.match(text, position)
        if found is not None and found.end() <= start:
            first, at_start = found.end(), True
            break
    last = min(len(text), end + right_reach)
    cut = breaks.search(text, end, min(len(text), last + _LOOKAHEAD))
    if cut is not None and cut.start() < last:
        last = cut.start()
    return first, last, at_start
