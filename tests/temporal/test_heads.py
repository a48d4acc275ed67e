"""The head scan: digit heads looked for only around digits find what a scan of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.temporal import heads

PIECES = st.sampled_from(
    [
        "1", "2", "0", "9", "19", "2014", "1730", "0845", "11", "'", "’", "‘", "-", "–", "/", ":", " ", "a.m.", "p.m",
        "PM", "GMT", "local", "AEDT", "s", "ties", "9/11", "\0", "x", "year", "\n", "12,000", "99999",
    ]
)  # fmt: skip


def _whole_text(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """The heads as a scan of the whole text finds them, one pattern at a time."""
    found = {
        tuple(rules): [hit.span() for hit in pattern.finditer(text)]
        for pattern, rules in heads._TEXT_PATTERNS + heads._DIGIT_PATTERNS
    }
    return {rules: spans for rules, spans in found.items() if spans}


def _found(text: str) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    return {tuple(rules): spans for rules, spans in heads._pattern_hits(text) if spans}


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_digit_heads_match_a_whole_text_scan(text: str) -> None:
    assert _found(text) == _whole_text(text)


def test_digit_heads_in_news() -> None:
    text = "At 1730 GMT on 9/11/2001, the '90s ended; 10:30 a.m. local; the 2014-15 season, 12/31 and the sixties."
    assert _found(text) == _whole_text(text)
    windows = heads.rule_windows(text)
    assert {"year", "year_span", "clipped_year", "clock24", "clock_military", "clock_number", "decade_word"} <= set(
        windows
    )


def test_no_digits_no_digit_heads() -> None:
    assert _found("Last week, talks resumed in the sixties.") == {("decade_word",): [(35, 39)]}


def _naive_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Windows the slow way: hits widened by their rule's reach, overlaps joined, each end moved to a word's end."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for hit in heads.WORD_HEAD.finditer(text):
        for rule in heads._RULES_BY_WORD.get(hit[0], ()):
            hits.setdefault(rule, []).append(hit.span())
    for rule, pattern in heads.PATTERN_HEADS.items():
        hits.setdefault(rule, []).extend(hit.span() for hit in pattern.finditer(text))
    windows: dict[str, list[tuple[int, int]]] = {}
    for rule, spans in hits.items():
        left, right = heads._REACH.get(rule, (heads.LEFT_REACH, heads.RIGHT_REACH))
        joined: list[list[int]] = []
        for start, end in sorted(spans):
            start, end = max(0, start - left), end + right
            if joined and start <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        if joined:
            windows[rule] = [(start, _end_of_word(text, end)) for start, end in joined]
    return windows


def _end_of_word(text: str, position: int) -> int:
    while position < len(text) and (text[position].isalnum() or text[position] == "_"):
        position += 1
    return min(position, len(text))


WINDOW_WORDS = st.sampled_from(["Today", "May", "5", "last", "week", "ago", "2014", "x", "the", "day", " ", "  "])


@settings(max_examples=200, deadline=None)
@given(st.lists(WINDOW_WORDS, max_size=40).map("".join))
def test_windows_join_overlaps_and_end_on_word_ends(text: str) -> None:
    assert heads.rule_windows(text) == _naive_windows(text)


def test_digit_heads_keep_to_what_the_stretch_scan_assumes() -> None:
    """The stretch scan is exact only for heads of ASCII digits that start at most one character before a digit, end
    at most _DIGIT_PAD after one, and look at nothing around them (a review: a future head with \\d, a lookbehind or a
    longer zone would break it silently)."""
    for source in heads._DIGIT_HEADS.values():
        assert "\\d" not in source and "(?<" not in source and "\\b" not in source and "(?=" not in source, source
    longest_zone = max(len(word) for word in ("local", *re.findall(r"[A-Z]{2,}", heads._DIGIT_HEADS["clock_military"])))
    assert 1 + longest_zone < heads._DIGIT_PAD
