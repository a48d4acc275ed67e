"""The store on a real SQLite file and a real PostgreSQL database: migrations, atomic writes, duplicates,
search, feed validators. ``store_factory`` (tests/store/conftest.py) runs each test on every backend."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from backends import StoreFactory

from dateline.errors import NotFoundError, StoreError
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Mention,
    PublicationDate,
    RemovedBlock,
    TimeExpression,
)
from dateline.store import open_store
from dateline.store.actors import find_actor, list_actors

TEXT = (
    "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke by phone on July 18 "
    "to discuss reviving direct talks between Ukraine and Russia in Istanbul, Erdogan's office reported. "
    "Erdogan told Putin that launching a third round of negotiations is important."
)


def make_article(text: str = TEXT, title: str = "Erdogan, Putin discuss talks") -> Article:
    return Article(
        origin="page.txt", title=title, text=text, raw="News Feed\n" + text, raw_kind="text",
        outlet="The Kyiv Independent", published=PublicationDate(date(2025, 7, 18), date(2025, 7, 25), "inferred", 0.7,
                                                                 "latest date mentioned: July 18"),
        language="en", removed=(RemovedBlock("News Feed", "navigation"),),
    )


def make_analysis() -> Analysis:
    return Analysis(
        times=(TimeExpression(92, 99, "July 18", "DATE", "2025-07-18"),),
        actors=(Actor("recep tayyip erdogan", "Recep Tayyip Erdogan", "PERSON", ("Turkish President",)),),
        mentions=(Mention(18, 38, "Recep Tayyip Erdogan", "recep tayyip erdogan", "PERSON", "Turkish President"),),
        events=(Event(0, 0, 190, TEXT[:190], "speak", "CONSULT", "2025-07-18", "day", "expression",
                      numbers=(("days", "50"),)),),
    )


def add(store, article: Article, analysis: Analysis | None = None) -> int:  # type: ignore[no-untyped-def]
    with store.transaction():
        return store.add_article(article, analysis or make_analysis(), content_hash(article.text),
                                 fingerprint(article.text))


def test_round_trip_keeps_every_field(store_factory: StoreFactory) -> None:
    store = store_factory()
    article_id = add(store, make_article())
    stored = store.get_article(article_id)
    assert stored.article == make_article()
    assert stored.analysis == make_analysis()
    assert store.schema_version >= 1
    if store_factory.backend == "sqlite":
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_twice_and_keeps_data(store_factory: StoreFactory) -> None:
    store = store_factory()
    add(store, make_article())
    version = store.schema_version
    store.close()
    again = store_factory()
    assert again.schema_version == version
    assert again.count_articles() == 1


def test_failed_transaction_leaves_nothing_half_written(store_factory: StoreFactory) -> None:
    store = store_factory()
    add(store, make_article())
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(make_article(TEXT + " More."), make_analysis(), content_hash(TEXT + " More."),
                          fingerprint(TEXT + " More."))
        raise RuntimeError("killed mid-write")
    assert store.count_articles() == 1
    assert store.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0] == 16
    assert store.integrity_ok()


def test_same_content_is_found_by_hash_whatever_the_formatting(store_factory: StoreFactory) -> None:
    store = store_factory()
    article_id = add(store, make_article())
    assert store.find_by_hash(content_hash("  " + TEXT.upper().replace(" ", "\n "))) == article_id
    with pytest.raises(sqlite3.IntegrityError):
        add(store, make_article())


def test_reprint_with_small_edits_is_a_near_duplicate_and_other_text_is_not(store_factory: StoreFactory) -> None:
    store = store_factory()
    original = add(store, make_article())
    reprint = "(Reuters) - " + TEXT.replace("reported", "said")
    assert store.find_near_duplicate(fingerprint(reprint)) == original
    other = "The third round of negotiations between Russia and Ukraine took place on the evening of July 23."
    assert store.find_near_duplicate(fingerprint(other)) is None


def test_full_text_search_finds_words_and_survives_quotes(store_factory: StoreFactory) -> None:
    store = store_factory()
    article_id = add(store, make_article())
    assert store.search_articles("negotiations Istanbul") == [article_id]
    assert store.search_articles('"unbalanced quote') == []
    assert store.search_articles("") == []


def test_feed_validators_are_remembered(store_factory: StoreFactory) -> None:
    store = store_factory()
    assert store.get("http://127.0.0.1/feed") == (None, None)
    store.put("http://127.0.0.1/feed", '"abc"', "Tue, 22 Jul 2025 10:00:00 GMT")
    store.put("http://127.0.0.1/feed", '"def"', None)
    assert store.get("http://127.0.0.1/feed") == ('"def"', None)


def test_missing_article_and_actor_raise_not_found(store_factory: StoreFactory) -> None:
    store = store_factory()
    with pytest.raises(NotFoundError, match="article 42"):
        store.get_article(42)
    with pytest.raises(NotFoundError, match="Nobody"):
        find_actor(store, "Nobody")


def test_actors_are_listed_with_roles_and_found_without_accents(store_factory: StoreFactory) -> None:
    store = store_factory()
    article_id = add(store, make_article())
    assert [(a.key, a.articles) for a in list_actors(store)] == [("recep tayyip erdogan", 1)]
    detail = find_actor(store, "Erdoğan")
    assert detail.article_ids == (article_id,)
    assert [r.role for r in detail.roles] == ["Turkish President"]


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(bogus)


def test_redating_replaces_the_date_the_analysis_and_the_actor_rows(store_factory: StoreFactory) -> None:
    store = store_factory()
    article_id = add(store, make_article())
    given = PublicationDate(date(2025, 7, 19), date(2025, 7, 19), "given")
    putin = Actor("vladimir putin", "Vladimir Putin", "PERSON", ("Russian President",))
    reanalysed = Analysis(
        times=(TimeExpression(92, 99, "July 18", "DATE", "2025-07-18"),),
        actors=(putin,),
        mentions=(Mention(40, 54, "Vladimir Putin", "vladimir putin", "PERSON", "Russian President"),),
    )
    with store.transaction():
        store.redate_article(article_id, given, reanalysed)
    stored = store.get_article(article_id)
    assert stored.article.published == given
    assert stored.analysis == reanalysed
    assert stored.article == replace(make_article(), published=given)  # nothing else changed
    assert [(a.key, a.articles) for a in list_actors(store)] == [("vladimir putin", 1)]
    assert [r.role for r in find_actor(store, "Putin").roles] == ["Russian President"]
    assert store.find_by_hash(content_hash(TEXT)) == article_id and store.count_articles() == 1
    assert store.integrity_ok()


def test_redating_a_reprint_indexes_no_actors_and_an_unknown_id_raises(store_factory: StoreFactory) -> None:
    store = store_factory()
    original = add(store, make_article())
    reprint_text = "(Reuters) - " + TEXT.replace("reported", "said")
    given = PublicationDate(date(2025, 7, 20), date(2025, 7, 20), "given")
    with store.transaction():
        reprint = store.add_article(make_article(reprint_text), Analysis(notes=("near-duplicate",)),
                                    content_hash(reprint_text), fingerprint(reprint_text), duplicate_of=original)
        store.redate_article(reprint, given, make_analysis())
    assert store.get_article(reprint).article.published == given
    assert find_actor(store, "Erdogan").article_ids == (original,)
    with pytest.raises(NotFoundError, match="article 42"), store.transaction():
        store.redate_article(42, given, make_analysis())


def test_a_store_made_by_the_early_copies_table_is_rebuilt_keeping_its_copies(tmp_path: Path) -> None:
    path = str(tmp_path / "early.db")
    store = open_store(path)
    article_id = add(store, make_article())
    store.close()
    # The first version of migration 004: a copy keyed by article and origin, no id column.
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "DROP TABLE article_copies; CREATE TABLE article_copies (article_id INTEGER NOT NULL REFERENCES "
            "articles(id), origin TEXT NOT NULL, url TEXT, outlet TEXT, added_at TEXT NOT NULL, "
            "PRIMARY KEY (article_id, origin)); "
            f"INSERT INTO article_copies VALUES ({article_id}, 'ap.txt', NULL, 'AP', '2026-12-06T10:00:00+00:00'); "
            "PRAGMA user_version = 4;"
        )
    reopened = open_store(path)
    assert reopened.schema_version >= 5
    assert [(c.origin, c.outlet) for c in reopened.get_article(article_id, copies=True).copies] == [("ap.txt", "AP")]
    with reopened.transaction():
        assert reopened.add_copy(article_id, "stdin", None, "AFP")
        assert reopened.add_copy(article_id, "stdin", None, "DPA")
    assert len(reopened.get_article(article_id, copies=True).copies) == 3
    reopened.close()


def test_a_store_of_schema_6_has_its_articles_paragraphs_indexed_when_opened(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    store = open_store(path)
    about = "Example Corp makes industrial pumps and valves and employs about 4,000 people in 12 countries."
    first = add(store, replace(make_article(), text=f"It opened on Monday.\n\n{about}", outlet="example.com"))
    second = add(store, replace(make_article(), text=f"A recall was ordered.\n\n{about}", outlet="example.com"))
    store.close()
    with sqlite3.connect(path) as conn:  # as a store of schema 6 was: no paragraph index
        conn.executescript("DROP TABLE outlet_paragraphs; DROP TABLE store_tasks; PRAGMA user_version = 6;")
    reopened = open_store(path)
    try:
        assert reopened.schema_version >= 7
        assert [p.earlier for p in reopened.repeated_paragraphs([first, second])[second]] == [True]
        assert reopened.conn.execute("SELECT count(*) FROM store_tasks").fetchone()[0] == 0
    finally:
        reopened.close()
