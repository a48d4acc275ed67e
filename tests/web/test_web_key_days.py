"""The key days panel shows a sentence once: a lead naming no day tells its publication day and the day before, and
a user test found "Eight cases of swine flu have emerged in the UK ..." under both 29 and 30 April; a search page
lists a bounded share of the events it finds."""

from __future__ import annotations

import re
from pathlib import Path
from unittest.mock import patch

from starlette.testclient import TestClient
from web_helpers import handmade_articles, store_article

from dateline.present.text import digest_days_told_once
from dateline.records import Digest, DigestDay, SourceRef, Story
from dateline.store import SqliteStore
from dateline.web import create_app


def test_a_sentence_of_two_key_days_is_shown_once_and_pointed_to() -> None:
    lead = SourceRef(7, "BBC News", None, "Eight cases of swine flu have emerged in the UK.")
    other = SourceRef(8, "Reuters", None, "Mexico closed its schools on Thursday.")
    story = Story(1, "Swine flu", (7, 8), ("BBC News", "Reuters"), "2009-04-29", "2009-04-30")
    digest = Digest(story, (DigestDay("2009-04-29", (lead,)), DigestDay("2009-04-30", (lead, other))))
    assert digest_days_told_once(digest) == [
        ("2009-04-29", [(lead, None)]),
        ("2009-04-30", [(lead, "2009-04-29"), (other, None)]),
    ]


def test_a_search_page_lists_at_most_its_share_of_events_and_says_how_many(tmp_path: Path) -> None:
    """A user test's ?q=the listed every event of a big story on a 1 MB page."""
    db = str(tmp_path / "many.db")
    with SqliteStore(db) as store:
        for article, analysis in handmade_articles():
            store_article(store, article, analysis)
    with patch("dateline.web.pages.SHOWN_EVENTS", 2), TestClient(create_app(db)) as client:
        page = client.get("/", params={"q": "Istanbul"}).text
    assert page.count('<span class="kind">') == 2 and re.search(r"Showing 2 of [3-9] events", page), page
