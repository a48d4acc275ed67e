"""The reference case end to end: both Istanbul-talks pages through the real pipeline into one story."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.analyze import Analyzer
from dateline.link import list_stories, story_timeline, top_entries
from dateline.pipeline import Ingestor
from dateline.store import SqliteStore


@pytest.mark.slow
def test_istanbul_pages_make_one_story_with_merged_deadline_and_role_conflict(
    examples_dir: Path, store: SqliteStore, analyzer: Analyzer
) -> None:
    report = Ingestor(store, lambda: analyzer).ingest([str(examples_dir)])
    assert report.ok and len(report.ingested) == 2
    stories = list_stories(store)
    assert len(stories) == 1 and len(stories[0].article_ids) == 2
    timeline = story_timeline(store, stories[0].id)

    deadline = [e for e in timeline.entries if any("50" in s.sentence for s in e.sources)]
    assert len(deadline) == 1
    assert len({s.outlet for s in deadline[0].sources}) == 2
    assert deadline[0].date == "2025-07-14"

    roles = [c for c in timeline.conflicts if c.kind == "attribute" and "former U.S. President" in c.description]
    assert len(roles) == 1 and len({s.article_id for s in roles[0].sources}) == 2

    sentences = " ".join(s.sentence for e in timeline.entries for s in e.sources)
    assert "Kaliningrad" not in sentences  # the teaser of another article
    assert "news editor" not in sentences  # the author's bio

    dates = [e.date for e in timeline.entries]
    assert dates.index("2022-02") < dates.index("2025-07-14")
    assert deadline[0] in top_entries(timeline, 5).entries
