"""Review of session 28's commits (belongs in tests/link/: it uses that folder's store, analyzer and
ingest_records). A title's time is its own clause's, a government named first in its sentence is of that time, a
headline keeps no half of "according to" or "such as", and a merged story's page moves by a path, not by an address
built from the request's Host header."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from tests.link.conftest import ingest_records
from tests.link.test_conflict_history import _conflicts

from dateline.analyze import Analyzer
from dateline.link import merge_stories
from dateline.records import Article, PublicationDate
from dateline.store import SqliteStore


@pytest.mark.parametrize("opening", ["During", "Under", "In"])
def test_a_government_named_at_the_start_of_the_sentence_is_of_that_time(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path, opening: str
) -> None:
    """The rule matched "during the Obama administration" but not a sentence's capitalised "During the ..."."""
    earlier = (
        f"{opening} the Obama administration, Vice President Joe Biden took over as point man for Ukraine policy. "
        "Biden said on Tuesday that the hearings showed the president had abused his office."
    )
    assert _conflicts(store, analyzer, tmp_path, earlier) == []


def test_a_past_year_in_another_clause_does_not_hide_a_title_of_now(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    """The sentence's time came from "who pressed Ukraine in 2016": the title in "... said on Tuesday" is today's."""
    now = (
        "Vice President Joe Biden, who pressed Ukraine in 2016, said on Tuesday that the impeachment hearings were a "
        "turning point. He said voters would judge the president's dealings with Ukraine."
    )
    flagged = _conflicts(store, analyzer, tmp_path, now)
    assert any("Vice President" in description for description in flagged), flagged


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("BP contractors have passed over local fishermen to hire out-of-state boat crews to lay booms off the coast "
         "of Bayou La Batre, Alabama, the heart of that state's seafood industry, according to local officials.",
         " according"),
        ("There has been growing momentum to increase the presence of developing countries on other important "
         "bodies such as the Financial Stability Forum.", " such"),
    ],
)  # fmt: skip
def test_a_headline_keeps_no_half_of_a_two_word_preposition(analyzer: Analyzer, text: str, dangling: str) -> None:
    day = PublicationDate(date(2010, 5, 7), date(2010, 5, 7), "given")
    article = Article(origin="t", title="t", text=text, raw=text, raw_kind="text", outlet="X", published=day,
                      language="en")  # fmt: skip
    summaries = [e.summary for e in analyzer.analyze(article).events]
    assert summaries and not any(s.endswith(dangling) for s in summaries), summaries


def test_a_merged_storys_page_moves_by_path_whatever_the_host(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    from dateline.web import create_app

    records = [
        {"title": "Storm hits Manila", "text": "A typhoon struck Manila on Monday, flooding streets and cutting "
         "power to thousands of homes, officials said.", "outlet": "Wire One", "published": "2020-10-05"},
        {"title": "Chess final in Oslo", "text": "Magnus Carlsen won the chess final in Oslo on Saturday after a "
         "long endgame against Fabiano Caruana.", "outlet": "Wire Two", "published": "2021-03-06"},
    ]  # fmt: skip
    ingest_records(store, analyzer, tmp_path, records)
    ids = sorted({int(r[0]) for r in store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")})
    assert len(ids) == 2
    merge_stories(store, ids[0], ids[1])
    store.close()
    with TestClient(create_app(str(tmp_path / "link.db"))) as client:
        moved = client.get(f"/stories/{ids[1]}?top=1", headers={"host": "evil.example"}, follow_redirects=False)
    assert moved.status_code == 302 and moved.headers["location"] == f"/stories/{ids[0]}?top=1"
