"""The store stage: SQLite by default, one transaction per ingested input, schema migrations.

A ``postgresql://`` (or ``postgres://``) URL in place of a file selects the PostgreSQL store, which
has the same API (see docs/postgresql.md).
"""

from __future__ import annotations

import os

from dateline.errors import StoreError
from dateline.store.sqlite import ArticleSummary, SqliteStore, resolve_location, search_words

__all__ = ["ArticleSummary", "SqliteStore", "is_postgres_url", "open_store", "resolve_location", "search_words"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: str) -> bool:
    """Whether a ``--db`` value names a PostgreSQL server rather than a SQLite file."""
    return location.startswith(POSTGRES_SCHEMES)


def open_store(location: str | os.PathLike[str] | None = None) -> SqliteStore:
    """Open (creating and migrating if needed) the store at ``location``, ``DATELINE_DB`` or ./dateline.db.

    A ``postgresql://`` URL opens a :class:`~dateline.store.postgres.PostgresStore` (same API).
    """
    resolved = resolve_location(location)
    if is_postgres_url(resolved):
        try:
            from dateline.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(
                f"{resolved.split('@')[-1]}: PostgreSQL support needs psycopg (pip install 'dateline[postgres]')"
            ) from exc
        return PostgresStore(resolved)
    return SqliteStore(resolved)
