"""The PostgreSQL backend: SQL translation, migrations matching SQLite's, writers taking turns,
the link stage's SQL and a real ingest, each checked against a real server (and SQLite for parity)."""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from backends import StoreFactory
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import StoreError
from dateline.link.duplicates import content_hash, fingerprint
from dateline.pipeline import ArticleAnalyzer
from dateline.records import Analysis, Article, PublicationDate, RawInput
from dateline.store import SqliteStore, is_postgres_url, open_store
from dateline.store import stories as story_sql
from dateline.store.pg_sql import Catalog, translate
from dateline.store.sqlite import _migrations
from pgcluster import PgCluster

CATALOG = Catalog(
    columns={"term_doc_freq": ("term", "df"), "story_merges": ("merged_id", "into_id"), "stories": ("id", "title")},
    primary_keys={"term_doc_freq": ("term",), "story_merges": ("merged_id",), "stories": ("id",)},
    identities={"stories": "id"},
    never_null=frozenset({"id", "term"}),
)


def article(text: str, title: str, published: date | None) -> Article:
    dated = PublicationDate(published, published, "metadata", 1.0, "") if published else None
    return Article(origin=f"{title}.txt", title=title, text=text, raw=text, raw_kind="text", published=dated,
                   language="en")


def add(store: SqliteStore, item: Article) -> int:
    with store.transaction():
        return store.add_article(item, Analysis(), content_hash(item.text), fingerprint(item.text))


# ---------------------------------------------------------------------- translation (no server needed)


def test_sqlite_conflict_clauses_become_upserts_on_the_primary_key() -> None:
    replaced = translate("INSERT OR REPLACE INTO story_merges (merged_id, into_id) VALUES (?, ?)", CATALOG).sql
    assert replaced.endswith("ON CONFLICT (merged_id) DO UPDATE SET into_id = EXCLUDED.into_id")
    ignored = translate("INSERT OR IGNORE INTO story_merges (merged_id, into_id) VALUES (?, ?)", CATALOG).sql
    assert ignored == "INSERT INTO story_merges (merged_id, into_id) VALUES (%s, %s) ON CONFLICT DO NOTHING"
    counted = translate(
        "INSERT INTO term_doc_freq (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1", CATALOG
    ).sql
    assert counted.endswith("DO UPDATE SET df = term_doc_freq.df + 1")


def test_new_rows_report_their_id_and_literals_are_left_alone() -> None:
    created = translate("INSERT INTO stories (title) VALUES (?)", CATALOG)
    assert created.returns_id and created.sql.endswith("RETURNING id")
    assert not translate("INSERT INTO stories (title) VALUES (?)", CATALOG, many=True).returns_id
    literal = translate("SELECT id FROM stories WHERE title = 'why? 100%' AND id = ?", CATALOG).sql
    assert literal == "SELECT id FROM stories WHERE title = 'why? 100%%' AND id = %s"


def test_ordering_and_limits_behave_as_in_sqlite() -> None:
    ordered = translate("SELECT id FROM stories ORDER BY title DESC, id LIMIT ?", CATALOG).sql
    assert "ORDER BY title DESC NULLS LAST, id LIMIT NULLIF(GREATEST(CAST(%s AS bigint), -1), -1)" in ordered
    assert "ILIKE" in translate("SELECT id FROM stories WHERE title LIKE ?", CATALOG).sql
    scalar = translate("SELECT max(coalesce((SELECT max(id) FROM stories), 0), ?), min(id) FROM stories", CATALOG)
    assert scalar.sql == "SELECT greatest(coalesce((SELECT max(id) FROM stories), 0), %s), min(id) FROM stories"


# ---------------------------------------------------------------------- both backends, same answers


def test_link_stage_sql_gives_the_same_answers(store_factory: StoreFactory) -> None:
    store = store_factory()
    first = add(store, article("Talks resume in Istanbul after a pause of weeks.", "Talks", date(2025, 7, 23)))
    undated = add(store, article("A festival opens in Lyon with music and food stalls.", "Festival", None))
    with store.transaction():
        story = story_sql.create_story(store, "Istanbul talks")
        story_sql.count_document(store, ["talks", "istanbul"])
        story_sql.count_document(store, ["talks"])
        story_sql.record_merge(store, 7, story)
        story_sql.record_merge(store, 7, story + 1)
        story_sql.set_story_of(store, [first, undated], story)
    assert story > 0
    assert story_sql.doc_freqs(store, ["talks", "istanbul", "absent"]) == {"talks": 2, "istanbul": 1}
    assert story_sql.total_docs(store) == 2
    assert story_sql.resolve_merged(store, 7) == story + 1
    assert story_sql.story_members(store, story) == [(first, None), (undated, None)]
    assert [a.id for a in store.list_articles()] == [first, undated]  # undated last, as in SQLite
    assert [a.id for a in store.list_articles(limit=1, offset=1)] == [undated]
    row = story_sql.story_row(store, story)
    assert row is not None and row["title"] == "Istanbul talks" and row["title_locked"] == 0


def test_search_ignores_case_and_accents(store_factory: StoreFactory) -> None:
    store = store_factory()
    found = add(store, article("Recep Tayyip Erdoğan spoke to Vladimir Putin by phone.", "Phone call", None))
    add(store, article("Markets closed higher on Friday in Frankfurt.", "Markets", None))
    assert store.search_articles("ERDOGAN putin") == [found]
    assert store.search_articles("phone call") == [found]
    assert store.search_articles("erdogan frankfurt") == []
    # Control characters (a NUL ends an SQL string) are no words: no error, and the rest still searches.
    assert store.search_articles("\x00") == []
    assert store.search_articles("phone\x00\x1f call") == [found]


def test_sqlite_errors_come_out_for_constraint_violations(store_factory: StoreFactory) -> None:
    store = store_factory()
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.conn.execute("INSERT INTO feeds (url, checked_at) VALUES (?, NULL)", ("http://127.0.0.1/feed",))
    assert store.get("http://127.0.0.1/feed") == (None, None)
    assert store.integrity_ok()


# ---------------------------------------------------------------------- PostgreSQL only


def _columns_by_table(store: SqliteStore, backend: str) -> dict[str, set[str]]:
    if backend == "sqlite":
        tables = [r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'"
        ).fetchall()]
        return {t: {r[1] for r in store.conn.execute(f"PRAGMA table_info({t})").fetchall()} for t in tables}
    rows = store.conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name NOT IN ('articles_fts', 'schema_version')"
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def test_migrations_build_the_same_tables_and_columns_on_both(tmp_path: Path, pg_cluster: PgCluster) -> None:
    sqlite_store = open_store(tmp_path / "d.db")
    pg_store = open_store(pg_cluster.create_schema())
    try:
        assert pg_store.schema_version == sqlite_store.schema_version
        assert _columns_by_table(pg_store, "postgresql") == _columns_by_table(sqlite_store, "sqlite")
        assert pg_store.integrity_ok()
    finally:
        sqlite_store.close()
        pg_store.close()


def test_a_server_that_is_not_there_is_a_clear_error_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql://dateline:secret@/archive?host={tmp_path}&connect_timeout=2"
    assert is_postgres_url(url)
    with pytest.raises(StoreError, match=r"dateline:\*\*\*@/archive") as caught:
        open_store(url)
    assert "secret" not in str(caught.value)


def test_processes_opening_a_fresh_database_together_migrate_it_once(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_schema()
    opened: list[SqliteStore] = []
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            opened.append(open_store(url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    shipped = len(_migrations())
    assert {s.schema_version for s in opened} == {shipped}
    assert opened[0].conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == shipped
    for store in opened:
        store.close()


def test_writers_take_turns_like_sqlite_writers(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_schema()
    first, second = open_store(url), open_store(url)
    events: list[str] = []

    def write_second() -> None:
        with second.transaction():
            events.append("second writes")
            second.put("http://127.0.0.1/b", None, None)

    with first.transaction():
        first.put("http://127.0.0.1/a", '"a"', None)
        waiting = threading.Thread(target=write_second)
        waiting.start()
        time.sleep(0.3)  # long enough for the second writer to reach its lock
        events.append("first commits")
    waiting.join()
    assert events == ["first commits", "second writes"]
    assert second.get("http://127.0.0.1/a") == ('"a"', None)
    first.close()
    second.close()


class NoAnalysis:
    """The NLP model is not under test here, and loading it would take most of the test's time."""

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
        return iter([Analysis() for _ in articles])


def _inputs(writer: int) -> list[RawInput]:
    """Six texts of this writer's own and two every writer also sends."""
    words = ["harbour", "tram", "budget", "council", "vote", "mayor", "river", "bridge", "school", "court"]
    inputs = []
    for seed in [f"w{writer}-{i}" for i in range(6)] + ["shared-1", "shared-2"]:
        rng = random.Random(seed)
        body = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(80)) + "."
        inputs.append(RawInput(f"{seed}.txt", body, "text", given_title=seed, given_published=date(2025, 3, 1)))
    return inputs


def test_concurrent_ingests_on_one_database_lose_nothing(pg_cluster: PgCluster) -> None:
    """Three writers, each with its own server connection (as separate processes have), at once."""
    from dateline.pipeline import Ingestor, IngestReport

    url = pg_cluster.create_schema()
    stores = [open_store(url) for _ in range(3)]
    start = threading.Barrier(len(stores))
    reports: dict[int, IngestReport] = {}
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            start.wait()
            reports[n] = Ingestor(stores[n], NoAnalysis).ingest_inputs(_inputs(n))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sum(len(r.ingested) for r in reports.values()) == 3 * 6 + 2  # shared texts stored once
    assert sum(len(r.duplicates) for r in reports.values()) == 4
    store = stores[0]
    assert store.count_articles() == 20 and store.integrity_ok()
    assert store.conn.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
    bands = store.conn.execute("SELECT article_id, count(*) FROM article_bands GROUP BY article_id").fetchall()
    assert len(bands) == 20 and {n for _, n in bands} == {16}
    for each in stores:
        each.close()


class AnalyzedOnce:
    """Analyzes each text once, so ingesting the same pages into two stores costs one analysis."""

    def __init__(self, analyzer: ArticleAnalyzer) -> None:
        self.analyzer = analyzer
        self.done: dict[str, Analysis] = {}

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
        items = list(articles)
        fresh = [a for a in items if a.text not in self.done]
        for item, analysis in zip(fresh, self.analyzer.analyze_many(fresh, batch_size), strict=True):
            self.done[item.text] = analysis
        return iter([self.done[a.text] for a in items])


@pytest.mark.slow
def test_real_ingest_of_the_examples_gives_the_same_store_on_both(
    examples_dir: Path, tmp_path: Path, new_pg_store: Callable[[], SqliteStore]
) -> None:
    from dateline.analyze import Analyzer
    from dateline.link import list_stories
    from dateline.pipeline import Ingestor

    analyzer = AnalyzedOnce(Analyzer.load())
    views = []
    pg_store = new_pg_store()
    for store in (open_store(tmp_path / "d.db"), pg_store):
        ingestor = Ingestor(store, lambda: analyzer)
        report = ingestor.ingest([str(examples_dir)])
        assert report.ok and len(report.ingested) == 2
        again = ingestor.ingest([str(examples_dir)])
        assert [d.kind for d in again.duplicates] == ["exact", "exact"]
        assert store.integrity_ok()
        views.append((
            [(a.title, a.published, a.story_id, a.duplicate_of) for a in store.list_articles()],
            [(s.title, s.article_ids, s.first_date, s.last_date) for s in list_stories(store)],
            store.search_articles("Istanbul negotiations"),
            [store.get_article(i).analysis for i in (1, 2)],
        ))
    sqlite_view, pg_view = views
    assert pg_view == sqlite_view
    assert pg_view[2]
    # The CLI reaches the same database through --db with the URL.
    listed = CliRunner().invoke(main, ["articles", "--db", pg_store.path, "--json"])
    assert listed.exit_code == 0, listed.output
    assert sorted(a["title"] for a in json.loads(listed.output)) == sorted(v[0] for v in pg_view[0])


@pytest.fixture
def new_pg_store(pg_cluster: PgCluster) -> Iterator[Callable[[], SqliteStore]]:
    """Open stores on fresh schemas of the session's cluster; closed after the test."""
    opened: list[SqliteStore] = []

    def make() -> SqliteStore:
        opened.append(open_store(pg_cluster.create_schema()))
        return opened[-1]

    yield make
    for store in opened:
        store.close()
