"""Recognise what a document is from its first bytes: feed, OPML, HTML or plain text.

Extensions and Content-Type headers lie often enough that the content decides; they are only
hints when the content is ambiguous.
"""

from __future__ import annotations

import re
from typing import Literal

from dateline.sources.decode import strip_bom

DocumentKind = Literal["feed", "opml", "html", "text"]

_SNIFF_BYTES = 4096
# Skip the XML declaration, processing instructions, comments and a doctype to reach the root tag.
_PROLOG = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
_ROOT_TAG = re.compile(r"<([A-Za-z_][\w.:-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:html|head|body|p|div|article|meta|title|h[1-6]|br|span|a\s+href|section|main|script)[\s/>]",
    re.IGNORECASE,
)
_FEED_CONTENT_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_OPML_CONTENT_TYPES = ("text/x-opml", "application/x-opml", "text/opml")


def _head_text(data: bytes) -> str:
    """Decode the first bytes well enough to read ASCII markup (tag names)."""
    body, encoding = strip_bom(data[: _SNIFF_BYTES + 4])
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        return body.decode(encoding, "ignore")
    return body[:_SNIFF_BYTES].decode("latin-1")


def root_tag(data: bytes) -> str | None:
    """Return the lower-cased name of the document's root XML/HTML tag, or None if it has none."""
    head = _head_text(data)
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() :] if prolog else head
    match = _ROOT_TAG.match(rest)
    return match.group(1).lower() if match else None


def sniff_kind(data: bytes, content_type: str | None = None) -> DocumentKind:
    """Classify ``data`` as a feed, an OPML list, an HTML page or plain text.

    The root element decides for XML; a feed or OPML Content-Type wins when the root is unknown
    (so a malformed feed is reported as a malformed feed, not read as an article).
    """
    root = root_tag(data)
    if root in _FEED_ROOTS:
        return "feed"
    if root == "opml":
        return "opml"
    if root == "html":
        return "html"
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in _FEED_CONTENT_TYPES:
        return "feed"
    if media_type in _OPML_CONTENT_TYPES:
        return "opml"
    return "html" if looks_like_html(_head_text(data)) else "text"


def looks_like_html(head: str) -> bool:
    """Whether the start of a document is HTML markup rather than prose."""
    return bool(_HTML_START.match(head) or _HTML_TAG.search(head[:2048]))
