"""Outlets that tell one act on a day they both name are one entry however differently the rest of their sentences
run: a user test's BP story told the rig's sinking on April 22 in five entries ("An oil drilling rig sank on
Thursday" / "Transocean Ltd's Deepwater Horizon rig sank on April 22": 2 of 33 words in common)."""

from __future__ import annotations

from pathlib import Path

from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.link import story_timeline
from dateline.records import TimelineEntry
from dateline.store import SqliteStore

BACKGROUND = (
    " BP and the Coast Guard said the leak was being contained, and the search for the missing workers went on"
    " through the night off the coast of Louisiana."
)


def _entries(store: SqliteStore, analyzer: Analyzer, tmp_path: Path, texts: dict[str, str]) -> list[TimelineEntry]:
    records = [
        {"title": f"Gulf of Mexico rig disaster, report {n}", "text": text + BACKGROUND, "outlet": outlet,
         "published": "2010-04-23", "url": f"https://{outlet}.example/{n}"}
        for n, (outlet, text) in enumerate(texts.items())
    ]  # fmt: skip
    ingest_records(store, analyzer, tmp_path, records)
    stories = {int(r[0]) for r in store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")}
    return [e for s in stories for e in story_timeline(store, s).entries]


def test_one_rig_sinking_told_three_ways_is_one_entry(store: SqliteStore, analyzer: Analyzer, tmp_path: Path) -> None:
    entries = _entries(store, analyzer, tmp_path, {
        "reuters": "An oil drilling rig sank on Thursday, raising the risk of a major oil spill in the Gulf of Mexico.",
        "bbc": "The BP-operated Deepwater Horizon rig sank on 22 April two days after a huge explosion that killed 11 "
               "workers.",
        "foxnews": "Transocean Ltd's Deepwater Horizon rig sank on April 22 after burning for two days.",
    })
    sank = [e for e in entries if any("sank" in s.sentence for s in e.sources)]
    assert len(sank) == 1, [(e.summary, e.reporting) for e in sank]
    assert sank[0].reporting == {"reuters", "bbc", "foxnews"} and sank[0].date == "2010-04-22"


def test_two_things_sinking_on_one_day_stay_apart(store: SqliteStore, analyzer: Analyzer, tmp_path: Path) -> None:
    entries = _entries(store, analyzer, tmp_path, {
        "reuters": "An oil drilling rig sank on Thursday, raising the risk of a major oil spill in the Gulf of Mexico.",
        "bbc": "A fishing boat sank on Thursday near the rig, the Coast Guard said.",
    })
    sank = [e for e in entries if "sank" in e.summary]
    assert len(sank) == 2, [(e.summary, e.reporting) for e in sank]
