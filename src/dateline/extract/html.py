"""Extract an article from an HTML page with trafilatura, offline.

The options were tuned on the Zyte article-extraction benchmark (see docs/extraction.md):
``favor_precision`` drops more boilerplate than it loses text there.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import trafilatura

from dateline.extract.metadata import PageContent


def extract_html(html: str, url: str | None = None) -> PageContent:
    """Return the main text and metadata trafilatura finds in ``html``.

    Never fetches anything: the page is parsed from the string, and ``url`` only helps
    resolve the canonical address and dates written in it. An empty ``text`` means
    trafilatura found no article.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=_date_params(url),
    )
    if document is None:
        return PageContent(title="", text="")
    fields: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    published = _parse_iso_date(fields.get("date"))
    return PageContent(
        title=_clean(fields.get("title")) or "",
        text=_paragraphs(fields.get("text") or ""),
        url=_clean(fields.get("url")),
        outlet=_clean(fields.get("sitename")),
        author=_clean(fields.get("author")),
        published=published,
        published_evidence="htmldate (page metadata)" if published else "",
    )


def _date_params(url: str | None) -> dict[str, Any]:
    """htmldate settings: the original publication date from markup and URL only.

    Dates found in running text are left to the temporal tagger, which knows their context.
    """
    return {"original_date": True, "extensive_search": False, "url": url}


def _parse_iso_date(value: object) -> date | None:
    """Parse htmldate's ``YYYY-MM-DD`` output; anything else counts as no date."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    """Strip a metadata string; empty or non-string values become None."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _paragraphs(text: str) -> str:
    """Turn trafilatura's one-block-per-line text into paragraphs separated by blank lines."""
    return "\n\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
