"""Helpers shared by the CLI's command modules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from dateline.records import Timeline
from dateline.store import SqliteStore, open_store

DB_HELP = "SQLite file or postgresql:// URL of the store (default: $DATELINE_DB or ./dateline.db)."


def echo_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@contextmanager
def open_cli_store(db: str | None) -> Iterator[SqliteStore]:
    """Open the store for one command and close it afterwards."""
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def timeline_of(store: SqliteStore, story_id: int) -> Timeline:
    """Build the timeline of a stored story."""
    from dateline.link import build_timeline, get_story

    story = get_story(store, story_id)
    return build_timeline(story, store.articles(story.article_ids))
