"""Helpers shared by the CLI's command modules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from dateline.errors import StoreError
from dateline.records import Timeline
from dateline.store import SqliteStore, is_postgres_url, open_store, resolve_location

DB_HELP = "SQLite file or postgresql:// URL of the store (default: $DATELINE_DB or ./dateline.db)."
READ_DB_HELP = DB_HELP[:-1] + "; it must exist (ingest creates it)."


class OptionError(click.ClickException):
    """Options that cannot go together: one line on stderr and exit status 2, as for click's usage errors."""

    exit_code = 2


def echo_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def missing_store(db: str | None) -> str | None:
    """The SQLite file ``db`` resolves to when no such file exists yet; None when it does, or for a server URL."""
    location = resolve_location(db)
    if is_postgres_url(location) or location == ":memory:" or Path(location).exists():
        return None
    return location


@contextmanager
def open_cli_store(db: str | None, *, create: bool = False) -> Iterator[SqliteStore]:
    """Open the store for one command and close it afterwards.

    Only commands that write (``create=True``) may create a store. For the others a SQLite file that
    does not exist is an error naming it: opening it would make an empty store, even its missing
    folders, where a mistyped ``--db`` or a run from the wrong folder meant to read an existing one.
    """
    missing = None if create else missing_store(db)
    if missing is not None:
        hint = "check --db" if db else "give --db"
        raise StoreError(f"{missing}: no Dateline store here (ingest something first, or {hint})")
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def timeline_of(store: SqliteStore, story_id: int) -> Timeline:
    """Build the timeline of a stored story."""
    from dateline.link import story_timeline

    return story_timeline(store, story_id)
