"""Review 28 of the site-boilerplate index and of the headline's site name: a first report's lead that the outlet
reuses as background under another story stays in its own timeline; the index's lookups grow with a story's size,
not its square; a big store's backfill commits batch by batch; a headline that opens with the site's name as part
of a word keeps it."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.link.conftest import add, ingest_records

from dateline.analyze import Analyzer
from dateline.link import story_digest, story_timeline
from dateline.store import SqliteStore
from dateline.store import sqlite as sqlite_store

LEAD = (
    "A magnitude 7.8 earthquake struck southern Turkey and northern Syria on February 6, killing more than 5,000 "
    "people and toppling thousands of buildings."
)
QUAKE = {
    "title": "Huge earthquake kills thousands in Turkey and Syria", "outlet": "Wire", "published": "2023-02-06",
    "url": "https://wire.example/quake",
    "text": f"{LEAD}\n\nRescuers in Gaziantep dug through the rubble of collapsed apartment blocks through the "
    "night, officials said.",
}
ELECTION = {
    "title": "Erdogan sets May 14 election date", "outlet": "Wire", "published": "2023-03-10",
    "url": "https://wire.example/vote",
    "text": "President Tayyip Erdogan on March 10 set May 14 as the date of Turkey's presidential and parliamentary "
    f"elections, ending weeks of speculation about a delay.\n\n{LEAD}",
}
BACKGROUND = (
    "The earthquake of February 6 killed more than fifty thousand people in southern Turkey and northern Syria."
)


def _ingest(store: SqliteStore, analyzer: Analyzer, tmp_path: Path, records: list[dict[str, str]]) -> list[int]:
    return ingest_records(store, analyzer, tmp_path, records)


def test_a_first_reports_lead_the_outlet_reuses_under_another_story_stays_in_its_timeline(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    quake, election = _ingest(store, analyzer, tmp_path, [QUAKE, ELECTION])
    quake_story, election_story = store.get_article(quake).story_id, store.get_article(election).story_id
    assert quake_story is not None and election_story is not None and quake_story != election_story
    cited = [s.sentence for entry in story_timeline(store, quake_story).entries for s in entry.sources]
    assert any("7.8" in sentence for sentence in cited), "the quake's own news is its timeline's"
    assert any("7.8" in s.sentence for day in story_digest(store, quake_story).days for s in day.sources)
    # Under the election it is the outlet's background, printed before under another story: left out there.
    cited = [s.sentence for entry in story_timeline(store, election_story).entries for s in entry.sources]
    assert not any("7.8" in sentence for sentence in cited)
    [paragraph] = store.repeated_paragraphs([quake])[quake]
    assert (paragraph.earlier, paragraph.other_story, paragraph.lead) == (False, True, True)


def _steps(store: SqliteStore, ids: list[int]) -> int:
    """SQLite virtual machine steps (in thousands) of one repeated_paragraphs call."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 1000)
    try:
        store.repeated_paragraphs(ids)
    finally:
        store.conn.set_progress_handler(None, 0)
    return count[0]


def test_a_paragraph_every_article_of_a_story_prints_costs_in_proportion_to_the_story(store: SqliteStore) -> None:
    if not isinstance(store.conn, sqlite3.Connection):
        pytest.skip("counts SQLite's steps")
    def grow(start: int, end: int) -> list[int]:
        ids = [
            add(store, f"Update {i} on the quake", f"Rescuers reached village {i} on day {i}.\n{BACKGROUND}",
                date(2023, 2, 7) + timedelta(days=i), outlet="wire.example")
            for i in range(start, end)
        ]  # fmt: skip
        with store.transaction():  # one live story, as grouping or a user's merge makes it
            store.conn.execute("UPDATE articles SET story_id = (SELECT min(story_id) FROM articles)")
        return ids

    ids = grow(0, 100)
    small = _steps(store, ids)
    ids += grow(100, 400)
    big = _steps(store, ids)
    assert big < 6 * max(small, 1), (small, big)  # four times the articles: about four times the work, not 16
    assert all(not p.other_story for paragraphs in store.repeated_paragraphs(ids).values() for p in paragraphs)


def test_the_backfill_commits_batch_by_batch_and_an_interrupted_one_keeps_its_work(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    about = "Example Corp makes industrial pumps and valves and employs about 4,000 people in 12 countries."
    ids = [add(store, f"Plant {i} opens", f"Plant {i} opened on Monday.\n\n{about}", date(2024, 5, 6 + i))
           for i in range(5)]  # fmt: skip
    with store.transaction():  # what migration 007 leaves in a store that holds articles
        store.conn.execute("DELETE FROM outlet_paragraphs")
        store.conn.execute("INSERT INTO store_tasks (name) VALUES ('index outlet paragraphs')")
    monkeypatch.setattr(sqlite_store, "_BACKFILL_BATCH", 2, raising=False)
    index = type(store).index_paragraphs
    done: list[int] = []

    def failing(self: SqliteStore, article_id: int, outlet: str, text: str) -> None:
        if len(done) == 3:
            raise KeyboardInterrupt  # the user gave up on a long backfill
        done.append(article_id)
        index(self, article_id, outlet, text)

    monkeypatch.setattr(type(store), "index_paragraphs", failing)
    with pytest.raises(KeyboardInterrupt):
        store._finish_tasks()
    indexed = {int(r[0]) for r in store.conn.execute("SELECT DISTINCT article_id FROM outlet_paragraphs")}
    assert indexed == set(ids[:2]), "the first batch was committed"
    monkeypatch.setattr(type(store), "index_paragraphs", index)
    store._finish_tasks()  # as the next opening of the store does
    assert [p.earlier for p in store.repeated_paragraphs([ids[-1]])[ids[-1]]] == [True]
    assert store.conn.execute("SELECT count(*) FROM store_tasks").fetchone()[0] == 0


def test_opening_a_store_another_process_is_indexing_does_not_fail(
    store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not isinstance(store.conn, sqlite3.Connection):
        pytest.skip("holds SQLite's write lock from a second connection")
    about = "Example Corp makes industrial pumps and valves and employs about 4,000 people in 12 countries."
    first = add(store, "Pump maker opens a plant", f"It opened on Monday.\n\n{about}", date(2024, 5, 6))
    with store.transaction():  # what migration 007 leaves in a store that holds articles
        store.conn.execute("DELETE FROM outlet_paragraphs")
        store.conn.execute("INSERT INTO store_tasks (name) VALUES ('index outlet paragraphs')")
    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_MS", 300)  # the real one is a minute
    monkeypatch.setattr(sqlite_store, "TASK_WAIT_MS", 100, raising=False)
    store.conn.execute("BEGIN IMMEDIATE")  # another process in the middle of the backfill
    try:
        reader = SqliteStore(str(tmp_path / "link.db"))  # a read command, a web request
        assert reader.get_article(first).article.title == "Pump maker opens a plant"
        reader.close()
    finally:
        store.conn.execute("ROLLBACK")
    store._finish_tasks()
    assert store.conn.execute("SELECT count(*) FROM store_tasks").fetchone()[0] == 0
