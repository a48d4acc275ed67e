"""A verb that happens when its complement does takes the complement's date: one sentence, one day."""

from __future__ import annotations

from tests.analyze.test_events import ArticleMaker, _events

from dateline.analyze import Analyzer


def test_a_verb_that_happens_with_its_complement_takes_its_date(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test: "caused" was on the article's date and "suspended" on the weekend, one sentence under two dates."""
    events = {e.predicate: e for e in _events(analyzer, make_article, "Bad weather caused cleanup efforts to be "
                                               "suspended over the weekend, officials say.")}
    assert events["cause"].date == events["suspend"].date and events["cause"].date_source == "sentence"
    # Deciding is not closing: the decision keeps its own day (the Monday before the page of Sunday 20 July).
    decided = {e.predicate: e for e in _events(analyzer, make_article, "Officials decided on Monday to close the "
                                                "beaches on Friday.")}
    assert decided["decide"].date == "2025-07-14"


def test_a_past_clause_takes_the_past_day_its_complement_names(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A fact-checker's audit: "People in Mexico City were ordered not to kiss or shake hands yesterday" was dated by
    the page, not the day before it (14 of 48 flagged sentences were so)."""
    ordered = {e.predicate: e for e in _events(analyzer, make_article, "People in Mexico City were ordered not to "
                                                "kiss or shake hands yesterday.")}
    assert ordered["order"].date == "2025-07-19" and ordered["order"].date_source == "sentence", ordered["order"]
    # A day ahead of the page is the complement's own: the order is not on it.
    ahead = {e.predicate: e for e in _events(analyzer, make_article, "Residents were told to leave the town next "
                                              "Friday.")}
    assert ahead["tell"].date_source == "publication", ahead["tell"]
