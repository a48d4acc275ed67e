"""Review of session 30's rule joining a page-dated report of an act told as done to another outlet's report of
the same act dated to the day before the page: not two people's or places' acts, not a present-tense report (the
page's own day), not a day of a plan, of its telling or of another act."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.analyze import Analyzer
from dateline.link.events import Report, collect_reports, group_reports
from dateline.records import Article, Event, PublicationDate, StoredArticle


def _groups(analyzer: Analyzer, told: list[tuple[str, str, str]]) -> list[list[Report]]:
    """The same-event groups of each outlet's text read on its page's day."""
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


def _joined(groups: list[list[Report]]) -> list[list[str]]:
    return [[f"{r.outlet}: {r.event.summary}" for r in g] for g in groups if len({r.outlet for r in g}) > 1]


@pytest.mark.parametrize("told", [
    [("foxnews", "2010-04-29", "Mississippi Gov. Haley Barbour declared a state of emergency on Thursday as oil neared "
                               "the coast."),
     ("bbc", "2010-04-30", "Louisiana Governor Bobby Jindal has declared a state of emergency as the oil slick nears "
                           "the coast.")],
    [("reuters", "2010-01-12", "Senator John Smith resigned on Tuesday from the finance committee."),
     ("bbc", "2010-01-13", "Senator Jane Doe has resigned from the finance committee.")],
    [("guardian", "2009-05-05", "Alleyn's school in Dulwich, south-east London, closed when six pupils were confirmed "
                                "with having the H1N1 virus yesterday."),
     ("bbc", "2009-05-05", "Some schools have been closed in New York City.")],
], ids=["two-governors", "two-senators", "two-schools"])  # fmt: skip
def test_acts_of_other_people_or_places_stay_apart(analyzer: Analyzer, told: list[tuple[str, str, str]]) -> None:
    """A review: Barbour's declaration took Jindal's of the next day's page, Alleyn's school New York's."""
    assert not _joined(_groups(analyzer, told))


def test_a_report_in_the_present_tells_its_pages_day(analyzer: Analyzer) -> None:
    """"BP shares fall" on the 30th's page is the 30th's fall, not Thursday's (a review; the WHO's raising its alert
    "to phase 5", told as under way on the 29th's page, had joined its raising "to four" of the 28th)."""
    groups = _groups(analyzer, [
        ("foxnews", "2010-04-29", "BP shares fell sharply on Thursday in London."),
        ("bbc", "2010-04-30", "BP shares fall sharply in London as the cost of the spill mounts."),
    ])
    assert not _joined(groups)


@pytest.mark.parametrize("told", [
    [("reuters", "2010-06-01", "Tony Hayward said on Monday that he would step down as chief executive of BP."),
     ("bbc", "2010-06-01", "Tony Hayward has stepped down as chief executive of BP.")],
    [("reuters", "2010-05-31", "Tony Hayward could step down as chief executive of BP on Monday, sources said."),
     ("bbc", "2010-06-01", "Tony Hayward has stepped down as chief executive of BP.")],
    [("reuters", "2010-01-18", "Police arrested a man after a stabbing on Saturday in the city centre."),
     ("bbc", "2010-01-17", "Police have arrested a man after a stabbing in the city centre.")],
], ids=["day-of-saying", "hypothetical", "day-of-another-act"])  # fmt: skip
def test_a_day_not_of_the_act_done_takes_no_later_page(analyzer: Analyzer, told: list[tuple[str, str, str]]) -> None:
    """A review: "has closed its nursery" joined "said it would be closed for a few days", dated by the saying."""
    assert not _joined(_groups(analyzer, told))


def test_the_same_act_a_day_before_still_joins(analyzer: Analyzer) -> None:
    groups = _groups(analyzer, [
        ("foxnews", "2010-04-29", "Louisiana Gov. Bobby Jindal declared a state of emergency on Thursday as oil "
                                  "neared the coast."),
        ("bbc", "2010-04-30", "Louisiana Governor Bobby Jindal has declared a state of emergency as the oil slick "
                              "nears the coast."),
    ])
    joined = _joined(groups)
    assert joined and any("declared" in s for g in joined for s in g), joined


def test_an_analysis_stored_without_its_tense_is_read_as_before() -> None:
    """Analyses stored before the tense was kept (``past`` None) still lag; one told in the present does not."""
    from dateline.link.events import _told_done_by_page

    day = (date(2010, 4, 30), date(2010, 4, 30))
    event = Event(0, 0, 10, "s", "hit", "ATTACK", "2010-04-30", "day", "publication")
    assert _told_done_by_page(event, day)
    assert not _told_done_by_page(Event(**{**event.__dict__, "past": False}), day)
