"""``iter_inputs``: turn what the user names on ``dateline ingest SOURCE...`` into inputs.

A SOURCE is a file, a directory, ``-`` (stdin), an http(s) URL, an RSS/Atom feed, an OPML list
or a JSONL file. Every problem becomes a ``SourceFailure`` naming the input; nothing raises for
bad input, so one broken source never stops the others.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from dateline.errors import SourceError
from dateline.records import STDIN_ORIGIN, InputKind, RawInput, SourceFailure, SourceUnchanged
from dateline.sources.cache import FeedCache
from dateline.sources.decode import charset_from_content_type, decode_text
from dateline.sources.feeds import PageReader, feed_inputs, parse_feed
from dateline.sources.fetch import DEFAULT_MAX_BYTES, Fetcher, FetchResult
from dateline.sources.files import inner_name, read_capped, read_file, read_named, walk_files
from dateline.sources.jsonl import is_json_document, is_jsonl, jsonl_inputs, jsonl_records, looks_like_jsonl
from dateline.sources.metadata import GivenMetadata, make_raw_input
from dateline.sources.opml import opml_feed_urls
from dateline.sources.sniff import looks_like_html, sniff_kind

Item = RawInput | SourceFailure | SourceUnchanged

_SCHEME = re.compile(r"\A([A-Za-z][A-Za-z0-9+.-]*)://")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_NOT_DOCUMENT_TYPES = (
    "image/",
    "audio/",
    "video/",
    "font/",
    "application/pdf",
    "application/zip",
    "application/octet-stream",
)


def iter_inputs(
    specs: Sequence[str],
    given: GivenMetadata = GivenMetadata(),  # noqa: B008 - frozen, so a shared default is safe
    *,
    fetcher: Fetcher | None = None,
    feed_cache: FeedCache | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Yield a ``RawInput`` or a ``SourceFailure`` for every document the ``specs`` name, in order, and a
    ``SourceUnchanged`` for a feed that has not changed since it was last read.

    ``given`` applies to every input; feed-entry and JSONL metadata fill what it leaves empty.
    URLs are fetched with ``fetcher`` (a default ``Fetcher`` is made, and closed, when None).
    Feed entries' own pages are fetched when the feed came over HTTP or a fetcher was passed;
    otherwise the entry's content or summary is used. ``feed_cache`` enables conditional GET:
    an unchanged feed (304) yields only its ``SourceUnchanged``. A feed's validators are stored only when none
    of its entries failed, and the request is not conditional when ``given`` sets any field (it must be
    applied to the entries). ``stdin`` defaults to ``sys.stdin.buffer``.
    ``max_bytes`` caps each file, stdin, JSONL line and (for a default fetcher) HTTP body.
    """
    if isinstance(specs, str):  # one SOURCE passed bare would otherwise be read letter by letter
        specs = [specs]
    run = _IngestRun(given, fetcher, feed_cache, stdin, max_bytes)
    try:
        for spec in specs:
            yield from run.spec_inputs(spec)
    finally:
        run.close()


def iter_documents(
    documents: Sequence[tuple[str, bytes]],
    given: GivenMetadata = GivenMetadata(),  # noqa: B008 - frozen, so a shared default is safe
    *,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Like :func:`iter_inputs` for documents already read, each a (file name, content) pair: files uploaded to the
    web form. The name (not a path on this machine) is each input's origin and tells its kind as a file's name does
    (``.jsonl``, ``.html``, ``.txt``); a feed or OPML list among them is read as from a file, with ``fetcher``."""
    run = _IngestRun(given, fetcher, None, None, max_bytes)
    try:
        for name, data in documents:
            yield from _guarded(name, run.named_inputs(name, data))
    finally:
        run.close()


class _IngestRun:
    """State shared by the sources of one ``iter_inputs`` call (the HTTP client, the cache)."""

    def __init__(
        self,
        given: GivenMetadata,
        fetcher: Fetcher | None,
        feed_cache: FeedCache | None,
        stdin: BinaryIO | None,
        max_bytes: int,
    ) -> None:
        self.given = given
        self.feed_cache = feed_cache
        self.stdin = stdin
        self.max_bytes = max_bytes
        self._fetcher = fetcher
        self._owns_fetcher = False
        self._fetch_entry_pages = fetcher is not None

    def close(self) -> None:
        """Close the HTTP client if this run made it."""
        if self._owns_fetcher and self._fetcher is not None:
            self._fetcher.close()

    @property
    def fetcher(self) -> Fetcher:
        """The fetcher passed in, or a default one made on first use."""
        if self._fetcher is None:
            self._fetcher = Fetcher(max_bytes=self.max_bytes)
            self._owns_fetcher = True
        return self._fetcher

    def spec_inputs(self, spec: str) -> Iterator[Item]:
        """Inputs for one SOURCE argument."""
        scheme = _SCHEME.match(spec)
        if spec == "-":
            yield from _guarded(STDIN_ORIGIN, self._stdin_inputs())
        elif scheme and scheme.group(1).lower() in ("http", "https"):
            yield from _guarded(spec, self._url_inputs(spec, from_opml=False))
        elif scheme:
            yield SourceFailure(spec, f"unsupported scheme {scheme.group(1)!r}")
        else:
            yield from self._path_inputs(Path(spec))

    def _path_inputs(self, path: Path) -> Iterator[Item]:
        if path.is_dir():
            found = False
            for child in walk_files(path):
                found = True
                if isinstance(child, SourceFailure):
                    yield child
                else:
                    yield from _guarded(str(child), self._file_inputs(child))
            if not found:
                yield SourceFailure(str(path), "directory has no input files")
        elif path.exists():
            yield from _guarded(str(path), self._file_inputs(path))
        else:
            yield SourceFailure(str(path), "no such file or directory")

    def _file_inputs(self, path: Path) -> Iterator[Item]:
        if is_jsonl(path):
            yield from jsonl_inputs(path, self.given, self.max_bytes)
            return
        data = read_file(path, self.max_bytes)
        yield from self._document_inputs(data, str(path), _suffix_kind(inner_name(path)))

    def named_inputs(self, name: str, data: bytes) -> Iterator[Item]:
        """A document read elsewhere (an upload), named like a file."""
        data = read_named(name, data, self.max_bytes)
        inner = inner_name(Path(name))
        if is_jsonl(Path(inner)):
            yield from jsonl_records(io.BytesIO(data), name, self.given, self.max_bytes)
            return
        yield from self._document_inputs(data, name, _suffix_kind(inner))

    def _stdin_inputs(self) -> Iterator[Item]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        data = read_capped(stream, STDIN_ORIGIN, self.max_bytes)
        yield from self._document_inputs(data, STDIN_ORIGIN, None)

    def _document_inputs(self, data: bytes, origin: str, suffix_kind: InputKind | None) -> Iterator[Item]:
        """A local document (file or stdin): JSONL, a feed, an OPML list, or one page."""
        kind = sniff_kind(data)
        if suffix_kind is None and kind in ("html", "text") and looks_like_jsonl(data):
            yield from jsonl_records(io.BytesIO(data), origin, self.given, self.max_bytes)
        elif suffix_kind is None and kind in ("html", "text") and is_json_document(data):
            # A user test ingested a data set's ground-truth.json as one 130,000-word "article".
            raise SourceError(origin, "JSON data, not an article (JSONL input holds one record per line, each with "
                                      '"text" or "html")')
        elif kind == "feed":
            feed = parse_feed(data, origin)
            yield from feed_inputs(feed, origin, self.given, self._page_reader(from_http=False))
        elif kind == "opml":
            for url in opml_feed_urls(data, origin):
                yield from _guarded(url, self._url_inputs(url, from_opml=True))
        else:
            text = decode_text(data, origin)
            page_kind = suffix_kind or ("html" if looks_like_html(text[:4096]) else "text")
            yield make_raw_input(origin, text, page_kind, self.given)

    def _url_inputs(self, url: str, *, from_opml: bool) -> Iterator[Item]:
        """A URL: a feed's entries, an OPML list's feeds, or one article page."""
        scheme = _SCHEME.match(url)
        if scheme is None:
            raise SourceError(url, "not an absolute http(s) URL")
        if scheme.group(1).lower() not in ("http", "https"):
            raise SourceError(url, f"unsupported scheme {scheme.group(1)!r}")
        # Metadata given for this run (--published, --outlet, --author) is to be applied to the entries even when
        # the feed has not changed: an unchanged feed read without it would apply nothing (a user test's
        # --published on a feed read before said "unchanged" and re-dated nothing).
        conditional = self.given == GivenMetadata()
        etag, last_modified = self.feed_cache.get(url) if self.feed_cache and conditional else (None, None)
        result = self.fetcher.fetch(url, etag=etag, last_modified=last_modified)
        if result.not_modified:
            yield SourceUnchanged(url)
            return
        kind = sniff_kind(result.body, result.content_type)
        if kind == "feed":
            feed = parse_feed(result.body, url, result.content_type, base_url=result.url)
            failed = False
            for item in feed_inputs(feed, url, self.given, self._page_reader(from_http=True)):
                failed = failed or isinstance(item, SourceFailure)
                yield item
            # A feed with an entry that failed (its page down) is not remembered as read, so the next run reads it
            # again and retries the entry instead of hearing "not modified" (a user test lost such an entry).
            if self.feed_cache is not None and not failed:
                self.feed_cache.put(url, result.etag, result.last_modified)
        elif from_opml:
            raise SourceError(url, f"OPML lists it as a feed but it is {kind}")
        elif kind == "opml":
            for feed_url in opml_feed_urls(result.body, url):
                yield from _guarded(feed_url, self._url_inputs(feed_url, from_opml=True))
        else:
            yield page_input(result, url, self.given)

    def _page_reader(self, from_http: bool) -> PageReader | None:
        if not (from_http or self._fetch_entry_pages):
            return None

        def read_page(url: str, metadata: GivenMetadata) -> RawInput:
            return page_input(self.fetcher.fetch(url), url, metadata)

        return read_page


def _suffix_kind(name: str) -> InputKind | None:
    """The kind a file's (lower-case) name says it is: an HTML page or plain text; None when it says neither."""
    if name.endswith(_HTML_SUFFIXES):
        return "html"
    if name.endswith(_TEXT_SUFFIXES):
        return "text"
    return None


def page_input(result: FetchResult, origin: str, given: GivenMetadata) -> RawInput:
    """Decode a fetched page into a ``RawInput``; raise ``SourceError`` if it is not a text page."""
    media_type = (result.content_type or "").split(";")[0].strip().lower()
    if media_type.startswith(_NOT_DOCUMENT_TYPES):
        raise SourceError(origin, f"not a web page (content type {media_type})")
    text = decode_text(result.body, origin, charset_from_content_type(result.content_type))
    kind: InputKind
    if media_type in ("text/html", "application/xhtml+xml"):
        kind = "html"
    elif media_type == "text/plain":
        kind = "text"
    else:
        kind = "html" if looks_like_html(text[:4096]) else "text"
    return make_raw_input(origin, text, kind, given.filled_from(GivenMetadata(url=result.url)))


def _guarded(origin: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass ``items`` on, turning an error while producing them into one failure for ``origin``."""
    try:
        yield from items
    except SourceError as error:
        yield SourceFailure(error.origin, error.reason)
    except Exception as error:
        first_line = (str(error).splitlines() or [""])[0]
        yield SourceFailure(origin, f"unreadable ({type(error).__name__}: {first_line})")
