"""A date that names a thing's term ("bonds due in 2019") says which thing, not when its clause happened (a user
test found "BP's bonds due in 2019 fell" dated 2019)."""

from __future__ import annotations

from datetime import date

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer


def _dates(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> dict[str, str | None]:
    return {e.predicate: e.date for e in analyzer.analyze(make_article(text, date(2010, 6, 15))).events}


def test_a_term_of_a_noun_dates_no_clause(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    assert _dates(analyzer, make_article, "BP's bonds due in 2019 fell sharply.")["fall"] == "2010-06-15"
    assert _dates(analyzer, make_article, "Prices of BP notes maturing in 2013 fell.")["fall"] == "2010-06-15"


def test_a_clause_of_its_own_day_keeps_it(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    assert _dates(analyzer, make_article, "The payment due on Friday was made on Monday.")["make"] == "2010-06-14"
    assert _dates(analyzer, make_article, "BP's shares fell in 2009.")["fall"] == "2009"
