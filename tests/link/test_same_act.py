"""Outlets that tell one act on a day they both name are one entry however differently the rest of their sentences
run: a user test's BP story told the rig's sinking on April 22 in five entries ("An oil drilling rig sank on
Thursday" / "Transocean Ltd's Deepwater Horizon rig sank on April 22": 2 of 33 words in common)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.link import events, story_timeline
from dateline.link.events import Report, group_reports
from dateline.link.text import content_words
from dateline.records import Event, TimelineEntry
from dateline.store import SqliteStore

BACKGROUND = (
    " BP and the Coast Guard said the leak was being contained, and the search for the missing workers went on"
    " through the night off the coast of Louisiana."
)


def _entries(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path, texts: dict[str, str], background: str = BACKGROUND,
    title: str = "Gulf of Mexico rig disaster",
) -> list[TimelineEntry]:
    """The timeline entries of each outlet's text (with the background sentence after it) ingested as an article."""
    records = [
        {"title": f"{title}, report {n}", "text": text + background, "outlet": outlet,
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
    assert len(sank) >= 2 and all(len(e.reporting) == 1 for e in sank), [(e.summary, e.reporting) for e in sank]


VIOLENCE = (
    " Officials said the violence had risen sharply in the weeks before the election, and security forces were put"
    " on alert across the country."
)


@pytest.mark.parametrize("texts", [
    {"reuters": "A car bomb killed 20 people in a crowded market on Monday, police said.",
     "bbc": "A roadside bomb killed three soldiers on a patrol on Monday, the army said."},
    {"reuters": "Police on Monday arrested a man suspected of planting the bomb in the market.",
     "bbc": "Police on Monday arrested dozens of opposition protesters outside parliament."},
], ids=["two-bombings", "two-arrests"])  # fmt: skip
def test_one_verb_and_one_noun_in_common_are_no_one_act(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path, texts: dict[str, str]
) -> None:
    """A review: "bomb killed" in common made two bombings of one day one entry told by both outlets."""
    told = _entries(store, analyzer, tmp_path, texts, VIOLENCE, "Violence ahead of the election")
    entries = [e for e in told if e.date == "2010-04-19"]
    assert entries and all(len(e.reporting) == 1 for e in entries), [(e.summary, e.reporting) for e in entries]


def test_reports_of_one_verb_on_one_day_are_not_each_compared_with_every_group(monkeypatch: pytest.MonkeyPatch) -> None:
    """A story's day with thousands of reports of one verb by different actors: each was compared with every earlier
    group of the verb (4,000 took 27 s to group, 1.7 s without the act lookup)."""
    day = date(2010, 4, 20)
    reports = []
    for n in range(400):
        sentence = "Gunmen killed " + " ".join(f"w{n}x{k}" for k in range(12))
        event = Event(0, 0, len(sentence), sentence, "kill", "ASSAULT", day.isoformat(), "day", "expression",
                      actor_key=f"militia {n}", summary=sentence)
        reports.append(Report(n, f"outlet{n % 40}", None, event, (day, day), frozenset(content_words(sentence)),
                              frozenset()))
    calls = 0
    compare = events.same_happening

    def counting(a: Report, b: Report) -> bool:
        nonlocal calls
        calls += 1
        return compare(a, b)

    monkeypatch.setattr(events, "same_happening", counting)
    assert len(group_reports(reports)) == len(reports)
    assert calls <= 20 * len(reports), calls  # linear in the reports, not one per pair (~80,000)
