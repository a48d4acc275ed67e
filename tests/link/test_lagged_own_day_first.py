"""A page-dated report of an act done joins the group of its page's own day before the day before's (a review of
session 30: where two outlets named two days, the order the groups were made in decided)."""

from __future__ import annotations

from datetime import date

from dateline.analyze import Analyzer
from dateline.link.events import Report, collect_reports, group_reports
from dateline.records import Article, PublicationDate, StoredArticle


def _groups(analyzer: Analyzer, told: list[tuple[str, str, str]]) -> list[list[Report]]:
    articles = []
    for n, (outlet, day, text) in enumerate(told, start=1):
        published = date.fromisoformat(day)
        article = Article(
            origin=f"{outlet}/{n}", title=f"report {n}", text=text, raw=text, raw_kind="text", outlet=outlet,
            url=f"https://{outlet}.example/{n}", published=PublicationDate(published, published, "given"),
            language="en",
        )
        articles.append(StoredArticle(n, article, analyzer.analyze(article), f"hash{n}"))
    return group_reports([r for r in collect_reports(articles) if r.interval is not None])


def test_the_pages_own_day_wins_over_the_day_before(analyzer: Analyzer) -> None:
    groups = _groups(analyzer, [
        ("foxnews", "2010-04-29", "Louisiana Gov. Bobby Jindal declared a state of emergency on Thursday as oil "
                                  "neared the coast."),
        ("reuters", "2010-04-30", "Louisiana Gov. Bobby Jindal declared a state of emergency on Friday as oil "
                                  "neared the coast."),
        ("bbc", "2010-04-30", "Louisiana Governor Bobby Jindal has declared a state of emergency as the oil slick "
                              "nears the coast."),
    ])
    declared = [g for g in groups if any(r.event.predicate == "declare" for r in g)]
    with_bbc = next(g for g in declared if any(r.outlet == "bbc" for r in g))
    assert {r.outlet for r in with_bbc} == {"bbc", "reuters"}, [[(r.outlet, r.event.date) for r in g] for g in declared]
