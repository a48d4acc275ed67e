"""Metadata the user gives for an ingest call, and how it combines with what a source carries."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from dateline.records import InputKind, RawInput


@dataclass(frozen=True)
class GivenMetadata:
    """Metadata from the command line (``--published/--outlet/--author/--url``); applies to every input.

    Metadata found in a feed entry or a JSONL record only fills the fields left as None here.
    """

    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None

    def filled_from(self, found: GivenMetadata) -> GivenMetadata:
        """Return this metadata with its missing fields taken from ``found``."""
        return GivenMetadata(
            published=self.published or found.published,
            outlet=self.outlet or found.outlet,
            url=self.url or found.url,
            title=self.title or found.title,
            author=self.author or found.author,
        )


def one_line(value: object) -> str | None:
    """A given text field on one line, its runs of spaces folded; None when it is not text or is blank."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


# A tag: "<b>", "</b>", "<br/>", '<a href="...">'; "<3%" or "a < b" is text. Inline ones stand inside a word
# ("<b>re</b>lief"), others between words.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|code|em|font|i|mark|q|s|small|span|strong|sub|sup|u)\b[^<>]*>", re.I)


def one_line_text(value: object) -> str | None:
    """A text field that may be written in HTML (a feed item's title, "Aid &amp; <b>relief</b>") as one line of
    plain text: its tags removed, its entities decoded, its spaces folded; None when it is not text or is blank.
    A title keeps no markup: a user test's article was stored as "Aid & <b>relief"."""
    if not isinstance(value, str):
        return None
    return one_line(html.unescape(_TAG.sub(" ", _INLINE_TAG.sub("", value))))


def make_raw_input(origin: str, body: str, kind: InputKind, given: GivenMetadata) -> RawInput:
    """Build the ``RawInput`` for one decoded document with its given metadata."""
    return RawInput(
        origin=origin,
        body=body,
        kind=kind,
        url=given.url,
        given_title=given.title,
        given_published=given.published,
        given_outlet=given.outlet,
        given_author=given.author,
    )


EARLIEST_PUBLICATION = date(1800, 1, 1)


def implausible_publication(day: date) -> str | None:
    """Why ``day`` cannot be a publication date (before 1800, or after tomorrow: nothing read today was published
    later, a day's slack for time zones), or None when it can. A feed's year 9999 had put its story at the top
    of the store's list (a review)."""
    if day < EARLIEST_PUBLICATION:
        return f"before {EARLIEST_PUBLICATION.year}"
    if day > date.today() + timedelta(days=1):
        return "in the future"
    return None


def parse_date(value: str) -> date | None:
    """Parse an ISO 8601 or RFC 822 date (with or without time); None if it is neither, or if it cannot be a
    publication date (see :func:`implausible_publication`).

    The calendar date is the one written, in the writer's own time zone: a story published at
    23:30 local time keeps its local date rather than moving to the next UTC day.
    """
    found = read_date(value)
    return found if found is not None and implausible_publication(found) is None else None


def read_date(value: str) -> date | None:
    """The date an ISO 8601 or RFC 822 string writes, whether or not it can be a publication date."""
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
