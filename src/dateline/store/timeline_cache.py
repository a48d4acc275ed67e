"""A story's built timeline kept in the store, keyed by a hash of everything it is built from.

Building the timeline of a story of a few hundred articles takes seconds (same-event merging and the
disagreement checks compare thousands of reports), and every command that shows a story (``timeline``,
``--top``, ``conflicts``, ``export``) is its own process. The first command builds and saves it; the next
ones read it back while the story, its articles, their reprints and copies, and the code are unchanged.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import StoreError
from dateline.link.site_paragraphs import timeline_boilerplate
from dateline.store import codec

if TYPE_CHECKING:
    # Only for annotations: the store module imports the link package, which reads timelines through this one.
    from dateline.records import Story
    from dateline.store.sqlite import SqliteStore

# What a timeline reads of each article and reprint (not the raw page: the text and analysis come from it).
_ARTICLE_COLUMNS = (
    "id, content_hash, title, text, outlet, url, author, published_earliest, published_latest, "
    "published_method, published_confidence, published_evidence, language, caption, removed_json, "
    "analysis_json, duplicate_of"
)


def _source_fingerprint() -> str:
    """A hash of the package's source files as they are when this module is imported: their paths, sizes and
    modification times (a stat each, not a read, so every command's start-up pays about a millisecond)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        status = path.stat()
        digest.update(f"{path.relative_to(root).as_posix()}\x00{status.st_size}\x00{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()


# Taken at import, with the code this process runs: a server started before an upgrade saves its timelines under
# its own code's hash, never under the new code's (a review).
_CODE_FINGERPRINT = _source_fingerprint()


def code_fingerprint() -> str:
    """A hash of the package's source (as imported): a timeline saved by other code is built again, not shown."""
    return _CODE_FINGERPRINT


def timeline_version(store: SqliteStore, story: Story) -> str:
    """The hash a saved timeline of ``story`` must carry to be shown: of the code, the story record, the
    stored rows of its articles, their reprints and the copies of both (what re-dating, re-ingesting, renaming
    an outlet or recording a copy changes), and which of its paragraphs another story's article also prints."""
    digest = hashlib.sha256()
    digest.update(code_fingerprint().encode())
    digest.update(codec.dumps(story).encode())
    queries = (
        f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY id",
        f"SELECT {', '.join('r.' + c.strip() for c in _ARTICLE_COLUMNS.split(','))} FROM articles r "
        "JOIN articles a ON r.duplicate_of = a.id WHERE a.story_id = ? ORDER BY r.id",
        "SELECT c.id, c.article_id, c.origin, c.url, c.outlet FROM article_copies c JOIN articles a "
        "ON c.article_id = a.id LEFT JOIN articles o ON a.duplicate_of = o.id "
        "WHERE a.story_id = ? OR o.story_id = ? ORDER BY c.id",
    )
    for query in queries:
        parameters = (story.id,) * query.count("?")
        digest.update(b"\x00table\x00")
        for row in store.conn.execute(query, parameters):
            for value in row:
                data = b"" if value is None else str(value).encode("utf-8", "surrogatepass")
                # Each value's length goes first, so no two different rows hash the same bytes.
                digest.update(b"-" if value is None else f"{len(data)}:".encode())
                digest.update(data)
    # The paragraphs a timeline leaves out: those its outlet also printed in another story's article, which an
    # ingest into another story can change.
    digest.update(b"\x00repeated\x00")
    for article_id, start, end in timeline_boilerplate(store.repeated_paragraphs(list(story.article_ids))):
        digest.update(f"{article_id}:{start}:{end};".encode())
    return digest.hexdigest()


def saved_timeline(store: SqliteStore, story_id: int, version: str) -> str | None:
    """The saved timeline body (JSON) of a story when it carries ``version``; None otherwise."""
    row = store.conn.execute(
        "SELECT version, body FROM timeline_cache WHERE story_id = ?", (story_id,)
    ).fetchone()
    return str(row[1]) if row is not None and row[0] == version else None


# How long saving a timeline waits for another writer (an ingest) before giving up: a read command must not
# wait a minute behind one (the store's busy timeout) for what is only a saving of time.
SAVE_WAIT_MS = 200


def save_timeline(store: SqliteStore, story_id: int, version: str, body: str) -> bool:
    """Keep a story's timeline body under ``version``, replacing an older one, and drop those of stories merged
    away; False when the store cannot be written now (a read-only file, another writer, a server error), which
    only means the next command builds it again."""
    sqlite = isinstance(store.conn, sqlite3.Connection)
    waited = int(store.conn.execute("PRAGMA busy_timeout").fetchone()[0]) if sqlite else 0
    try:
        if sqlite:
            store.conn.execute(f"PRAGMA busy_timeout = {SAVE_WAIT_MS}")
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO timeline_cache (story_id, version, body, built_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, body = excluded.body, "
                "built_at = excluded.built_at",
                (story_id, version, body, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("DELETE FROM timeline_cache WHERE story_id NOT IN (SELECT id FROM stories)")
    except (sqlite3.Error, StoreError):
        return False
    finally:
        if sqlite:
            store.conn.execute(f"PRAGMA busy_timeout = {waited}")
    return True
