"""Who wrote an article and for which outlet, read off bylines, bios and page labels.

These rules recognise the shapes news pages share (a "By ..." line, a name above a job title,
"X is a news editor at Outlet"), not any one outlet's wording.
"""

from __future__ import annotations

import re

from dateline.extract.furniture import ROLE_NOUN, ends_sentence, word_count

_NAME_WORD = r"[A-Z\u00c0-\u024f\u0400-\u042f][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|van|von|der|da|di|al|el|bin|ibn|le|la)\s+)?{_NAME_WORD}){{1,3}}"
# The words that open a byline ("By", "Reporting by", "Analysis by").
BYLINE_LEAD = r"(?i:by|written by|words by|text by|reporting by|story by|analysis by|opinion by|commentary by)"
_BYLINE = re.compile(
    rf"^{BYLINE_LEAD}\s+(?P<names>{_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME})*)(?P<rest>.*)$"
)
_NAME_LINE = re.compile(rf"^{_NAME}$")
_BIO = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:is|was|has been|covers|reports|writes|joined)\b(?P<rest>.*)$", re.DOTALL
)
_OUTLET_AFTER_ROLE = re.compile(
    r"\b(?:at|for|with|of)\s+(?P<outlet>(?:the\s+|The\s+)?[A-Z][\w&'’-]*(?:\.\w+)*"
    r"(?:\s+(?:[A-Z][\w&'’-]*(?:\.\w+)*|of|and|&)){0,4})"
)
_COPYRIGHT_OUTLET = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"(?P<outlet>[^.,|]{2,60}?)\s*(?:[.,|]|all rights reserved|$)",
    re.IGNORECASE,
)
# Words a name line never holds: it would be a heading or a sentence instead.
_NOT_NAME_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an of in on at for to and or with news breaking live update updates world read more share "
        "home menu editor reporter",
    )
)


def parse_byline(line: str) -> str | None:
    """Return the author names of a byline ("By Jane Doe and John Roe, Reuters"), or None."""
    stripped = line.strip()
    if word_count(stripped) > 16:
        return None
    match = _BYLINE.match(stripped)
    if match is None:
        return None
    return match.group("names").strip()


def is_name_line(line: str) -> bool:
    """Whether ``line`` is only a person's name (two to four capitalised words)."""
    stripped = line.strip()
    if not _NAME_LINE.match(stripped) or stripped.isupper():
        return False
    return not any(word.lower() in _NOT_NAME_WORDS for word in stripped.split())


def parse_bio(paragraph: str) -> tuple[str, str | None] | None:
    """Recognise an author bio ("Tim Doe is a news editor at The Kyiv Independent. ...").

    Returns the author's name and the outlet named after the job title (or None), or None when
    the paragraph is not a bio. A bio names a journalism role early on.
    """
    match = _BIO.match(paragraph.strip())
    if match is None:
        return None
    opening = match.group("rest")[:160]
    role = ROLE_NOUN.search(opening)
    if role is None:
        return None
    outlet_match = _OUTLET_AFTER_ROLE.search(opening, role.end())
    outlet = _clean_outlet(outlet_match.group("outlet")) if outlet_match else None
    return match.group("name"), outlet


def outlet_from_copyright(line: str) -> str | None:
    """Return the outlet a copyright line names ("© 2025 Kyiv Post. All rights reserved.")."""
    match = _COPYRIGHT_OUTLET.match(line.strip())
    if match is None:
        return None
    return _clean_outlet(match.group("outlet"))


def is_outlet_label(line: str) -> bool:
    """Whether ``line`` could be a site name: short, no sentence punctuation, not a byline."""
    stripped = line.strip()
    count = word_count(stripped)
    return (
        1 <= count <= 5
        and len(stripped) <= 40
        and not ends_sentence(stripped)
        and parse_byline(stripped) is None
        and any(char.isalpha() for char in stripped)
    )


def is_shouted_label(line: str) -> bool:
    """Whether ``line`` is a short all-capitals label, the way many sites print their name."""
    stripped = line.strip()
    letters = [char for char in stripped if char.isalpha()]
    return is_outlet_label(stripped) and len(letters) >= 2 and stripped.isupper()


def _clean_outlet(text: str) -> str | None:
    """Trim a captured outlet name of trailing connectives and sentence punctuation."""
    cleaned = re.sub(r"\s+(?:and|of|&)$", "", text.strip(" .,;:"))
    return cleaned or None
