"""A past act told without a date of its own ("A powerful earthquake has hit Haiti") happened by the day its page
was published, which is often the day after it: it may be one entry with another outlet's report of the same act
that names the day before. A fact-checker's audit (session 29) found the Haiti earthquake on three days, the later
pages' reports dated by their pages."""

from __future__ import annotations

from pathlib import Path

from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.link import story_timeline
from dateline.records import TimelineEntry
from dateline.store import SqliteStore

BACKGROUND = {
    "reuters": " Aid agencies said they were sending teams and supplies to the Caribbean nation, the poorest in the"
               " Americas, where communications were down across the capital.",
    "bbc": " Governments around the world pledged money for the relief effort, and the United Nations said many of"
           " its staff in the city were missing after its headquarters collapsed.",
}


def _entries(store: SqliteStore, analyzer: Analyzer, tmp_path: Path, told: list[tuple[str, str, str]]) -> list[
    TimelineEntry
]:
    records = [
        {"title": f"Haiti earthquake, report {n}", "text": text + BACKGROUND[outlet], "outlet": outlet,
         "published": day, "url": f"https://{outlet}.example/{n}"}
        for n, (outlet, day, text) in enumerate(told)
    ]  # fmt: skip
    ingest_records(store, analyzer, tmp_path, records)
    stories = {int(r[0]) for r in store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")}
    return [e for s in stories for e in story_timeline(store, s).entries]


def _quake(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    return [e for e in entries if any("palace" in s.sentence for s in e.sources)]


def test_a_page_dated_report_joins_the_same_act_told_on_the_day_before(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    entries = _quake(_entries(store, analyzer, tmp_path, [
        ("reuters", "2010-01-13", "A powerful earthquake has hit Haiti, destroying the presidential palace in "
                                  "Port-au-Prince."),
        ("bbc", "2010-01-13", "A powerful earthquake hit Haiti on Tuesday, destroying the presidential palace in "
                              "Port-au-Prince."),
    ]))
    assert len(entries) == 1, [(e.date, e.summary, e.reporting) for e in entries]
    assert entries[0].date == "2010-01-12" and entries[0].reporting == {"reuters", "bbc"}


def test_a_page_dated_report_two_days_later_or_of_a_plan_stays_apart(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    entries = _quake(_entries(store, analyzer, tmp_path, [
        ("reuters", "2010-01-14", "A powerful earthquake has hit Haiti, destroying the presidential palace in "
                                  "Port-au-Prince."),
        ("bbc", "2010-01-13", "A powerful earthquake hit Haiti on Tuesday, destroying the presidential palace in "
                              "Port-au-Prince."),
    ]))
    assert len(entries) == 2 and {e.date for e in entries} == {"2010-01-12", "2010-01-14"}, [
        (e.date, e.summary, e.reporting) for e in entries
    ]


def test_two_pages_undated_reports_of_consecutive_days_stay_apart(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    """Neither names a day: the lag is no evidence of one happening (a user test's H1N1 store joined "Others die as a
    result" with "Between 3 and 5 million people ... die as a result" of the next day's page)."""
    entries = _quake(_entries(store, analyzer, tmp_path, [
        ("bbc", "2010-01-13", "A powerful earthquake has hit Haiti and has destroyed the presidential palace in "
                              "Port-au-Prince."),
        ("reuters", "2010-01-14", "A powerful earthquake has hit Haiti, destroying the presidential palace in "
                                  "Port-au-Prince."),
    ]))
    assert len(entries) >= 2 and all(len(e.reporting) == 1 for e in entries), [
        (e.date, e.summary, e.reporting) for e in entries
    ]
