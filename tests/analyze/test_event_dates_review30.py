"""Event dates a review found wrong: a coordinated act the parse tagged a participle, a participle after the
subject that gives the clause its day, a month of "that awful year" in a past narrative, and "Not since 1987"."""

from __future__ import annotations

from datetime import date

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer
from dateline.records import Event
from dateline.temporal.tagger import tag_times


def _dated(analyzer: Analyzer, make_article: ArticleMaker, text: str, published: date) -> dict[str, Event]:
    """The events of ``text`` read on ``published``, by predicate."""
    return {e.predicate: e for e in analyzer.analyze(make_article(text, published)).events}


def test_a_coordinated_past_tagged_a_participle_takes_the_first_verbs_day(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """The parse tags "cancelled" VBN beside "closed" VBD: it was on the page's day, "closed" on the Monday."""
    for text in (
        "Also on Monday, Mexico closed schools nationwide and cancelled football matches.",
        "Also on Monday, Mexico closed schools across the country and cancelled football matches.",
    ):
        events = _dated(analyzer, make_article, text, date(2009, 4, 28))
        assert events["close"].date == "2009-04-27", events["close"]
        assert events["cancel"].date == "2009-04-27", events["cancel"]
    # A participle with its own auxiliary keeps its own time.
    planned = _dated(analyzer, make_article, "On Monday, the city closed schools and has cancelled matches.",
                     date(2009, 4, 28))
    assert planned["cancel"].date != "2009-04-27" or planned["cancel"].date_source != "sentence", planned["cancel"]


def test_a_participle_after_the_subject_dates_the_clause(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"The minister, speaking in Brussels on Monday, announced" announced on the Monday (it was the page's day)."""
    events = _dated(analyzer, make_article, "The minister, speaking in Brussels on Monday, announced new aid for the "
                    "region.", date(2010, 5, 4))
    assert events["announce"].date == "2010-05-03", events["announce"]
    # A past participle tells an earlier act; a clause yet to come keeps its own time.
    arrested = _dated(analyzer, make_article, "The man, arrested in Leeds on Friday, appeared in court.",
                      date(2010, 5, 4))
    assert arrested["appear"].date != "2010-04-30", arrested["appear"]
    future = _dated(analyzer, make_article, "The minister, speaking in Brussels on Monday, will announce new aid.",
                    date(2010, 5, 4))
    assert future["announce"].date != "2010-05-03", future["announce"]


def test_a_month_of_that_awful_year_is_of_the_narrative_year(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"In June of that awful year", after "in the spring of 1918", is June 1918, not June of the page's year."""
    text = ("The 1918 pandemic reached Manchester in the spring of 1918. In June of that awful year, while most "
            "people ignored the threat, James Niven had 35,000 handbills printed.")
    found = {t.text: t.value for t in tag_times(text, date(2009, 4, 30))}
    assert found.get("June of that awful year") == "1918-06", found
    events = _dated(analyzer, make_article, text, date(2009, 4, 30))
    assert events["have"].date == "1918-06", events["have"]
    # Without a year in view, "that awful year" is no narrative year.
    alone = {t.text: t.value for t in tag_times("Prices rose that year.", date(2009, 4, 30))}
    assert alone.get("that year") == "2009", alone


def test_not_since_a_year_is_no_date_of_the_clause(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"Not since 1987 has the market fallen so sharply": the fall is the page's news, 1987 the last such fall."""
    events = _dated(analyzer, make_article, "Not since 1987 has the market fallen so sharply.", date(2008, 10, 11))
    assert all(e.date != "1987" for e in events.values()), events
    assert events["fall"].date == "2008-10-11", events["fall"]
    # A date of another act still dates only its own clause.
    closed = _dated(analyzer, make_article, "He said on Monday that the plant closed in 2008.", date(2025, 7, 20))
    assert closed["say"].date == "2025-07-14" and closed["close"].date == "2008", closed
    since = _dated(analyzer, make_article, "The plant has been closed since 2008.", date(2025, 7, 20))
    assert since["close"].date == "2008", since["close"]


def test_a_when_clause_s_day_does_not_date_what_would_come(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A review: "... saying it would reopen after half-term" took the "when" clause's yesterday."""
    events = _dated(analyzer, make_article, "The school closed when six pupils were confirmed as having swine flu "
                    "yesterday, saying it would reopen after half-term.", date(2009, 5, 5))
    assert events["reopen"].date != "2009-05-04", {p: e.date for p, e in events.items()}
    assert events["close"].date == "2009-05-04"
