"""Faults a newsroom archive must survive: kill -9 mid-batch, several writers at once, a crash mid re-date."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from dateline.analyze import Analyzer
from dateline.errors import DatelineError
from dateline.link import redate_in_story
from dateline.pipeline import Ingestor
from dateline.records import Analysis, Article, PublicationDate, SourceFailure
from dateline.sources import GivenMetadata
from dateline.store import SqliteStore, open_store

pytestmark = pytest.mark.slow

PARAGRAPHS = [
    "Officials in {city} said on Monday that talks on the {topic} would resume next week after a pause.",
    "The {topic} has divided lawmakers for months, and {city} residents expect a decision before the summer.",
    "A spokesperson for the regional government told reporters that {n} people attended the first meeting.",
    "Critics argued that the plan for the {topic} would cost more than {n} million dollars over ten years.",
]
CITIES = ["Lyon", "Porto", "Gdansk", "Tampere", "Graz", "Split", "Brno", "Leeds", "Aarhus", "Bilbao"]
TOPICS = ["tram line", "harbour bridge", "housing reform", "school budget", "water tariff", "bike lanes"]


def _write_batch(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    rng = random.Random(3)
    paths = []
    for i in range(count):
        city, topic = CITIES[i % len(CITIES)], TOPICS[i % len(TOPICS)]
        body = "\n\n".join(p.format(city=city, topic=topic, n=rng.randrange(10, 999)) for p in PARAGRAPHS)
        path = folder / f"{i:03d}.txt"
        path.write_text(f"{city} weighs the {topic} (report {i})\n\n{body} Reference {i}-{rng.random()}.\n")
        paths.append(path)
    return paths


def _ingest(db: Path, *sources: Path | str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "ingest", "--db", str(db), "--published", "2025-03-01",
         "--json", *map(str, sources)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _assert_complete(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT id, analysis_json, story_id, duplicate_of FROM articles").fetchall()
        for article_id, analysis, story_id, duplicate_of in rows:
            if duplicate_of is None:
                assert json.loads(analysis)["sentences"], f"article {article_id} stored without its analysis"
            assert story_id is not None or duplicate_of is not None, f"article {article_id} has no story"
            bands = conn.execute("SELECT count(*) FROM article_bands WHERE article_id = ?", (article_id,))
            assert bands.fetchone()[0] == 16


def test_kill_9_mid_batch_leaves_complete_articles_and_rerun_finishes(tmp_path: Path) -> None:
    batch = _write_batch(tmp_path / "batch", 40)
    db = tmp_path / "archive.db"
    rng = random.Random(11)
    for attempt in range(3):
        proc = _ingest(db, tmp_path / "batch")
        target = _count(db) + rng.randrange(1, 6)
        deadline = time.monotonic() + 120
        while _count(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        _assert_complete(db)
        assert _count(db) >= target - 1 or attempt > 0
    finish = _ingest(db, tmp_path / "batch")
    out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err
    summary = json.loads(out)
    assert len(summary["ingested"]) + len(summary["duplicates"]) == len(batch)
    assert _count(db) == len(batch)
    _assert_complete(db)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _read_pages_until(url: str, stop: threading.Event, statuses: list[int], errors: list[str]) -> None:
    # A failed read is kept, not raised: an exception in this thread would end it unnoticed.
    try:
        with httpx.Client(timeout=45) as client:
            while not stop.is_set():
                for path in ("/", "/api/stories", "/api/articles"):
                    statuses.append(client.get(url + path).status_code)
    except Exception as error:  # any failure of the reader is a test failure
        errors.append(f"{type(error).__name__}: {error}")


def test_two_ingest_processes_and_the_web_server_on_one_database_lose_nothing(tmp_path: Path) -> None:
    _write_batch(tmp_path / "batch", 24)
    files = sorted((tmp_path / "batch").iterdir())
    db = tmp_path / "shared.db"
    port = _free_port()
    # The server logs every request: to a file, as an unread pipe would fill and stall the server.
    server_log = tmp_path / "server.log"
    with server_log.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, text=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/api/stories", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None, "web server did not start"
                time.sleep(0.2)
        stop, statuses, errors = threading.Event(), [], []  # type: ignore[var-annotated]
        reader = threading.Thread(target=_read_pages_until, args=(url, stop, statuses, errors))
        reader.start()
        first = _ingest(db, *files[:12])
        second = _ingest(db, *files[12:])
        outputs = [p.communicate(timeout=300) for p in (first, second)]
        stop.set()
        reader.join(timeout=90)  # longer than the client's timeout, so a hung read is reported
        assert not reader.is_alive(), "the page reader hung"
    finally:
        server.terminate()
        server.wait(timeout=30)
    server_err = server_log.read_text()
    for proc, (_out, err) in zip((first, second), outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    assert not errors, errors
    assert statuses and set(statuses) == {200}, sorted(set(statuses))
    assert "locked" not in server_err
    assert _count(db) == 24
    _assert_complete(db)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    """The real analyzer, loaded once for the tests that ingest in this process."""
    return Analyzer.load()


class FailsOn:
    """The real analyzer, except that analysing an article from ``name`` raises ``error``."""

    def __init__(self, analyzer: Analyzer, name: str, error: BaseException) -> None:
        self.analyzer, self.name, self.error = analyzer, name, error

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
        for article in articles:
            if article.origin.endswith(self.name):
                raise self.error
            yield from self.analyzer.analyze_many([article], batch_size)


def _rows(db: Path, article_id: int) -> list[object]:
    """Everything the store keeps of one article: its row, actor rows and grouping features."""
    with sqlite3.connect(db) as conn:
        return [
            conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (article_id,)).fetchall()
            for table, key in (("articles", "id"), ("article_actors", "article_id"),
                               ("article_features", "article_id"))
        ]


def _stories(db: Path) -> list[object]:
    """The stories with their dates and grouping profiles."""
    with sqlite3.connect(db) as conn:
        return [conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("stories", "story_profiles")]


GIVEN = GivenMetadata(published=date(2025, 7, 24))
PAGES = ("kyiv-independent-erdogan-putin-call.txt", "rks-news-third-round.txt")


def test_a_crash_while_redating_leaves_the_stored_article_as_it_was(
    tmp_path: Path, examples_dir: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "redate.db"
    pages = [str(examples_dir / name) for name in PAGES]
    with open_store(db) as store:
        assert Ingestor(store, lambda: analyzer).ingest(pages).ok
    before = [_rows(db, 1), _rows(db, 2), _stories(db)]
    written: list[int] = []

    def crashes_after_writing(store: SqliteStore, article_id: int) -> None:
        redate_in_story(store, article_id)  # the article row, its actors and features are re-dated by now
        written.append(article_id)
        raise MemoryError(f"article {article_id}: out of memory while rebuilding its story")

    monkeypatch.setattr("dateline.pipeline.redate_in_story", crashes_after_writing)
    with open_store(db) as store, pytest.raises(MemoryError, match="article 1"):
        Ingestor(store, lambda: analyzer).ingest(pages, GIVEN)
    assert written == [1], "the crash came before the re-date was written"
    assert [_rows(db, 1), _rows(db, 2), _stories(db)] == before, "a half-done re-date was kept"
    with open_store(db) as store:
        assert store.get_article(1).article.published.method == "inferred"  # type: ignore[union-attr]
        assert store.integrity_ok() and store.count_articles() == 2
    monkeypatch.undo()
    with open_store(db) as store:  # with the fault gone, the same ingest re-dates both
        report = Ingestor(store, lambda: analyzer).ingest(pages, GIVEN)
    assert [d.redated.published for d in report.duplicates if d.redated] == [date(2025, 7, 24)] * 2
    assert _rows(db, 1) != before[0] and _stories(db) != before[2]


def test_a_failing_redate_is_reported_and_the_next_input_is_still_stored(
    tmp_path: Path, examples_dir: Path, analyzer: Analyzer
) -> None:
    db = tmp_path / "failing.db"
    kyiv, rks = (str(examples_dir / name) for name in PAGES)
    with open_store(db) as store:
        assert Ingestor(store, lambda: analyzer).ingest([rks]).ok
    before = _rows(db, 1)
    fails = FailsOn(analyzer, "rks-news-third-round.txt", DatelineError("the model could not read the text"))
    with open_store(db) as store:
        report = Ingestor(store, lambda: fails).ingest([rks, kyiv], GIVEN)
        assert store.get_article(1).article.published.method == "inferred"  # type: ignore[union-attr]
        assert store.get_article(2).article.published == PublicationDate(date(2025, 7, 24), date(2025, 7, 24), "given")
    assert report.failed == [SourceFailure(rks, "cannot re-date article 1: the model could not read the text")]
    assert not report.duplicates and [(i.origin, i.article_id) for i in report.ingested] == [(kyiv, 2)]
    assert _rows(db, 1) == before
