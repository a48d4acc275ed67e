"""Helpers shared by the CLI's command modules."""

from __future__ import annotations

import json
import math
import re
import sqlite3
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


class _Seconds(click.ParamType[float]):
    """A positive, finite number of seconds ("nan" and "inf" passed click's FloatRange and failed later)."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or not 0 < seconds <= MAX_SECONDS:
            self.fail(f"{value!r} is not in the range 0<x<={MAX_SECONDS:g} (seconds)", param, ctx)
        return seconds


MAX_SECONDS = 3600.0
SECONDS = _Seconds()


class _Id(click.ParamType[int]):
    """A story or article id: a whole number that fits SQLite's integer (a larger one is a usage error, not an
    OverflowError traceback); anything else is named as no id (click's IntRange said "'abc' is not a valid integer
    range", a user test)."""

    name = "id"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            number = value
        elif _DIGITS.fullmatch(str(value).strip()):
            number = int(str(value).strip())
        else:  # not int()'s "1_000", "+5" or other scripts' digits either (a review)
            self.fail(f"{value!r} is not an id: ids are whole numbers, as `dateline stories` and "
                      "`dateline articles` list them", param, ctx)
        if not 0 <= number <= MAX_ID:
            self.fail(f"{value!r} is not in the range 0<=x<={MAX_ID} (ids)", param, ctx)
        return number


MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]+")
ID = _Id()


class OptionError(click.ClickException):
    """Options that cannot go together: one line on stderr and exit status 2, as for click's usage errors."""

    exit_code = 2


def echo_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def missing_store(db: str | None) -> str | None:
    """The SQLite file ``db`` resolves to when no store file exists there yet (no file, or an empty one); None when
    it does, or for a server URL."""
    location = resolve_location(db)
    if is_postgres_url(location) or location == ":memory:":
        return None
    path = Path(location)
    # An empty file is no store either (a review: `stories --db` on one made it a store).
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
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
    try:
        store = open_store(db)
    except sqlite3.DatabaseError as exc:
        raise _damaged(db, exc) from exc
    try:
        yield store
    except sqlite3.DatabaseError as exc:
        raise _damaged(db, exc) from exc
    finally:
        store.close()


def _damaged(db: str | None, error: sqlite3.DatabaseError) -> StoreError:
    """A damaged store file ("database disk image is malformed") or one this user may not write, named, in one
    line; nothing was written."""
    if "readonly" in str(error):
        return StoreError(f"{resolve_location(db)}: the store is read-only here ({error}); nothing was written")
    if "locked" in str(error) or "busy" in str(error):
        # Another process held the store past the wait (a review: this had been given recovery advice).
        return StoreError(f"{resolve_location(db)}: the store is busy (another process is writing to it); "
                          "nothing was written, try again")
    return StoreError(f"{resolve_location(db)}: the store cannot be read ({error}); restore a copy, or try "
                      "`sqlite3 FILE .recover`")


def timeline_of(store: SqliteStore, story_id: int) -> Timeline:
    """Build the timeline of a stored story (saying so on stderr when the id is of a story merged into another)."""
    from dateline.link import story_timeline

    timeline = story_timeline(store, story_id)
    note_merged(story_id, timeline.story.id)
    return timeline


def note_merged(asked: int, shown: int) -> None:
    """Say on stderr that the story asked for is now part of another, which is shown: a user test found a merged
    story's old id served the other story without a word."""
    if asked != shown:
        click.echo(f"note: story {asked} was merged into story {shown}; showing story {shown}", err=True)
