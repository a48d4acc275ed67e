"""A big story's page opens on a bounded view, and the visual timeline's axis spans the story's own dates
(session-29 user test: a 5,762-entry story made a 5.3 MB page whose axis ran from 2001 to 2097)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from web_helpers import Said, build_article, run_server, store_article

from dateline.store import SqliteStore
from dateline.web import create_app
from dateline.web.pages import BIG_STORY_ENTRIES, DEFAULT_TOP
from dateline.web.timeline_svg import MARGIN, WIDTH

START = date(2025, 3, 1)
ENTRIES = BIG_STORY_ENTRIES + 30


def _store(path: Path, said: list[Said]) -> str:
    with SqliteStore(str(path)) as store:
        store_article(store, *build_article("Harbour traffic log", "Port Wire", START, said))
    return str(path)


@pytest.fixture
def big_db(tmp_path: Path) -> str:
    """A one-article story of more entries than a story page shows at first: one happening a day."""
    said = [
        Said(f"The harbour office logged ship number {i} at berth {i % 7} on that day.",
             (START + timedelta(days=i)).isoformat())
        for i in range(ENTRIES)
    ]
    return _store(tmp_path / "big.db", said)


@pytest.fixture
def big(big_db: str) -> Iterator[TestClient]:
    """A test client over the big story's store."""
    with TestClient(create_app(big_db)) as client:
        yield client


@pytest.fixture
def vague(tmp_path: Path) -> Iterator[TestClient]:
    """A small story whose article also speaks of "the 21st century" and of a year to come."""
    said = [
        Said("The new container berth opened on March 1 with a ceremony.", "2025-03-01"),
        Said("The first ship docked at the berth on March 4.", "2025-03-04"),
        Said("Ports have grown busier throughout the 21st century, the harbour master said.", "20"),
        Said("The port plans a second berth by 2030.", "2030"),
    ]
    with TestClient(create_app(_store(tmp_path / "vague.db", said))) as client:
        yield client


def _entries(page: str) -> int:
    return page.count('<li class="entry')


def test_a_big_story_opens_on_its_top_entries_and_says_so(big: TestClient) -> None:
    page = big.get("/stories/1")
    assert page.status_code == 200 and _entries(page.text) == DEFAULT_TOP
    notice = page.text.split('id="narrowed">', 1)[1].split("</p>", 1)[0]
    assert f"Showing {DEFAULT_TOP} of {ENTRIES} entries" in notice
    assert f'<a href="/stories/1?top=all">Show all {ENTRIES}</a>' in notice
    assert f'name="top" min="1" max="1000" value="{DEFAULT_TOP}"' in page.text  # the form says what is shown
    # Its export links export what it shows (as a narrowed page's do).
    assert f'href="/stories/1/export/jsonl?top={DEFAULT_TOP}"' in page.text
    assert f'href="/api/stories/1/timeline?top={DEFAULT_TOP}"' in page.text
    assert len(big.get(f"/stories/1/export/jsonl?top={DEFAULT_TOP}").text.splitlines()) == DEFAULT_TOP
    assert _entries(big.get("/stories/1").text) == DEFAULT_TOP  # the cached opening view


def test_a_big_storys_whole_timeline_is_one_click_away(big: TestClient) -> None:
    """``?top=all``, or the form sent with a blank Top field, shows every entry; other narrowing still works."""
    for query in ("top=all", "top=ALL", "top=", "top=&since=&until=&min_outlets="):
        page = big.get(f"/stories/1?{query}")
        assert page.status_code == 200 and _entries(page.text) == ENTRIES, query
        assert 'id="narrowed"' not in page.text
        assert 'href="/stories/1/export/jsonl"' in page.text  # its exports are whole too
    assert _entries(big.get("/stories/1?top=5").text) == 5
    week = big.get("/stories/1?top=all&since=2025-03-01&until=2025-03-07")
    assert _entries(week.text) == 7 and "Showing 7 of " in week.text


def test_the_api_keeps_returning_the_whole_timeline(big: TestClient) -> None:
    """Only the page opens bounded: the API has no default ``top``, and ``top=all`` is no number there."""
    assert len(big.get("/api/stories/1/timeline").json()["events"]) == ENTRIES
    assert len(big.get("/stories/1/export/jsonl").text.splitlines()) == ENTRIES
    assert big.get("/api/stories/1/timeline?top=all").status_code == 400


def _ticks_and_dots(page: str) -> tuple[list[str], list[float]]:
    svg = page.split('<figure class="sketch">', 1)[1].split("</figure>", 1)[0]
    ticks = re.findall(r'<text class="tick-label"[^>]*>([^<]*)</text>', svg)
    dots = [float(x) for x in re.findall(r'<circle cx="([0-9.]+)"', svg)]
    return ticks, dots


def test_the_axis_spans_the_storys_dates_not_a_century_it_mentions(vague: TestClient) -> None:
    page = vague.get("/stories/1").text
    ticks, dots = _ticks_and_dots(page)
    assert ticks and all(re.fullmatch(r"\d\d [A-Z][a-z]{2}", t) for t in ticks), ticks  # days, not years
    assert ticks[0] == "01 Mar" and len(dots) == 2
    assert min(dots) == MARGIN and max(dots) == WIDTH - MARGIN  # the two days fill the axis
    assert "2 dated entries of a wider period (a year, a century) or outside the story's dates" in page
    timeline = page.split('id="timeline"', 1)[1]
    assert "21st century" in timeline and "second berth by 2030" in timeline  # listed, only not drawn


def test_a_big_storys_axis_stays_within_its_dates(big: TestClient) -> None:
    """Entries after the story's last article and its margin are listed but not drawn: the axis is March's."""
    ticks, dots = _ticks_and_dots(big.get("/stories/1?top=all").text)
    assert ticks[0] == "01 Mar" and ticks[-1].endswith("Mar") and len(dots) == 31


@pytest.mark.browser
@pytest.mark.slow
def test_a_reader_sees_the_bounded_view_and_opens_the_whole_timeline(big_db: str) -> None:
    """In a real headless Chromium: the note is visible above the timeline, and its link shows every entry."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} not found: run `make system-deps`")
    server, thread, url = run_server(create_app(big_db))
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), headless=True,
                                                 args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
            page = browser.new_page()
            page.goto(f"{url}/stories/1")
            note = page.locator("#narrowed")
            assert note.is_visible() and f"Showing {DEFAULT_TOP} of {ENTRIES} entries" in note.inner_text()
            assert page.locator("li.entry").count() == DEFAULT_TOP
            note.get_by_role("link", name=f"Show all {ENTRIES}").click()
            page.wait_for_url("**/stories/1?top=all")
            assert page.locator("li.entry").count() == ENTRIES and page.locator("#narrowed").count() == 0
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
