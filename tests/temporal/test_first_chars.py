"""The first-character guard: a guarded rule finds exactly what the rule finds, and only skips hopeless starts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.temporal.first_chars import guarded
from dateline.temporal.tagger import ALL_RULES

PIECES = st.sampled_from(
    [
        "July", "JULY", "may", "18", "2025", "1730", "9/11", "'90s", "the", "The", "last", "next", "week", "weeks",
        "ago", "three", "Three", "days", "a", "few", "every", "Monday", "Mondays", "now", "today", "at the time",
        "earlier in the day", "year-long", "the sixties", "p.m.", "GMT", "10:30", "Christmas", "spring", "Q3",
        "ſ", "K", " ", ", ", ". ", "-", "\n", "(", "“", "fiscal", "quarter", "half", "nineteen", "eighty", "2014-15",
    ]
)  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(st.lists(PIECES, max_size=30).map(" ".join))
def test_guarded_rules_find_the_same_matches(text: str) -> None:
    for rule in ALL_RULES:
        fast = guarded(rule.pattern)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)], rule.name


def test_every_rule_is_guarded() -> None:
    """The rules all start with a word, a digit or a quote: each gets a guard (a rule that lost it costs speed)."""
    unguarded = [rule.name for rule in ALL_RULES if guarded(rule.pattern) is rule.pattern]
    assert unguarded == []


@pytest.mark.parametrize(
    ("source", "flags", "starts"),
    [
        (r"\b(?:today|now)\b", 0, "tn"),
        (r"(?i:\btoday)", 0, "tT"),
        (r"(?<=\bat\s)(?:the|that)\s+time", 0, "t"),
        (r"(?:the\s+)?(?P<n>\d+)\s+days", 0, "t0123456789"),
        (r"[A-C]x|y", re.IGNORECASE, "abcABCyY"),
    ],
)
def test_guard_admits_every_possible_start(source: str, flags: int, starts: str) -> None:
    fast = guarded(re.compile(source, flags))
    assert fast.pattern != source
    guard = re.compile(fast.pattern[: fast.pattern.index("(?:")], flags)
    assert all(guard.match(character) for character in starts)
    assert not guard.match("q")


@pytest.mark.parametrize("source", [r"(?:a)?", r".x", r"[^a]b", r"(?:(a)|)(?(1)b|c)", r"\s*x?"])
def test_no_guard_when_any_character_may_start(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_ignorecase_guard_keeps_unicode_case_folds() -> None:
    """'ſ' (long s) matches "s" without case: a guard on [sS] alone would lose that match."""
    pattern = re.compile(r"(?i:\bsoon)")
    assert [m.span() for m in guarded(pattern).finditer("ſoon")] == [m.span() for m in pattern.finditer("ſoon")]


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [(r"(?:(?a:\W)|y)x", 0, "éx"), (r"(?:(?a:\S)|y)x", 0, "\xa0x"), (r"(?u:(?i:s))x", re.ASCII, "ſx")],
)
def test_local_ascii_or_unicode_flags_keep_their_matches(source: str, flags: int, text: str) -> None:
    """Under (?a:...) \\W also matches "é": a guard read in the pattern's Unicode mode would lose that match."""
    pattern = re.compile(source, flags)
    assert [m.span() for m in guarded(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]
