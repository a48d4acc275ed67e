"""A lone surname after a quote is the article's person, whatever label the model gives it: '"...," Hayward told
NBC' was labelled a work of art and filed as the city of Hayward beside Tony Hayward (a user test of BP coverage)."""

from __future__ import annotations

from tests.analyze.test_events import PUBLISHED, ArticleMaker

from dateline.analyze import Analyzer

TEXT = (
    "BP Chief Executive Tony Hayward was due to meet Mobile officials on Monday.\n\n"
    '"We are responsible not for the accident but we are responsible for the oil and for dealing with it and '
    'cleaning the situation up," Hayward told NBC\'s "Today" show.\n\n'
    '"The worst-case scenario is that we would need to contain this for two to three months whilst a relief oil '
    'is drilled," Hayward told NBC.'
)


def test_a_surname_after_a_quote_is_the_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    mentions = analyzer.analyze(make_article(TEXT, PUBLISHED)).mentions
    haywards = [(m.actor_key, m.kind) for m in mentions if "hayward" in m.actor_key]
    assert len(haywards) >= 2 and set(haywards) == {("tony hayward", "PERSON")}, haywards
