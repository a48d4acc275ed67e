"""Fixtures for the web tests: stores built by hand (fast) or through the real pipeline, a live server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from web_helpers import LiveServer, handmade_articles, run_server, store_article

from dateline.store import SqliteStore
from dateline.web import create_app


@pytest.fixture
def handmade_db(tmp_path: Path) -> str:
    """A store file holding the hand-built articles (no NLP model needed)."""
    path = str(tmp_path / "web.db")
    with SqliteStore(path) as store:
        for article, analysis in handmade_articles():
            store_article(store, article, analysis)
    return path


@pytest.fixture
def client(handmade_db: str) -> Iterator[TestClient]:
    """A test client on the app over the hand-built store, without an access token."""
    with TestClient(create_app(handmade_db)) as test_client:
        yield test_client


# ---------------------------------------------------------------------- real pipeline and live server


@pytest.fixture(scope="session")
def analyzer() -> Any:
    """The real analysis stage, loaded once for the whole session."""
    from dateline.analyze import Analyzer

    return Analyzer.load()


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path, analyzer: Any) -> str:
    """The shared Istanbul-talks example ingested through the real pipeline into a fresh store."""
    from dateline.pipeline import Ingestor

    path = str(tmp_path_factory.mktemp("reference") / "reference.db")
    with SqliteStore(path) as store:
        report = Ingestor(store, lambda: analyzer).ingest([str(examples_dir)])
    assert report.ok and len(report.ingested) == 2, report
    return path


@pytest.fixture(scope="session")
def live_server(reference_db: str, analyzer: Any) -> Iterator[LiveServer]:
    """The app over the reference store, served for real on 127.0.0.1 (private URLs allowed for tests)."""
    app = create_app(reference_db, allow_private=True, analyzer_factory=lambda: analyzer)
    server, thread, url = run_server(app)
    yield LiveServer(url, reference_db)
    server.should_exit = True
    thread.join(timeout=10)
