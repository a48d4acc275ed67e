"""Two spellings of one person's name across articles: "Doug Suttles" / "Doug Suttle", "Felipe Calderon" /
"Felipe Caldern".

A user test's BP store filed Doug Suttles under both spellings, and a day-before join of two outlets' reports was
lost for it; of 1,123 full-name people in two user stores, 10 pairs differ so, every one a misspelling of one
name. Only the surname may differ, by one letter (added, dropped or changed), and only a surname of six letters
or more, so "John Smith" and "John Smyth" or "Tom Kelly" and "Tom Kelley" are never guessed one. Nor are two
surnames that differ where surnames of one family differ ("David Johnson" / "David Johnston", "Peter Hansen" / "Peter
Jansen", "John Thompson" / "John Thomson", "Carlos Fernandez" / "Carlos Hernandez"): each spelling is a surname of its
own, borne by other people, not a slip of one.
"""

from __future__ import annotations

from string import ascii_lowercase

MIN_SURNAME_LETTERS = 6


def spelled_alike(first: list[str], second: list[str]) -> bool:
    """Whether two full names (key words) are one name spelled two ways: the same given names, surnames of at least
    MIN_SURNAME_LETTERS letters one letter apart."""
    if len(first) != len(second) or len(first) < 2 or first[:-1] != second[:-1]:
        return False
    a, b = first[-1], second[-1]
    return (
        a != b and min(len(a), len(b)) >= MIN_SURNAME_LETTERS and _one_letter_apart(a, b)
        and not _surnames_of_one_family(a, b)
    )


# Parts in which two distinct surnames of one family differ by a letter: "-son"/"-sen" (Hanson, Hansen), "-son"/
# "-ston" (Johnson, Johnston), "mps"/"ms" (Thompson, Thomson), "sch"/"sh" (Fischer, Fisher), "dt"/"tt" (Schmidt,
# Schmitt); "^" marks a first letter (Hernandez, Fernandez; Hansen, Jansen; Gordon, Jordan).
_FAMILY_PARTS = (
    ("son", "sen"), ("son", "ston"), ("sen", "sten"), ("mps", "ms"), ("sch", "sh"), ("dt", "tt"),
    ("^h", "^f"), ("^h", "^j"), ("^g", "^j"), ("^k", "^c"),
)


def _surnames_of_one_family(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in one of ``_FAMILY_PARTS``: two surnames, not two spellings of one."""
    for x, y in _FAMILY_PARTS:
        for one, other, part, instead in ((a, b, x, y), (b, a, x, y), (a, b, y, x), (b, a, y, x)):
            if part.startswith("^"):
                if one.startswith(part[1:]) and instead[1:] + one[len(part) - 1 :] == other:
                    return True
                continue
            at = one.find(part)
            while at >= 0:
                if one[:at] + instead + one[at + len(part) :] == other:
                    return True
                at = one.find(part, at + 1)
    return False


def surname_variants(surname: str) -> list[str]:
    """Every surname one letter from ``surname`` (the stored surnames to look up for it); none for a short one."""
    if len(surname) < MIN_SURNAME_LETTERS:
        return []
    found = {surname[:i] + surname[i + 1 :] for i in range(len(surname))}
    for i in range(len(surname) + 1):
        for letter in ascii_lowercase:
            found.add(surname[:i] + letter + surname[i:])
            if i < len(surname):
                found.add(surname[:i] + letter + surname[i + 1 :])
    found.discard(surname)
    return sorted(v for v in found if len(v) >= MIN_SURNAME_LETTERS)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
