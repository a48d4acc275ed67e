"""Helpers for link tests: a real SQLite store in tmp_path and hand-built analysed articles."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

from dateline.link import assign_story
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Actor, Analysis, Article, Mention, PublicationDate
from dateline.store import SqliteStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    """A fresh store file, closed after the test."""
    opened = SqliteStore(str(tmp_path / "link.db"))
    yield opened
    opened.close()


def add(
    store: SqliteStore,
    title: str,
    text: str,
    day: date | None = None,
    outlet: str = "example.com",
    actors: Sequence[tuple[str, str]] = (),
    analysis: Analysis | None = None,
    published: PublicationDate | None = None,
) -> int:
    """Store an article the way the pipeline does (one transaction) and assign it a story."""
    if published is None and day is not None:
        published = PublicationDate(day, day, "given")
    article = Article(
        origin=f"{outlet}/{title}", title=title, text=text, raw=text, raw_kind="text",
        url=f"https://{outlet}/{abs(hash(title))}", outlet=outlet, published=published, language="en",
    )
    if analysis is None:
        analysis = Analysis(
            actors=tuple(Actor(key=k, name=n, kind="PERSON") for k, n in actors),
            mentions=tuple(Mention(0, 1, n, k, "PERSON") for k, n in actors),
        )
    with store.transaction():
        article_id = store.add_article(article, analysis, content_hash(text), fingerprint(text))
        assign_story(store, article_id)
    return article_id


def ingest_records(store: SqliteStore, analyzer: object, folder: Path, records: Sequence[dict[str, str]]) -> list[int]:
    """Ingest JSONL records (title, text, outlet, published, url) through the real pipeline; the stored article ids.

    Every record must be stored (none refused, none a duplicate).
    """
    import json

    from dateline.pipeline import Ingestor

    path = folder / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = Ingestor(store, lambda: analyzer).ingest([str(path)])  # type: ignore[arg-type, return-value]
    assert report.ok and len(report.ingested) == len(records), report
    return [int(row[0]) for row in store.conn.execute("SELECT id FROM articles ORDER BY id")]


@pytest.fixture(scope="session")
def analyzer() -> object:
    """The analysis stage, loaded once per session (spaCy takes a few seconds to load)."""
    from dateline.analyze import Analyzer

    return Analyzer.load()
