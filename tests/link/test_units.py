"""A figure's unit is the noun written after it even where the parser hangs the figure elsewhere ("covered about 600
sq miles" parses "sq" as an adposition), so two outlets' areas of one slick are compared: a session-28 user test
found "about 600 sq miles" and "1,800 square miles" unflagged."""

from __future__ import annotations

from pathlib import Path

from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.link import story_timeline
from dateline.store import SqliteStore


def _number_conflicts(store: SqliteStore, analyzer: Analyzer, tmp_path: Path, first: str, second: str) -> list[str]:
    records = [
        {"title": "Oil slick grows off Louisiana", "text": first, "outlet": "Wire One", "published": "2010-04-30",
         "url": "https://one.example/a"},
        {"title": "Slick spreads in the gulf", "text": second, "outlet": "Wire Two", "published": "2010-04-30",
         "url": "https://two.example/b"},
    ]  # fmt: skip
    ingest_records(store, analyzer, tmp_path, records)
    stories = {int(r[0]) for r in store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")}
    return [c.description for s in stories for c in story_timeline(store, s).conflicts if c.kind == "number"]


def test_areas_in_sq_and_square_miles_are_compared(store: SqliteStore, analyzer: Analyzer, tmp_path: Path) -> None:
    flagged = _number_conflicts(
        store, analyzer, tmp_path,
        "The oil slick off Louisiana now covers about 600 sq miles, the Coast Guard said on Friday.",
        "Officials from the Coast Guard said the slick off Louisiana now covers some 1,800 square miles.",
    )
    assert any("miles" in d and "600" in d and "1,800" in d for d in flagged), flagged


def test_one_area_in_both_wordings_is_no_disagreement(store: SqliteStore, analyzer: Analyzer, tmp_path: Path) -> None:
    flagged = _number_conflicts(
        store, analyzer, tmp_path,
        "The oil slick off Louisiana now covers about 600 sq miles, the Coast Guard said on Friday.",
        "Officials from the Coast Guard said the slick off Louisiana now covers some 600 square miles.",
    )
    assert flagged == []
