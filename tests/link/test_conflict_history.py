"""A title in a sentence about the past is the one held then: "In 2016, Vice President Joe Biden pressed Ukraine
..." in a 2019 article does not disagree with another outlet's "former Vice President Joe Biden" (a user test's one
attribute flag on an impeachment story was this)."""

from __future__ import annotations

from pathlib import Path

from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.link import story_timeline
from dateline.store import SqliteStore

FORMER = (
    "Former Vice President Joe Biden said on Tuesday that the impeachment hearings showed the president had abused "
    "his office. Former Vice President Joe Biden spoke at a campaign event in Iowa."
)


def _conflicts(store: SqliteStore, analyzer: Analyzer, tmp_path: Path, other: str) -> list[str]:
    records = [
        {"title": "Biden says hearings show abuse of office", "text": FORMER, "outlet": "Wire One",
         "published": "2019-11-20", "url": "https://one.example/a"},
        {"title": "Biden and the Ukraine prosecutor", "text": other, "outlet": "Wire Two",
         "published": "2019-11-20", "url": "https://two.example/b"},
    ]  # fmt: skip
    ingest_records(store, analyzer, tmp_path, records)
    stories = {int(r[0]) for r in store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")}
    return [c.description for s in stories for c in story_timeline(store, s).conflicts if c.kind == "attribute"]


def test_a_title_in_a_sentence_about_years_ago_is_no_disagreement(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    past = (
        "In 2016, Vice President Joe Biden pressed Ukraine to fire its top prosecutor, Viktor Shokin. Biden said on "
        "Tuesday that the impeachment hearings showed the president had abused his office."
    )
    assert _conflicts(store, analyzer, tmp_path, past) == []


def test_the_same_title_told_of_this_week_still_disagrees(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    now = (
        "Vice President Joe Biden told supporters in New Hampshire on Tuesday that the impeachment hearings were a "
        "turning point. He said voters would judge the president's dealings with Ukraine."
    )
    flagged = _conflicts(store, analyzer, tmp_path, now)
    assert any("Vice President" in description for description in flagged), flagged


def test_a_title_after_a_government_of_the_past_is_no_disagreement(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    earlier = (
        "Officials were silent during the Obama administration when Vice President Joe Biden took over as point man "
        "for Ukraine policy. Biden said on Tuesday that the hearings showed the president had abused his office."
    )
    assert _conflicts(store, analyzer, tmp_path, earlier) == []


def test_a_title_in_a_speakers_quoted_words_is_no_outlets_disagreement(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    quoted = (
        '"As you know from the documentation I have provided, Vice President Biden was not a topic of our '
        'discussions," Kurt Volker told the House Intelligence Committee on Tuesday.'
    )
    assert _conflicts(store, analyzer, tmp_path, quoted) == []


def test_a_government_named_as_a_place_does_not_hide_a_title(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    """"in the Ukrainian government" is where corruption is, not when Biden spoke (a review of session 28)."""
    now = (
        "Corruption in the Ukrainian government is rampant, Vice President Joe Biden said on Tuesday in New "
        "Hampshire. He said voters would judge the president's dealings with Ukraine."
    )
    flagged = _conflicts(store, analyzer, tmp_path, now)
    assert any("Vice President" in description for description in flagged), flagged
