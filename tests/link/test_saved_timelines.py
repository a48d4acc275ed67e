"""A story's timeline is saved in the store by the first command that builds it and read back by the next ones,
for as long as nothing it is built from changes: the code, the story, its articles, their dates, outlets and
copies."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from tests.link.conftest import add

from dateline.link import rename_story, story_timeline
from dateline.link import stories as stories_module
from dateline.records import Analysis, Event, PublicationDate, Timeline
from dateline.store import SqliteStore, timeline_cache

SWAP = "Russia and Ukraine exchanged 1,200 prisoners on July 23, officials said."


def _swap(store: SqliteStore, outlet: str = "reuters.com", prisoners: str = "1,200") -> int:
    sentence = SWAP.replace("1,200", prisoners)
    event = Event(0, 0, len(sentence), sentence, "exchange", "EXCHANGE", "2025-07-23", "day", "expression",
                  "russia", "ukraine", summary=sentence[:-1])
    return add(store, f"Prisoner swap ({outlet})", f"{sentence} The swap was brokered by Turkey.",
               date(2025, 7, 24), outlet=outlet, analysis=Analysis(events=(event,)))


def _story_of(store: SqliteStore, article_id: int) -> int:
    story = store.get_article(article_id).story_id
    assert story is not None
    return story


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the timelines built from articles (rather than read back) from now on."""
    built: list[int] = []
    real = stories_module.build_timeline

    def counting(*args: object, **kwargs: object) -> Timeline:
        built.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stories_module, "build_timeline", counting)
    return built


def test_the_second_command_reads_the_saved_timeline(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story_of(store, _swap(store))
    built = _builds(monkeypatch)
    first = story_timeline(store, story)
    again = story_timeline(store, story)
    assert built == [1]
    assert again == first
    assert again.entries[0].sources[0].sentence == SWAP
    assert story_timeline(store, story, saved=False) == first
    assert built == [1, 1]


def test_a_new_article_a_rename_and_a_new_outlet_build_it_again(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_id = _swap(store)
    story = _story_of(store, first_id)
    built = _builds(monkeypatch)
    assert len(story_timeline(store, story).entries[0].sources) == 1

    assert _story_of(store, _swap(store, outlet="apnews.com", prisoners="1,000")) == story
    timeline = story_timeline(store, story)
    assert built == [1, 1]
    assert {s.outlet for s in timeline.entries[0].sources} == {"reuters.com", "apnews.com"}

    rename_story(store, story, "The July prisoner swap")
    assert story_timeline(store, story).story.title == "The July prisoner swap"
    with store.transaction():
        store.set_outlet(first_id, "Reuters")
    assert "Reuters" in {s.outlet for s in story_timeline(store, story).entries[0].sources}
    assert built == [1, 1, 1, 1]
    story_timeline(store, story)
    assert built == [1, 1, 1, 1]


def test_a_redated_article_builds_it_again(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    article_id = _swap(store)
    story = _story_of(store, article_id)
    built = _builds(monkeypatch)
    story_timeline(store, story)
    stored = store.get_article(article_id)
    store.redate_article(article_id, PublicationDate(date(2025, 7, 25), date(2025, 7, 25), "given"), stored.analysis)
    story_timeline(store, story)
    assert built == [1, 1]


def test_other_code_builds_it_again(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story_of(store, _swap(store))
    story_timeline(store, story)
    built = _builds(monkeypatch)
    monkeypatch.setattr(timeline_cache, "code_fingerprint", lambda: "another version of the code")
    story_timeline(store, story)
    story_timeline(store, story)
    assert built == [1]


def test_a_damaged_saved_timeline_is_built_again_and_replaced(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = _story_of(store, _swap(store))
    first = story_timeline(store, story)
    store.conn.execute("UPDATE timeline_cache SET body = '{\"story\": 3'")
    built = _builds(monkeypatch)
    assert story_timeline(store, story) == first
    assert story_timeline(store, story) == first
    assert built == [1]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_store_still_shows_the_timeline(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    with SqliteStore(str(path)) as writable:
        story = _story_of(writable, _swap(writable))
        expected = story_timeline(writable, story, saved=False)
        writable.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.chmod(stat.S_IRUSR)
    with SqliteStore(str(path)) as read_only:
        assert story_timeline(read_only, story) == expected


def test_a_store_that_cannot_be_written_still_shows_the_timeline(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = _story_of(store, _swap(store))
    expected = story_timeline(store, story, saved=False)

    def refuse(*args: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "transaction", refuse)
    assert story_timeline(store, story) == expected
    assert store.conn.execute("SELECT count(*) FROM timeline_cache").fetchone()[0] == 0


def test_a_busy_store_is_not_waited_for(store: SqliteStore, tmp_path: Path) -> None:
    import time

    if not isinstance(store.conn, sqlite3.Connection):
        pytest.skip("a SQLite file's write lock (a PostgreSQL store waits for the writer's transaction)")
    story = _story_of(store, _swap(store))
    writer = sqlite3.connect(str(tmp_path / "link.db"))
    writer.execute("BEGIN IMMEDIATE")  # an ingest holding the write lock
    try:
        started = time.perf_counter()
        story_timeline(store, story)
        assert time.perf_counter() - started < 5  # not the store's 60 s busy timeout
        assert store.conn.execute("SELECT count(*) FROM timeline_cache").fetchone()[0] == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 60_000  # restored for the store's writes


def test_a_change_while_building_is_not_saved_and_merged_stories_rows_go(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateline.link import merge_stories

    first = _story_of(store, _swap(store))
    second_id = add(store, "Weather report", "Heavy rain fell on Kyiv on Tuesday, forecasters said.",
                    date(2025, 7, 24), outlet="weather.example")
    second = _story_of(store, second_id)
    assert first != second
    story_timeline(store, second)
    real = stories_module.build_timeline

    def renaming(*args: object, **kwargs: object) -> Timeline:
        rename_story(store, first, "Renamed while building")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stories_module, "build_timeline", renaming)
    story_timeline(store, first)
    saved = {row[0] for row in store.conn.execute("SELECT story_id FROM timeline_cache")}
    assert saved == {second}  # built from one state, hashed from another: not kept
    monkeypatch.setattr(stories_module, "build_timeline", real)
    merge_stories(store, first, second)
    story_timeline(store, first)
    assert {row[0] for row in store.conn.execute("SELECT story_id FROM timeline_cache")} == {first}
