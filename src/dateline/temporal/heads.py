"""Head words that every match of a rule contains, and the windows around them.

Python's regex engine is fast at finding an alternation of literal words (it skips ahead on their
first characters) but slow at trying a rich grammar at every position. So each rule first finds its
head words with one literal scan, and its full pattern runs only in small windows around them.
"""

from __future__ import annotations

import bisect
import re

from dateline.temporal.lexicon import ZONE

# Characters a match may extend left and right of its head word ("the first nine months",
# "July 18, 2025"); windows are widened to whole words.
LEFT_REACH = 48
RIGHT_REACH = 40

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_MONTHS += "|" + _MONTHS.upper()  # "MAY 2, 2013": only the dated rules accept capitals
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_UNITS = "second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|hr|hrs|mins|yrs|wks"
_DEICTIC = (
    "time|date|these|now|today|yesterday|tomorrow|tonight|current|present|moment|recent|lately|past|future|soon"
    "|shortly|term|other"
)


def _cased(words: str) -> str:
    """The words in lower, Capitalized and UPPER case, as one literal alternation."""
    forms = {form for word in words.split("|") for form in (word, word.lower(), word.capitalize(), word.upper())}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


# How far (characters) a rule's matches reach left and right of its head; the default is generous.
_REACH: dict[str, tuple[int, int]] = {
    "week_of_month": (28, 12), "month_day": (28, 28), "day_month": (28, 28), "month_year": (12, 20), "month": (24, 20),
    "year": (12, 12), "year_span": (2, 4), "clipped_year": (2, 2), "quarter_code": (2, 12),
    "relative_unit": (26, 6), "ago": (40, 6), "fraction_ago": (40, 4), "unit_before": (16, 10),
    "duration": (45, 10), "deictic": (26, 14),
    "weekday": (20, 14),
    "set": (20, 14), "the_unit": (16, 4), "year_earlier": (8, 14), "clock": (8, 14), "recent": (24, 4),
    "vague_duration": (26, 4), "year_end": (16, 6), "narrative_day": (24, 10), "season": (16, 12),
    "seasons_ago": (30, 12), "unit_or_unit": (2, 30),
    "unit_long": (2, 12), "all_unit": (0, 18), "long_ago": (16, 0), "clock_number_evening": (20, 0),
}  # fmt: skip

# Rule name -> its head words (matched at the start of a word).
_WORD_HEADS: dict[str, str] = {
    "week_of_month": _MONTHS,
    "month_day": _MONTHS,
    "day_month": _MONTHS,
    "month_year": _MONTHS,
    "month": _MONTHS,
    "century": _cased("century"),
    "season": _cased("spring|summer|autumn|winter|fall"),
    "seasons_ago": _cased("spring|summer|autumn|winter|fall"),
    "quarter": _cased("quarter|half|period"),
    "quarter_code": "Q1|Q2|Q3|Q4",
    "relative_unit": _cased("week|month|year|decade|century|day"),
    "ago": _cased("ago|earlier|later|before|after|now|hence|back"),
    "fraction_ago": _cased("ago"),
    # (each pattern head below costs a scan of the whole text; a word head only a window where the word stands)
    "long_ago": _cased("ago"),
    "unit_before": _cased("before|earlier"),
    "all_unit": _cased("all"),
    "clock_number_evening": _cased("yesterday|today|tonight") + "|" + _WEEKDAYS,
    "duration": _cased(_UNITS),
    "another_unit": _cased("another"),
    "vague_duration": _cased("days|weeks|months|years|decades|hours|minutes"),
    "unit_or_unit": _cased("hours|days|weeks|months|years"),
    "unit_long": _cased("year|month|week|day|decade|hour|night"),
    "recent": _cased("hours|minutes|days|weeks|months|years|decades"),
    "deictic": _cased(_DEICTIC),
    "part_of_day": _cased("morning|afternoon|evening|night"),
    "weekday": _WEEKDAYS,
    "narrative_day": _cased("day|morning|afternoon|evening|night"),
    "set": _cased(
        "daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly|every|each|per|once|twice|times|days|nights"
    )
    + "|"
    + _WEEKDAYS,
    "year_end": _cased("year"),
    "overnight": _cased("overnight"),
    "clock": _cased("noon|midday|mid-day|midnight"),
    "holiday": "Christmas|New Year|Independence Day|Valentine|Halloween|Labor Day|Labour Day|Memorial Day|"
    "Thanksgiving|Martin Luther King|MLK Day|Presidents|Columbus Day|Mother|Father|Election Day|Easter|Good Friday|"
    "Boxing Day|Patrick|Veterans|Remembrance Day|Armistice Day|Bastille Day|Canada Day|Australia Day|Juneteenth|"
    "Guy Fawkes|Bonfire Night|April Fool|Super Tuesday|May Day|Black Friday|Cyber Monday",
    "spelled_year": _cased("nineteen|eighteen|twenty|thousand"),
    "the_unit": _cased("year|month|week"),
    "weekend": _cased("weekend"),
    "day_in_view": _cased("day"),
    "year_earlier": _cased("year"),
}
# Rule name -> a head pattern holding a digit. Each match starts at most one character before a digit and ends at
# most _DIGIT_PAD characters after one, so these are looked for only around the digits of the text.
_DIGIT_HEADS: dict[str, str] = {
    "year": r"[12][0-9][0-9][0-9]",
    "year_span": r"[12][0-9][0-9][0-9][-–/][0-9][0-9]",
    "clipped_year": r"['’‘][0-9][0-9]",
    "numeric_date": r"[0-9][-/][0-9]",
    "nine_eleven": r"9[/-]11",
    "decade": r"0s|0'|0’",
    "elided_decade": r"0s",
    "plain_decade": r"0s",
    "clock": r"[0-9] ?[apAP]\.? ?[mM]",
    "clock24": r"[0-9]:[0-5]",
    "clock_military": rf"[0-9] (?:local|{ZONE})",
    "clock_number": r"(?:[01][0-7]|0[89])[0-5][0-9]",  # not the years 1800-2359 every article names
}
_DIGIT_PAD = 8  # " a.m", " local", " AEDT" after the last digit
# Rule name -> a head pattern found anywhere in the text.
_TEXT_HEADS: dict[str, str] = {
    "decade_word": r"ties",
}
_PATTERN_HEADS = _DIGIT_HEADS | _TEXT_HEADS


def _trie_pattern(words: set[str]) -> str:
    """A prefix-factored alternation: Python's engine then branches once per character."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(character) + _emit(child) for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


_RULES_BY_WORD: dict[str, list[str]] = {}
for _rule, _words in _WORD_HEADS.items():
    for _word in _words.split("|"):
        _RULES_BY_WORD.setdefault(_word.replace("\\", ""), []).append(_rule)
# The head scan takes the longest word, so a hit also counts for the rules of its prefixes ("days" for "day").
_RULES_BY_WORD = {
    word: sorted({rule for end in range(1, len(word) + 1) for rule in _RULES_BY_WORD.get(word[:end], ())})
    for word in _RULES_BY_WORD
}
WORD_HEAD = re.compile(r"(?<![A-Za-z])" + _trie_pattern(set(_RULES_BY_WORD)))
PATTERN_HEADS = {rule: re.compile(source) for rule, source in _PATTERN_HEADS.items()}


def _by_source(heads: dict[str, str]) -> list[tuple[re.Pattern[str], list[str]]]:
    """Rules sharing one head pattern ("decade" and "elided_decade" both start at "0s") scan for it once."""
    rules_by_source: dict[str, list[str]] = {}
    for rule, source in heads.items():
        rules_by_source.setdefault(source, []).append(rule)
    return [(re.compile(source), rules) for source, rules in rules_by_source.items()]


_DIGIT_PATTERNS = _by_source(_DIGIT_HEADS)
_TEXT_PATTERNS = _by_source(_TEXT_HEADS)
# Digits as zeros: a run of them is then found by a literal scan, far faster than a scan for a class of characters.
_ZEROED = str.maketrans("123456789", "000000000")
_ZERO_RUN = re.compile("00*")
_WORD_END = re.compile(r"\W")


def rule_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the merged [start, end) windows of ``text`` around its head hits."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for hit in WORD_HEAD.finditer(text):
        for rule in _RULES_BY_WORD.get(hit[0], ()):
            hits.setdefault(rule, []).append(hit.span())
    for rules, spans in _pattern_hits(text):
        for rule in rules if spans else ():
            hits.setdefault(rule, []).extend(spans)
            hits[rule].sort()
    return {rule: _merge(text, spans, _REACH.get(rule, (LEFT_REACH, RIGHT_REACH))) for rule, spans in hits.items()}


def _pattern_hits(text: str) -> list[tuple[list[str], list[tuple[int, int]]]]:
    """The rules of each head pattern with its hits. The digit heads are scanned only in the stretches around
    digits, joined into one short string: a class of characters such as [0-9] is otherwise tried at every
    position of the text, once per pattern."""
    found = [(rules, [hit.span() for hit in pattern.finditer(text)]) for pattern, rules in _TEXT_PATTERNS]
    stretches: list[tuple[int, int]] = []
    for run in _ZERO_RUN.finditer(text.translate(_ZEROED)):
        start, end = max(0, run.start() - 1), run.end() + _DIGIT_PAD
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    if not stretches:
        return found
    # The stretches joined by NUL, which no head matches across; offsets map back through each stretch's start.
    joined_starts: list[int] = []
    pieces: list[str] = []
    length = 0
    for start, end in stretches:
        joined_starts.append(length)
        piece = text[start:end]
        pieces.append(piece)
        length += len(piece) + 1
    joined = "\0".join(pieces)
    for pattern, rules in _DIGIT_PATTERNS:
        spans: list[tuple[int, int]] = []
        for hit in pattern.finditer(joined):
            index = bisect.bisect_right(joined_starts, hit.start()) - 1
            shift = stretches[index][0] - joined_starts[index]
            spans.append((hit.start() + shift, hit.end() + shift))
        found.append((rules, spans))
    return found


def _merge(text: str, spans: list[tuple[int, int]], reach: tuple[int, int]) -> list[tuple[int, int]]:
    left, right = reach
    merged: list[tuple[int, int]] = []
    first, last = -1, -1
    for hit_start, hit_end in spans:
        start, end = max(0, hit_start - left), hit_end + right
        if last >= 0 and start <= last:
            last = max(last, end)
            continue
        if last >= 0:
            merged.append((first, _word_end(text, last)))
        first, last = start, end
    if last >= 0:
        merged.append((first, _word_end(text, last)))
    return merged


def _word_end(text: str, position: int) -> int:
    """``position`` moved forward to the end of the word it falls in, so no word is cut."""
    if position >= len(text):
        return len(text)
    if not (text[position].isalnum() or text[position] == "_"):
        return position  # already between words (a regex search costs more than this look)
    found = _WORD_END.search(text, position)
    return found.start() if found else len(text)
