"""Adding pasted coverage from the web form, and pasting it again with the date it was published."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

from dateline.link import get_story
from dateline.records import ANALYSED_CHARS, Story
from dateline.store import SqliteStore
from dateline.web import create_app

pytestmark = pytest.mark.slow


def _paste(client: TestClient, text: str, published: str = "", author: str = "") -> str:
    """Submit the form; returns where it sends the browser."""
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/add").text)
    assert token
    form = {"csrf_token": token.group(1), "text": text, "published": published, "author": author}
    added = client.post("/add", data=form, follow_redirects=False)
    assert added.status_code == 303, added.text
    return str(added.headers["location"])


def _story(db: str, url: str) -> Story:
    with SqliteStore(db) as store:
        return get_story(store, int(urlsplit(url).path.rsplit("/", 1)[1]))


def test_pasting_a_stored_page_with_its_date_redates_it_and_says_so(
    tmp_path: Path, analyzer: Any, examples_dir: Path
) -> None:
    db = str(tmp_path / "pasted.db")
    kyiv = (examples_dir / "kyiv-independent-erdogan-putin-call.txt").read_text(encoding="utf-8")
    rks = (examples_dir / "rks-news-third-round.txt").read_text(encoding="utf-8")
    with TestClient(create_app(db, analyzer_factory=lambda: analyzer)) as client:
        story_url = _paste(client, kyiv, "2025-07-18")
        assert urlsplit(_paste(client, rks)).path == urlsplit(story_url).path  # one story
        assert "(inferred)" in client.get(story_url).text  # the RKS page's guessed date, in the article list
        story_before = _story(db, story_url)
        again = _paste(client, rks, "2025-07-18")
        assert urlsplit(again).path == urlsplit(story_url).path
        message = parse_qs(urlsplit(again).query)["added"][0]
        assert message.startswith("This coverage is already stored: “Russia and Ukraine Hold New Round")
        assert message.endswith("”. Publication date set to 2025-07-18 (was 2025-07-23 .. 2025-07-30, inferred).")
        after = client.get(again).text
        assert "Publication date set to 2025-07-18" in after
        # The story's dates and members are as before, yet its page is built anew from the re-dated article.
        assert _story(db, story_url) == story_before
        assert "(inferred)" not in after, "the story page still shows the article's old date"
        article_page = client.get("/articles/2").text
        assert "(given)" in article_page and "date-hint" not in article_page
        # The form's date is the user's: it always overrides, also a date given before (a typo is fixable).
        fixed = parse_qs(urlsplit(_paste(client, kyiv, "2025-07-19")).query)["added"][0]
        assert fixed.endswith("Publication date set to 2025-07-19 (was 2025-07-18, given).")
        same = parse_qs(urlsplit(_paste(client, kyiv, "2025-07-19")).query)["added"][0]
        assert "Publication date set" not in same  # the same day again: nothing to do
    with SqliteStore(db) as store:
        first, redated = store.get_article(1), store.get_article(2)
        assert store.count_articles() == 2
    assert redated.article.published is not None and redated.article.published.method == "given"
    assert first.article.published is not None and first.article.published.earliest.isoformat() == "2025-07-19"
    assert {e.date for e in redated.analysis.events if e.date_source == "publication"} == {"2025-07-18"}


def test_the_forms_author_is_the_byline(tmp_path: Path, analyzer: Any, examples_dir: Path) -> None:
    db = str(tmp_path / "byline.db")
    rks = (examples_dir / "rks-news-third-round.txt").read_text(encoding="utf-8")
    with TestClient(create_app(db, analyzer_factory=lambda: analyzer)) as client:
        assert 'name="author"' in client.get("/add").text
        _paste(client, rks, author="  Desk   Reporter ")
        assert "Desk Reporter" in client.get("/articles/1").text
    with SqliteStore(db) as store:
        assert store.get_article(1).article.author == "Desk Reporter"


def test_the_form_says_what_the_cli_says_of_a_long_paste_and_refuses_text_with_a_url(
    tmp_path: Path, analyzer: Any, examples_dir: Path
) -> None:
    """A user test pasted a 278,000-character live blog: the page said only "Added ...", the CLI that only the first
    100,000 characters were analysed; and a text given with an address to fetch lost the address unsaid."""
    kyiv = (examples_dir / "kyiv-independent-erdogan-putin-call.txt").read_text(encoding="utf-8")
    long_text = kyiv + "\n\n" + "\n\n".join(
        f"Update {n}: delegations met again in Istanbul on Tuesday to discuss the prisoner exchange." for n in range(
            ANALYSED_CHARS // 80)
    )
    with TestClient(create_app(str(tmp_path / "long.db"), analyzer_factory=lambda: analyzer)) as client:
        message = parse_qs(urlsplit(_paste(client, long_text, "2025-07-18")).query)["added"][0]
        assert f"only its first {ANALYSED_CHARS:,} characters analysed" in message, message
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/add").text)
        assert token
        both = client.post("/add", data={"csrf_token": token.group(1), "text": kyiv, "url": "https://example.com/a"})
        assert both.status_code == 400 and "not both" in both.text
