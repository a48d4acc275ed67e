"""OPML subscription lists: the feed URLs they name."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from dateline.errors import SourceError


def opml_feed_urls(data: bytes, origin: str) -> list[str]:
    """Return the ``xmlUrl`` of every outline, in document order, without repeats.

    Raises ``SourceError`` "malformed OPML: ..." for XML that does not parse and "OPML lists
    no feeds" when no outline names a feed. ElementTree resolves no external entities.
    """
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise SourceError(origin, f"malformed OPML: {error}") from None
    urls: list[str] = []
    for outline in root.iter("outline"):
        # The spec says xmlUrl; some exporters write it in lower case.
        url = outline.get("xmlUrl") or outline.get("xmlurl") or ""
        url = url.strip()
        if url and url not in urls:
            urls.append(url)
    if not urls:
        raise SourceError(origin, "OPML lists no feeds")
    return urls
