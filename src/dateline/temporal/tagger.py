"""tag_times: find and normalize temporal expressions in English news text (TIMEX3).

Each rule family scans the whole text once with a compiled regex; candidates are pruned to the
longest non-overlapping spans, widened by modifier words ("early", "more than"), then resolved in
text order so narrative expressions can follow the last date mentioned.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from dateline.records import TimeExpression
from dateline.temporal import calendar_rules, clock_rules, holiday_rules, phrase_rules, relative_rules, set_rules
from dateline.temporal.first_chars import guarded
from dateline.temporal.grammar import Context, Resolved, Rule, Span, is_entry
from dateline.temporal.heads import rule_windows
from dateline.temporal.joins import join_adjacent
from dateline.temporal.lexicon import MONTH
from dateline.temporal.names import is_name
from dateline.temporal.timex import safe_date, timex_interval

ALL_RULES: tuple[Rule, ...] = (
    calendar_rules.RULES
    + relative_rules.RULES
    + set_rules.RULES
    + clock_rules.RULES
    + holiday_rules.RULES
    + phrase_rules.RULES
)
# Each rule's pattern as it is run: behind a lookahead on the characters its matches can start with (same matches).
_RUN_PATTERNS: tuple[tuple[Rule, re.Pattern[str]], ...] = tuple((rule, guarded(rule.pattern)) for rule in ALL_RULES)

# Modifier words before an expression: group name -> (TIMEX3 mod, types it applies to).
_MODIFIER_WORDS: dict[str, tuple[str, str, frozenset[str]]] = {
    "start": (r"the\s+(?:beginning|start)\s+of|earlier", "START", frozenset({"DATE", "TIME"})),
    "end": (r"the\s+(?:end|close)\s+of|later", "END", frozenset({"DATE", "TIME"})),
    "mid": (r"the\s+middle\s+of|(?:the\s+)?mid", "MID", frozenset({"DATE", "TIME"})),
    "early": (r"(?:the\s+)?early", "START", frozenset({"DATE", "TIME"})),  # TimeML: "early next year" START
    "late": (r"(?:the\s+)?late", "END", frozenset({"DATE", "TIME"})),  # ... nor LATE: "late yesterday" END
    "approx": (
        r"about|around|approximately|roughly|some|circa|an\s+estimated",
        "APPROX",
        frozenset({"DATE", "TIME", "DURATION"}),
    ),
    "more": (r"more\s+than|over|just\s+over|well\s+over", "MORE_THAN", frozenset({"DURATION"})),
    "less": (r"less\s+than|under|fewer\s+than", "LESS_THAN", frozenset({"DURATION"})),
    # TimeML's (and TimeBank's) bounds that include the amount: "at least 30 days", "up to 180 days"
    "least": (r"at\s+least|upwards\s+of", "EQUAL_OR_MORE", frozenset({"DURATION"})),
    "most": (r"up\s+to|at\s+most|no\s+more\s+than", "EQUAL_OR_LESS", frozenset({"DURATION"})),
    "nearly": (r"nearly|almost", "LESS_THAN", frozenset({"DURATION", "DATE"})),
}
_MODIFIER = re.compile(
    "(?i:(?<![\\w-])(?:"
    + "|".join(f"(?P<{name}>{words})" for name, (words, _, _) in _MODIFIER_WORDS.items())
    + ")[\\s-]+)$"
)
# What comes before "over" when it spreads an amount across a span: "$184 million over eight years", "a deal
# worth $28 billion over three years", "50 arrests were made over four nights".
_SPREAD_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:million|billion|thousand|hundred|dollars|euros|pounds|percent|deal|contract|extension|"
    r"loans?|payments?|installments|arrests|cuts|savings|made|spread|stretched|phased|paid|repaid|divided|raised|"
    # "pay $5bn into the fund annually over four years"
    r"annually|yearly|monthly|a\s+year|a\s+month|per\s+year|each\s+year|every\s+year))\)?"
    r"\s+$",
    re.IGNORECASE,
)
# Signals that stay outside the extent (TimeML) but still inform the modifier.
_DETERMINER = re.compile(r"(?i:the|this|these|that|those)\b")
_DEICTIC_DAY = re.compile(r"(?i:today|tonight|tomorrow|yesterday|now)\b")
_BARE_UNIT = re.compile(r"(?i:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)\b")
_SIGNAL = re.compile(r"(?i:\b(?P<signal>since|after|before|until|till|by)\s+(?:the\s+)?)$")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FULL_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?$")
_YEAR_VALUE = re.compile(r"^\d{4}$")
_SPAN_START = re.compile(r"\b(?:since|from|born(?:\s+in)?)\s+(?:the\s+)?$", re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")
_MONTH_NAME = re.compile(rf"\b{MONTH}(?!\w)")


def tag_times(text: str, anchor: date | None = None, *, read_markup: bool = False) -> list[TimeExpression]:
    """Find temporal expressions in ``text`` and normalize them against ``anchor``.

    ``anchor`` is the publication date; without it relative expressions keep ``X`` placeholders
    and are marked "unanchored". Never raises for odd input; returns expressions in text order
    with ``text[start:end] == expression.text``. Dates inside markup tags left in scraped text (an embedded
    tweet's ``tweet-date="March 7, 2016"``) are no text and are skipped, unless ``read_markup``: publication-date
    inference reads them, since an embedded post's date tells when the page was written.
    """
    if not text or not isinstance(text, str):
        return []
    original, text = text, (text if read_markup else blank_markup(text))
    spans = _select(_candidates(text))
    context = Context(text=text, anchor=anchor)
    expressions: list[TimeExpression] = []
    for span in spans:
        if is_name(text, span.start, span.end):
            continue  # "USA TODAY", “Last Week Tonight”, "the Las Vegas Sun."
        resolved = _build(span, context)
        if resolved is None:
            continue
        floor = expressions[-1].end if expressions else 0
        start, resolved = _widen(text, span.start, resolved, floor)
        expression = TimeExpression(
            start, span.end, original[start : span.end], resolved.type, resolved.value,
            resolved.modifier, resolved.anchor, resolved.fuzzy,
        )  # fmt: skip
        _remember_day(context, expression)
        expressions.append(expression)
    joined = join_adjacent(text, expressions)
    if original is text:
        return joined
    return [replace(e, text=original[e.start : e.end]) for e in joined]  # a join spans blanked markup as text


# A markup tag left in scraped text: `<tweet tweet-date="March 7, 2016">`, `<time datetime="2016-08-02">` (an audit
# of PolNeAR found 37 such attributes in 22 files). Its attributes are no text; the date the page shows stays.
_MARKUP_TAG = re.compile(
    r"</?[A-Za-z][\w:-]*(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:\"[^\"\n]{0,400}\"|'[^'\n]{0,400}'|[^\s\"'<>]+))?)*\s*/?>"
)


def blank_markup(text: str) -> str:
    """The text with markup tags replaced by spaces of the same length, so offsets stay those of the text."""
    if "<" not in text:
        return text
    return _MARKUP_TAG.sub(lambda match: " " * len(match.group()), text)


def tag_reports(text: str, anchor: date | None, reports: Sequence[tuple[int, date | None]]) -> list[TimeExpression]:
    """``tag_times`` over a page that bundles reports of different days: each report, from its start offset to the
    next one's, anchored on its own day (None: unknown), the text before the first on ``anchor``."""
    if not reports:
        return tag_times(text, anchor)
    starts = [0, *(start for start, _ in reports), len(text)]
    anchors = [anchor, *(day for _, day in reports)]
    found: list[TimeExpression] = []
    for (start, end), day in zip(pairwise(starts), anchors, strict=False):
        found.extend(
            replace(expression, start=expression.start + start, end=expression.end + start)
            for expression in tag_times(text[start:end], day)
        )
    return found


def _candidates(text: str) -> list[Span]:
    spans: list[Span] = []
    by_rule = rule_windows(text)
    for rule, pattern in _RUN_PATTERNS:
        for start, end in by_rule.get(rule.name, ()):
            for match in pattern.finditer(text, start, end):
                if match.end() > match.start():
                    spans.extend(_spans_of(rule, match))
    return spans


def _spans_of(rule: Rule, match: re.Match[str]) -> list[Span]:
    """A rule's spans for one match; a rule that trips over odd input drops only that match."""
    try:
        return [span for span in rule.handler(match) if span.end > span.start]
    except (ArithmeticError, LookupError, ValueError):
        return []


def _build(span: Span, context: Context) -> Resolved | None:
    """A span's value; arithmetic that leaves the calendar drops the span rather than raising."""
    try:
        return span.build(context)
    except (ArithmeticError, LookupError, ValueError):
        return None


def _select(spans: list[Span]) -> list[Span]:
    """Longest non-overlapping spans, ties broken by rule priority then position."""
    ordered = sorted(spans, key=lambda span: (-(span.end - span.start), -span.priority, span.start))
    starts: list[int] = []  # accepted spans, kept sorted by start (they never overlap)
    taken: list[Span] = []
    for span in ordered:
        index = bisect.bisect_left(starts, span.start)
        if index > 0 and taken[index - 1].end > span.start:
            continue
        if index < len(taken) and taken[index].start < span.end:
            continue
        starts.insert(index, span.start)
        taken.insert(index, span)
    return taken


def _widen(text: str, start: int, resolved: Resolved, floor: int = 0) -> tuple[int, Resolved]:
    """Pull a modifier word preceding the expression into it and set ``modifier``."""
    window = text[max(floor, start - 30) : start]  # never reach back into the previous expression
    if (blank := window.rfind("\n\n")) >= 0:
        window = window[blank + 2 :]  # nor into the paragraph before ("earlier\n\nFriday, Sep 10")
    found = _MODIFIER.search(window)
    if found and found.lastgroup and not resolved.value.endswith("_REF"):
        _, mod, types = _MODIFIER_WORDS[found.lastgroup]
        if found.lastgroup == "nearly" and resolved.type == "DATE":
            mod = "APPROX"
        # "over the last three months", "$184 million over eight years": "over" is a preposition there
        # (during, spread across), not "more than".
        over = found.lastgroup == "more" and found[0].lower().startswith("over")
        over_at = start - len(window) + found.start()
        preposition = over and bool(
            _DETERMINER.match(text, start)
            or _BARE_UNIT.match(text, start)  # "Over decades in business": no amount to be more than
            or _SPREAD_BEFORE.search(text, max(0, over_at - 30), over_at)
        )
        # "stories that will be talked about today": "about" is the verb's preposition before a deictic day
        deictic = found.lastgroup == "approx" and _DEICTIC_DAY.match(text, start) is not None
        if resolved.type in types and not preposition and not deictic:
            widened = start - (len(window) - found.start())
            return widened, Resolved(
                resolved.type, resolved.value, resolved.modifier or mod, resolved.anchor, resolved.fuzzy
            )
    if resolved.type == "DATE" and (signal := _SIGNAL.search(window)):
        mod = "BEFORE" if signal["signal"].lower() in ("before", "until", "till", "by") else "AFTER"
        return start, Resolved(resolved.type, resolved.value, resolved.modifier or mod, resolved.anchor, resolved.fuzzy)
    return start, resolved


def _remember_day(context: Context, expression: TimeExpression) -> None:
    """Track the last day-precision date so "the following day" can move from it."""
    if expression.type in ("DATE", "TIME") and expression.anchor == "publication":
        context.last_now_end = expression.end
    if expression.type not in ("DATE", "TIME") or expression.fuzzy:
        return
    if expression.anchor == "absolute" and (full := _FULL_VALUE.match(expression.value)):
        named = safe_date(int(full[1]), int(full[2]), int(full[3] or 15))
        context.last_full = (named, expression.end) if named else context.last_full
    if expression.anchor == "absolute" and _YEAR_VALUE.match(expression.value):
        # Not a year that starts a span or a life ("since 2008", "from 2008", "born in 1950"): what the sentence
        # tells after it is later.
        starts_a_span = _SPAN_START.search(context.text, max(0, expression.start - 12), expression.start)
        context.last_year = None if starts_a_span else (int(expression.value), expression.end)
    if (
        expression.anchor == "narrative"
        and (expression.value == context.last_coarse or "-XXT" in expression.value)
        and _DAY_WORD.search(expression.text)
    ):
        # "In June 2015 ... The following day at 5 p.m.": that day is unknown, so is the clock time's.
        context.last_day_end, context.day_unknown = expression.end, True
        return
    if match := _DAY_VALUE.match(expression.value[:10]):
        day = safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day is not None and _SINCE_BEFORE.search(context.text, max(0, expression.start - 8), expression.start):
            return  # "since 20 April, when the rig exploded, ... By 2.30pm": the time since, not the day in view
        if expression.anchor != "absolute" and _OF_THAT_YEAR.match(context.text, expression.end):
            return  # "On June 5 of that year", after "in 2003": the year in view stays (a review read 2009-06-05)
        if day is not None:
            context.last_day, context.last_day_end, context.last_coarse = day, expression.end, None
            context.day_unknown = False
            if is_entry(context.text, expression.start, expression.end):
                context.last_entry = day
            if _opens_sentence(context.text, expression.start):
                context.opening_day = (day, expression.end)
    elif (expression.anchor == "absolute" or _names_a_month(expression)) and (
        interval := timex_interval(expression.value)
    ):
        if expression.anchor != "absolute" and _OF_THAT_YEAR.match(context.text, expression.end):
            return  # "By June of that year", "June the following year", after "in 2003": the year in view stays
        # A month (even year-less: "In March ... The following month") or a year named outright resets
        # the narrative to its first day (no day clock times fall on); "this month" does not.
        context.last_day, context.last_day_end, context.last_coarse = interval[0], None, expression.value
        context.day_unknown = False
        starts_a_span = _SPAN_START.search(context.text, max(0, expression.start - 12), expression.start)
        context.last_coarse_end = None if starts_a_span else expression.end


_SINCE_BEFORE = re.compile(r"(?i:\bsince\s+)$")
_OF_THAT_YEAR = re.compile(
    rf"(?i:\s+(?:of\s+)?(?:that(?:\s+{relative_rules.FELT_YEAR})?|the\s+(?:same|following|next|previous))\s+year\b)"
)
_OPENING_WORDS = re.compile(r"(?:(?:on|early|late|by|since|until|last|this|next)\s+)?$", re.IGNORECASE)
_OPENING_REACH = 24


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a date at ``start`` opens its sentence ("Early Tuesday, ...", "On Aug. 7 ..."), at most one
    preposition or modifier before it."""
    before = _OPENING_WORDS.sub("", text[max(0, start - _OPENING_REACH) : start]).rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:”\n"


def _names_a_month(expression: TimeExpression) -> bool:
    """Whether a month value was named by the month's name ("late March"), not counted ("last month")."""
    return _MONTH_VALUE.match(expression.value) is not None and _MONTH_NAME.search(expression.text) is not None
