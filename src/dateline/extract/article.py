"""The extract stage: one ``RawInput`` in, one clean ``Article`` out."""

from __future__ import annotations

import re
import unicodedata

from dateline.errors import ExtractionError
from dateline.extract.html import extract_html
from dateline.extract.language import detect_language
from dateline.extract.metadata import PageContent, merge_given
from dateline.extract.pasted import extract_pasted
from dateline.records import Article, RawInput

# Share of control or replacement characters above which a body is binary data, not text.
_MAX_GARBAGE_SHARE = 0.05
_GARBAGE_SAMPLE_CHARS = 20_000
# Invisible characters pasted text carries that would split words or confuse matching.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Control characters plus C1 controls and replacement characters: what binary data decodes to.
_BINARY_MARK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_TITLE_CHARS = 120


def extract_article(raw: RawInput) -> Article:
    """Extract the clean article from ``raw``: text, title, outlet, author, date and language.

    Metadata given on ``raw`` overrides what the page says. Raises ``ExtractionError`` naming
    ``raw.origin`` when the input holds no article text (empty, only page furniture, binary
    data); no other exception escapes for bad input.
    """
    body = _readable_body(raw)
    try:
        if raw.kind == "html" or _looks_like_html(body):
            page = extract_html(body, raw.url)
        else:
            page = extract_pasted(body, raw.given_title, raw.url)
    except Exception as error:
        # Parsers of untrusted pages (lxml, trafilatura, htmldate) fail in many undocumented ways;
        # this is the stage boundary, so any such failure becomes an error naming the input.
        raise ExtractionError(raw.origin, f"could not parse the page ({type(error).__name__})") from error
    if not any(char.isalpha() for char in page.text):
        raise ExtractionError(raw.origin, _empty_reason(raw, page))
    given = merge_given(raw, page)
    return Article(
        origin=raw.origin,
        title=given.title or _title_from_text(page.text),
        text=page.text,
        raw=raw.body,
        raw_kind=raw.kind,
        url=given.url,
        outlet=given.outlet,
        author=page.author,
        published=given.published,
        language=detect_language(page.text),
        caption=page.caption,
        removed=page.removed,
    )


def _readable_body(raw: RawInput) -> str:
    """Return the body without invisible and control characters, refusing binary data."""
    body = raw.body
    if not body.strip():
        raise ExtractionError(raw.origin, "the input is empty")
    sample = body[:_GARBAGE_SAMPLE_CHARS]
    garbage = len(_BINARY_MARK.findall(sample))
    if garbage / len(sample) > _MAX_GARBAGE_SHARE:
        raise ExtractionError(raw.origin, "the input looks like binary data, not text")
    cleaned = _CONTROL.sub("", _INVISIBLE.sub("", body))
    return unicodedata.normalize("NFC", cleaned)


def _looks_like_html(body: str) -> bool:
    """Whether text input is really an HTML document (page source saved or piped as text)."""
    opening = body.lstrip()[:200].lower()
    return opening.startswith(("<!doctype html", "<html"))


def _empty_reason(raw: RawInput, page: PageContent) -> str:
    """Say why nothing was kept, so the user can tell an empty page from a furniture-only one."""
    if raw.kind == "html":
        return "no article text found in the HTML page"
    if page.removed:
        return f"no article text found: all {len(page.removed)} lines were page furniture"
    return "no article text found"


def _title_from_text(text: str) -> str:
    """Fall back on the opening sentence, shortened, when the page names no headline."""
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    if len(first) <= _MAX_TITLE_CHARS:
        return first
    return first[:_MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
