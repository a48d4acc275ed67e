"""Same-event merging: reports of one happening from several articles become one timeline entry.

A report is one analysed event of one article. Two reports are the same happening when their dates
are compatible (the intervals overlap), their actors overlap, and they are of the same kind with
similar wording, or share a number and close wording (outlets name the same act differently:
"threatened tariffs within 50 days" / "gave a 50-day deadline").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dateline.link.text import content_words, overlap
from dateline.records import Event, Precision, SourceRef, StoredArticle, TimelineEntry
from dateline.temporal import timex_interval

SAME_KIND_WORDING = 0.12  # word overlap two same-kind reports need to be one happening
CROSS_KIND_WORDING = 0.2  # ... and reports of different kinds, which must also share a number
# Two sentences of one article are usually two happenings; only a near repetition is one.
SAME_ARTICLE_WORDING = 0.5
GENERIC_KIND = "OTHER"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Where the date came from, most trustworthy first: an explicit expression beats a default.
_DATE_SOURCE_RANK = {"expression": 0, "sentence": 1, "publication": 2, "none": 3}


@dataclass(frozen=True)
class Report:
    """One article's report of an event, with what matching needs precomputed."""

    article_id: int
    outlet: str | None
    url: str | None
    event: Event
    interval: tuple[date, date] | None
    words: frozenset[str]
    numbers: frozenset[str]

    @property
    def actors(self) -> frozenset[str]:
        """The actor keys the event involves."""
        return frozenset(k for k in (self.event.actor_key, self.event.target_key) if k)

    @property
    def span_days(self) -> int:
        """How wide the date is, in days (smaller is more precise)."""
        return (self.interval[1] - self.interval[0]).days if self.interval else 1_000_000

    def source(self) -> SourceRef:
        """The traceable reference kept on the timeline entry."""
        return SourceRef(self.article_id, self.outlet, self.url, self.event.sentence)


def collect_reports(articles: Sequence[StoredArticle]) -> list[Report]:
    """Every dated event of the articles as a report."""
    reports = []
    for stored in articles:
        for event in stored.analysis.events:
            interval = timex_interval(event.date) if event.date else None
            reports.append(
                Report(
                    article_id=stored.id,
                    outlet=stored.article.outlet,
                    url=stored.article.url,
                    event=event,
                    interval=interval,
                    words=frozenset(content_words(event.sentence)),
                    numbers=frozenset(_NUMBER.findall(event.sentence)),
                )
            )
    return reports


def dates_compatible(a: Report, b: Report) -> bool:
    """Whether the two reports' date intervals overlap (an undated report fits any date)."""
    if a.interval is None or b.interval is None:
        return True
    return a.interval[0] <= b.interval[1] and b.interval[0] <= a.interval[1]


def same_subject(a: Report, b: Report) -> bool:
    """Whether two reports speak of one happening, dates and modality aside."""
    if a.article_id == b.article_id and a.event.sentence_index == b.event.sentence_index:
        # Clauses of one sentence on one date are one happening told once ("X said Y would Z").
        return True
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    wording = overlap(a.words, b.words)
    if a.article_id == b.article_id and wording < SAME_ARTICLE_WORDING:
        return False
    if a.event.kind == b.event.kind:
        return wording >= SAME_KIND_WORDING
    return bool(a.numbers & b.numbers) and wording >= CROSS_KIND_WORDING


def same_happening(a: Report, b: Report) -> bool:
    """Whether two reports are one happening: same subject, compatible dates, both asserted."""
    asserted = a.event.modality != "negated" and b.event.modality != "negated"
    return asserted and dates_compatible(a, b) and same_subject(a, b)


def group_reports(reports: Sequence[Report]) -> list[list[Report]]:
    """Group reports into happenings, most precise first so each group's date is its sharpest.

    A report joins a group when it matches one of its members and its date fits every member's
    date, so loose chains (June 2 ~ June ~ June 26) do not fuse distinct happenings.
    """
    ordered = sorted(reports, key=_precision_key)
    groups: list[list[Report]] = []
    for report in ordered:
        if report.event.modality == "negated":
            continue
        for group in groups:
            if all(dates_compatible(report, m) for m in group) and any(
                same_happening(report, m) for m in group
            ):
                group.append(report)
                break
        else:
            groups.append([report])
    return groups


def _precision_key(report: Report) -> tuple[int, int, int, int]:
    return (
        report.span_days,
        _DATE_SOURCE_RANK.get(report.event.date_source, 3),
        report.article_id,
        report.event.start,
    )


def entry_for(group: Sequence[Report]) -> TimelineEntry:
    """The timeline entry of one happening: the sharpest date, every source, all actors."""
    best = min(group, key=_precision_key)
    sources: dict[tuple[int, str], SourceRef] = {}
    for report in group:
        sources.setdefault((report.article_id, report.event.sentence), report.source())
    actors: dict[str, None] = {}
    for report in sorted(group, key=_precision_key):
        actors.update(dict.fromkeys(sorted(report.actors)))
    precision: Precision = best.event.precision
    # The most precise report names the happening, unless another report gives it a specific kind.
    kinds = [r.event.kind for r in sorted(group, key=_precision_key) if r.event.kind != GENERIC_KIND]
    return TimelineEntry(
        date=best.event.date,
        precision=precision,
        summary=best.event.summary or best.event.sentence,
        type=kinds[0] if kinds else best.event.kind,
        actors=tuple(actors),
        sources=tuple(sources.values()),
        modality=best.event.modality,
        background=all(r.event.background for r in group),
    )
