"""Adding coverage by URL from the web form: fetched from a real local HTTP server, analysed, placed."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.testclient import TestClient

from dateline.store import SqliteStore
from dateline.web import create_app
from httpserver import LocalHTTPServer, Response

PAGE = """<!doctype html><html><head><title>Harvest festival ends with a record crowd | Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette">
<meta property="article:published_time" content="2025-09-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Harvest festival ends with a record crowd</h1>
<p>The harvest festival in the farming town closed on September 1 after drawing a record crowd of
twelve thousand visitors, the organisers said on Tuesday.</p>
<p>Mayor Anna Keller thanked the volunteers who ran the parade of tractors that opened the festival on
August 30, and said the town would apply for regional funding to extend the event next year.</p>
<p>Local farmers sold out of apples and cider by Sunday afternoon, according to the market association,
which said the weekend had been the best in a decade for its members.</p>
</article><footer>Copyright Valley Gazette. All rights reserved.</footer></body></html>"""

pytestmark = pytest.mark.slow


def test_an_article_url_is_fetched_and_lands_in_its_story(handmade_db: str, analyzer: Any) -> None:
    page = Response(body=PAGE.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    with LocalHTTPServer({"/festival": page}) as server, TestClient(
        create_app(handmade_db, allow_private=True, analyzer_factory=lambda: analyzer)
    ) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/add").text)
        assert token
        added = client.post("/add", data={"csrf_token": token.group(1), "url": server.url("/festival")},
                            follow_redirects=False)
        assert added.status_code == 303, added.text
        target = added.headers["location"]
        assert server.requests_to("/festival")
    with SqliteStore(handmade_db) as store:
        festival_story = store.get_article(3).story_id
        newest = store.list_articles(limit=1)[0]
    assert newest.outlet == "Valley Gazette" and newest.story_id == festival_story
    assert target.startswith(f"/stories/{festival_story}?added=")
