"""The stories page lists a page of stories at a time, with links to the next and previous pages."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

from dateline.store import SqliteStore
from dateline.store import stories as story_sql
from dateline.web import create_app
from dateline.web.pages import STORIES_PER_PAGE


def test_stories_page_is_paged_newest_first(tmp_path: Path) -> None:
    path = str(tmp_path / "many.db")
    with SqliteStore(path) as store, store.transaction():
        for number in range(STORIES_PER_PAGE + 3):
            story_id = story_sql.create_story(store, f"Council story number {number:03d}")
            store.conn.execute("UPDATE stories SET last_date = ? WHERE id = ?",
                               (f"2025-01-{1 + number % 28:02d}", story_id))
    with TestClient(create_app(path)) as client:
        first = client.get("/").text
        second = client.get("/?page=2").text
        beyond = client.get("/?page=99").text
        odd = client.get("/?page=-4").text
    titles = re.findall(r"Council story number (\d{3})", first)
    assert len(set(titles)) == STORIES_PER_PAGE
    rest = re.findall(r"Council story number (\d{3})", second)
    assert len(set(rest)) == 3 and not set(rest) & set(titles)
    assert 'href="/?page=2"' in first and 'href="/?page=1"' not in first
    assert 'href="/?page=1"' in second and 'href="/?page=3"' not in second
    assert "Council story number" not in beyond
    assert odd == first
