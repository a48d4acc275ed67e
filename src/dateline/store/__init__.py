"""The store stage: SQLite by default, one transaction per ingested input, schema migrations."""

from __future__ import annotations

import os

from dateline.store.sqlite import ArticleSummary, SqliteStore, resolve_location

__all__ = ["ArticleSummary", "SqliteStore", "open_store", "resolve_location"]


def open_store(location: str | os.PathLike[str] | None = None) -> SqliteStore:
    """Open (creating and migrating if needed) the store at ``location``, ``DATELINE_DB`` or ./dateline.db."""
    return SqliteStore(resolve_location(location))
