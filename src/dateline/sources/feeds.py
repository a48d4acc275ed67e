"""RSS and Atom feeds: parse with feedparser, turn each entry into an input.

An entry's own page is preferred (feeds often carry only a teaser); its content or summary
HTML is the fallback when the page cannot be fetched or there is no link.
"""

from __future__ import annotations

import dataclasses
import io
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit
from xml.sax import SAXException, SAXParseException

import feedparser

from dateline.errors import SourceError
from dateline.records import InputKind, RawInput, SourceFailure
from dateline.sources.metadata import GivenMetadata, make_raw_input, one_line, one_line_text, parse_date
from dateline.sources.outlet_names import feed_outlet

DEFAULT_PAGE_WORKERS = 4

PageReader = Callable[[str, GivenMetadata], RawInput]
"""Fetches the page at a URL and returns it as an input; raises ``SourceError`` on failure."""


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: its link, metadata and the HTML the feed itself carries."""

    link: str | None
    title: str | None
    published: date | None
    content: str | None
    content_kind: InputKind
    author: str | None = None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: the outlet's title and its entries in feed order."""

    title: str | None
    entries: tuple[FeedEntry, ...]
    # The XML error feedparser recovered from, when it kept entries before it (a feed cut off or broken).
    problem: str | None = None


def parse_feed(data: bytes, origin: str, content_type: str | None = None, base_url: str | None = None) -> Feed:
    """Parse RSS/Atom bytes; raise ``SourceError`` "malformed feed XML: ..." if nothing is usable.

    A feed with an XML error but some entries is accepted: feedparser recovers what it can.
    ``base_url`` (where the feed was fetched from) makes relative entry links absolute.
    """
    headers = {"content-type": content_type} if content_type else {}
    if base_url:
        headers["content-location"] = base_url
    # A stream, not bytes or str: feedparser treats a string as a URL or file name to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if parsed.get("bozo") and not parsed.entries:
        problem = str(parsed.get("bozo_exception", "unreadable")).splitlines()[0]
        raise SourceError(origin, f"malformed feed XML: {problem}")
    title = one_line_text(parsed.feed.get("title"))
    error = parsed.get("bozo_exception")
    recovered = _xml_problem(error) if isinstance(error, SAXException) and _entries_lost(data, parsed) else None
    return Feed(title=title, entries=tuple(_entry(item) for item in parsed.entries), problem=recovered)


_ENTRY_OPEN = re.compile(rb"<(?:item|entry)[\s>]", re.IGNORECASE)
_ENTRY_CLOSE = re.compile(rb"</(?:item|entry)\s*>", re.IGNORECASE)


def _entries_lost(data: bytes, parsed: Any) -> bool:
    """Whether feedparser, recovering from an XML error, kept fewer whole entries than the feed holds: an entry
    left out, or the last one cut off. An entity it recovers from (``&nbsp;``) loses none (a review)."""
    kept = len(parsed.entries)
    return len(_ENTRY_OPEN.findall(data)) > kept or len(_ENTRY_CLOSE.findall(data)) < kept


def _xml_problem(error: SAXException) -> str:
    """ "line 1, column 187: undefined entity" rather than feedparser's "<unknown>:1:187: undefined entity"."""
    if isinstance(error, SAXParseException):
        return f"line {error.getLineNumber()}, column {error.getColumnNumber()}: {error.getMessage()}"
    return (str(error).splitlines() or ["unreadable"])[0]


def feed_inputs(
    feed: Feed,
    origin: str,
    given: GivenMetadata,
    read_page: PageReader | None,
    *,
    page_workers: int = DEFAULT_PAGE_WORKERS,
) -> Iterator[RawInput | SourceFailure]:
    """Yield one input (or failure) per entry of ``feed``, in feed order.

    Entry metadata (title, date, link, author, the outlet the feed's title names) fills what ``given`` lacks.
    Each input names ``origin`` as its ``feed``.
    Entry pages are fetched ``page_workers`` at a time, because a feed's pages are independent
    and each may take up to the fetcher's timeout.
    """
    if not feed.entries:
        yield SourceFailure(origin, "feed has no entries")
        return
    host = urlsplit(origin).hostname if origin.startswith(("http://", "https://")) else None
    jobs = [
        (entry, entry.link or f"{origin}#entry-{number}", given.filled_from(_entry_metadata(feed, entry, host)))
        for number, entry in enumerate(feed.entries, start=1)
    ]
    if read_page is None:
        for entry, entry_origin, metadata in jobs:
            yield _of_feed(_entry_input(entry, entry_origin, metadata, None), origin)
    else:
        pool = ThreadPoolExecutor(max_workers=max(1, page_workers), thread_name_prefix="dateline-feed")
        try:
            futures = [pool.submit(_entry_input, *job, read_page) for job in jobs]
            for future in futures:
                yield _of_feed(future.result(), origin)
        finally:
            # A consumer that stops early should not wait for pages nobody will read.
            pool.shutdown(wait=False, cancel_futures=True)
    if feed.problem is not None:
        # The entries before the error were read; the user must know the rest of the feed was not.
        count = len(feed.entries)
        yield SourceFailure(
            origin, f"malformed feed XML ({feed.problem}): only the {count} "
            + ("entry before it was read" if count == 1 else "entries before it were read")
        )


def _of_feed(item: RawInput | SourceFailure, feed: str) -> RawInput | SourceFailure:
    """An entry's input marked as the feed's, so a later stage that fails on it can have the feed read again."""
    return dataclasses.replace(item, feed=feed) if isinstance(item, RawInput) else item


def _entry_metadata(feed: Feed, entry: FeedEntry, host: str | None = None) -> GivenMetadata:
    site = host or (urlsplit(entry.link).hostname if entry.link else None)
    return GivenMetadata(
        published=entry.published, outlet=feed_outlet(feed.title, site), url=entry.link, title=entry.title,
        author=entry.author,
    )


def _entry_input(
    entry: FeedEntry, origin: str, metadata: GivenMetadata, read_page: PageReader | None
) -> RawInput | SourceFailure:
    page_problem, page_failed = "entry has no link", False
    if entry.link and read_page is not None:
        try:
            return read_page(entry.link, metadata)
        except SourceError as error:
            page_problem, page_failed = f"page: {error.reason}", True
    elif entry.link:
        page_problem = "page not fetched"
    if page_failed and entry.content and (words := _summary_words(entry.content)) < MIN_SUMMARY_WORDS:
        # A teaser too short to stand for the article: say why the page was not read instead (a review saw a 404
        # reported only as "no article text found").
        summary = f"{words} word{'' if words == 1 else 's'}"
        return SourceFailure(origin, f"feed entry has no content ({page_problem}; its summary has {summary})")
    if entry.content:
        return make_raw_input(origin, entry.content, entry.content_kind, metadata)
    return SourceFailure(origin, f"feed entry has no content ({page_problem})")


MIN_SUMMARY_WORDS = 8  # as extraction's shortest article
_TAG = re.compile(r"<[^>]*>")


def _summary_words(content: str) -> int:
    return len(_TAG.sub(" ", content).split())


def _entry(item: Any) -> FeedEntry:
    content, kind = _entry_content(item)
    return FeedEntry(
        link=_web_link(item.get("link")),
        title=one_line_text(item.get("title")),
        published=_entry_date(item),
        content=content,
        content_kind=kind,
        author=_entry_author(item),
    )


def _entry_author(item: Any) -> str | None:
    """The entry's authors by name (Atom ``author``, RSS ``dc:creator``; RSS ``author`` is an address, often with
    the name). feedparser's own split of an address misreads some ("jdoe@wire.example (Jane Doe)"), so the
    written text is read here."""
    people = item.get("authors") or []
    written = [person.get("name") for person in people if isinstance(person, dict)] if len(people) > 1 else []
    names: list[str] = []
    for text in written or [item.get("author")]:
        name = _person_name(one_line(text) or "")
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


_NAME_IN_PARENTHESES = re.compile(r"\(([^()@]+)\)")
# "Jane Doe <jdoe@example.com>", and "Jane Doe (jdoe@example.com)" as feedparser writes an Atom author with an email.
_NAME_BEFORE_ADDRESS = re.compile(r"([^<(@]+)[<(][^<>()]*@[^<>()]*[>)]\s*$")


def _person_name(text: str) -> str | None:
    """"jdoe@example.com (Jane Doe)", "Jane Doe <jdoe@example.com>" and "Jane Doe (jdoe@example.com)" are Jane
    Doe; an address alone is nobody."""
    if "@" not in text:
        return text or None
    found = _NAME_IN_PARENTHESES.search(text) or _NAME_BEFORE_ADDRESS.match(text)
    return " ".join(found[1].split()) or None if found else None


def _entry_content(item: Any) -> tuple[str | None, InputKind]:
    """The fullest body the feed carries: ``content`` (Atom, content:encoded) before ``summary``."""
    candidates: list[tuple[str, str]] = [
        (str(part.get("value", "")), str(part.get("type", ""))) for part in item.get("content", [])
    ]
    summary = item.get("summary_detail") or {}
    candidates.append((str(item.get("summary", "")), str(summary.get("type", "text/html"))))
    for value, media_type in candidates:
        if value.strip():
            return value, "text" if media_type == "text/plain" else "html"
    return None, "html"


def _entry_date(item: Any) -> date | None:
    """The entry's publication date as written in the feed; its update date if none."""
    written = False
    for key in ("published", "updated", "created"):
        raw = item.get(key)
        if isinstance(raw, str) and raw.strip():
            written = True
            parsed = parse_date(raw)
            if parsed is not None:
                return parsed
    if written:
        # Written but impossible ("2025-13-45T99:00:00Z", year 9999): feedparser's own reading rolls month 13
        # into the next year, so the entry counts as undated.
        return None
    for key in ("published_parsed", "updated_parsed"):
        struct = item.get(key)
        if isinstance(struct, time.struct_time):
            return date(struct.tm_year, struct.tm_mon, struct.tm_mday)
    return None


def _web_link(value: object) -> str | None:
    """The entry's link if it is a web address (feedparser may offer an Atom ``urn:`` id)."""
    link = one_line(value)
    if link is None or urlsplit(link).scheme.lower() not in ("http", "https"):
        return None
    return link


