"""A page-dated report of an act done joins the group of its page's own day before the day before's (a review of
session 30: where two outlets named two days, the order the groups were made in decided)."""

from __future__ import annotations

from tests.link.test_review30_link import _groups

from dateline.analyze import Analyzer


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
