"""A guard on a rule's first character, so that its pattern is not tried where no match can start.

Python's engine tries a pattern at every position of a window. A pattern such as ``\\b(?:today|yesterday|...)``
enters its whole alternation at each word start; prefixed with a lookahead on the characters a match can begin
with (``(?=[tyn...])``), it gives up at once on all other positions. The set is read from the pattern's own parse
tree and is never narrower than the truth, so the guarded pattern finds exactly the same matches.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Character-class escapes for the categories a class may hold (\d, \w, \s and their negations).
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
# The flags that choose what \w, \d, \s and case folding mean: ASCII, LOCALE, UNICODE.
_TYPE_FLAGS = re.ASCII | re.LOCALE | re.UNICODE
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


class _AnyCharacter(Exception):
    """A match may start with any character (or the set cannot be read): no guard."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the characters its matches can start with; ``pattern`` itself when any
    character can start one, when it can match the empty string, or when its parse cannot be read."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        pieces, nullable = _first(list(parsed), bool(pattern.flags & re.IGNORECASE), pattern.flags & _TYPE_FLAGS)
    except (_AnyCharacter, re.error, TypeError, ValueError, AttributeError):
        return pattern
    if nullable or not pieces:
        return pattern
    caseless = any(ignore for _, ignore in pieces)
    body = "".join(sorted({piece for piece, _ in pieces}))
    guard = f"(?i:[{body}])" if caseless else f"[{body}]"
    try:
        return re.compile(f"(?={guard})(?:{pattern.pattern})", pattern.flags)
    except re.error:
        return pattern


def _first(items: list[tuple[Any, Any]], ignore: bool, mode: int) -> tuple[set[tuple[str, bool]], bool]:
    """The class pieces a sequence of parse items can start with, and whether it can match nothing. ``mode``: the
    pattern's own ASCII/UNICODE flag, under which the guard is compiled."""
    found: set[tuple[str, bool]] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # "\b", "^", lookarounds: they consume nothing (ignoring them only widens the set)
        if op is sre.LITERAL:
            found.add((_escape(av), ignore))
            return found, False
        if op is sre.IN:
            found |= _class(av, ignore)
            return found, False
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags & _TYPE_FLAGS and add_flags & _TYPE_FLAGS != mode:
                # (?a:...) under a Unicode pattern (or (?u:...) under re.ASCII): \W, \D, \S and case folds there
                # are not those of the guard's class, which could then be narrower than the truth.
                raise _AnyCharacter(op)
            inner_ignore = (ignore or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            pieces, nullable = _first(list(sub), inner_ignore, mode)
        elif op is sre.BRANCH:
            pieces, nullable = set(), False
            for branch in av[1]:
                branch_pieces, branch_nullable = _first(list(branch), ignore, mode)
                pieces |= branch_pieces
                nullable = nullable or branch_nullable
        elif op in _REPEATS:
            minimum, _maximum, sub = av
            pieces, nullable = _first(list(sub), ignore, mode)
            nullable = nullable or minimum == 0
        else:
            raise _AnyCharacter(op)  # ANY, NOT_LITERAL, group references, conditionals
        found |= pieces
        if not nullable:
            return found, False
    return found, True


def _class(av: list[tuple[Any, Any]], ignore: bool) -> set[tuple[str, bool]]:
    pieces: set[tuple[str, bool]] = set()
    for op, value in av:
        if op is sre.LITERAL:
            pieces.add((_escape(value), ignore))
        elif op is sre.RANGE:
            pieces.add((f"{_escape(value[0])}-{_escape(value[1])}", ignore))
        elif op is sre.CATEGORY and value in _CATEGORIES:
            pieces.add((_CATEGORIES[value], ignore))
        else:
            raise _AnyCharacter(op)  # a negated class, or a category we do not map
    return pieces


def _escape(code: int) -> str:
    """A character as it may stand inside a class."""
    character = chr(code)
    return "\\" + character if character in "\\]^-[" else character
