"""JSONL files: one record per line, ``{"text"|"html", "url", "title", "published", "outlet", "author"}``."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from io import BufferedReader
from pathlib import Path
from typing import Protocol

from dateline.errors import SourceError
from dateline.records import InputKind, RawInput, SourceFailure
from dateline.sources.fetch import size_label
from dateline.sources.files import describe_os_error
from dateline.sources.metadata import (
    GivenMetadata,
    implausible_publication,
    make_raw_input,
    one_line,
    parse_date,
    read_date,
)

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_METADATA_KEYS = ("url", "title", "outlet", "published", "author")


class LineReader(Protocol):
    """A binary stream read line by line: a file, a ``GzipFile``, a ``BytesIO``."""

    def readline(self, size: int = -1, /) -> bytes:
        """Read one line of at most ``size`` bytes."""
        ...


def is_jsonl(path: Path) -> bool:
    """Whether ``path`` is named as a JSON Lines file."""
    return path.name.lower().endswith(JSONL_SUFFIXES)


def jsonl_inputs(path: Path, given: GivenMetadata, max_bytes: int) -> Iterator[RawInput | SourceFailure]:
    """Yield one input per record line of ``path``; a bad line is a failure and the rest go on.

    The file is streamed line by line, so its total size is not capped; each line is.
    Origins are ``PATH:LINE`` (1-based). Blank lines are skipped.
    """
    try:
        stream = _open(path)
    except OSError as error:
        yield SourceFailure(str(path), describe_os_error(error))
        return
    with stream:
        try:
            yield from jsonl_records(stream, str(path), given, max_bytes)
        except (OSError, EOFError, zlib.error) as error:
            yield SourceFailure(str(path), f"unreadable: {error}")


def looks_like_jsonl(data: bytes) -> bool:
    """Whether unnamed content (stdin, a file without a known extension) is JSONL records.

    True when the first non-blank line is a JSON object with a "text" or "html" field.
    """
    for line in data[:65536].splitlines():
        if line.strip():
            try:
                record = json.loads(line.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                return False
            return isinstance(record, dict) and ("text" in record or "html" in record)
    return False


def is_json_document(data: bytes) -> bool:
    """Whether content is one JSON object or array (a data file, not a page): it starts with "{" or "[" and parses."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith((b"{", b"[")):
        return False
    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # UnicodeDecodeError, JSONDecodeError, a number of over 4,300 digits
        return False
    return True


def _open(path: Path) -> gzip.GzipFile | BufferedReader:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def jsonl_records(
    stream: LineReader, name: str, given: GivenMetadata, max_bytes: int
) -> Iterator[RawInput | SourceFailure]:
    """Yield one input or failure per non-blank line of ``stream``; origins are ``NAME:LINE``. A stream with no
    record at all is one failure naming it (an empty file is no successful ingest)."""
    records = 0
    for number, line in enumerate(iter(lambda: stream.readline(max_bytes + 1), b""), start=1):
        origin = f"{name}:{number}"
        if len(line) > max_bytes:
            records += 1
            yield SourceFailure(origin, f"line larger than {size_label(max_bytes)}")
            # Skip the rest of the oversize line so the next record starts on its own line.
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_bytes + 1)
            continue
        if not line.strip():
            continue
        records += 1
        try:
            yield record_input(line, origin, given)
        except SourceError as error:
            yield SourceFailure(origin, error.reason)
        except RecursionError:
            # JSON nested thousands deep: this line fails alone, the file goes on (a review).
            yield SourceFailure(origin, "JSON nested too deep")
    if records == 0:
        yield SourceFailure(name, "empty: no JSONL records")


def record_input(line: bytes, origin: str, given: GivenMetadata) -> RawInput:
    """Turn one JSONL line into a ``RawInput``; raise ``SourceError`` saying what is wrong."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SourceError(origin, "line is not valid UTF-8") from None
    except json.JSONDecodeError as error:
        reason = f"invalid JSON: {error.msg.removesuffix(' at')} (column {error.colno})"
        raise SourceError(origin, reason) from None
    if not isinstance(record, dict):
        raise SourceError(origin, f"expected a JSON object, got {type(record).__name__}")
    for key in (*_METADATA_KEYS, "text", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise SourceError(origin, f"{key!r} must be a string")
    html, text = record.get("html") or "", record.get("text") or ""
    if not html.strip() and not text.strip():
        blank = [key for key in ("text", "html") if key in record]
        # A field that is there but blank is named as such (a user test was told it had no 'text').
        raise SourceError(origin, f"record's {blank[0]!r} is empty" if blank else "record has no 'text' or 'html'")
    published = None
    # A date given on the command line wins, so the record's own date need not parse.
    if record.get("published") and given.published is None:
        published = parse_date(record["published"])
        if published is None:
            written = read_date(record["published"])
            problem = implausible_publication(written) if written else None
            why = f"cannot be a publication date ({problem})" if problem else "unreadable"
            raise SourceError(origin, f"'published' date {record['published']!r}: {why}")
    found = GivenMetadata(
        published=published, outlet=record.get("outlet"), url=record.get("url"), title=record.get("title"),
        author=one_line(record.get("author")),
    )
    kind: InputKind = "html" if html.strip() else "text"
    body = html if kind == "html" else text
    return make_raw_input(origin, body, kind, given.filled_from(found))
