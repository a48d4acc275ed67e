"""A day written right after a verb of saying is the saying's, however the parser hangs it.

"BP said on Monday it would pay" (no "that"): the parser makes "on Monday" the payment's, so the saying was dated by
its page and the promise by the Monday. News writes what was said after the day ("said on Monday it would pay") and
that thing's own day after its verb ("said it would pay on Monday"); 55 "said ... it" and 15 "said ... they" of
Timeline17's pages have a day there.
"""

from __future__ import annotations

from datetime import date

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer
from dateline.records import Event

READ_ON = date(2010, 5, 7)  # a Friday


def _dated(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> dict[str, Event]:
    """The events of ``text`` read on READ_ON, by predicate."""
    return {e.predicate: e for e in analyzer.analyze(make_article(text, READ_ON)).events}


def test_the_day_after_said_dates_the_saying(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"said on Monday it would pay", "said on Tuesday he is sending": the saying on that day, not the page's."""
    for text, day in (
        ("BP said on Monday it would pay for the cleanup.", "2010-05-03"),
        ("Officials said on Monday they would send more ships.", "2010-05-03"),
        ("Obama said on Tuesday he is sending a team to the coast.", "2010-05-04"),
    ):
        said = _dated(analyzer, make_article, text)["say"]
        assert said.date == day and said.date_source == "expression", (text, said)


def test_a_day_after_what_was_said_stays_its_own(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"said it would pay on Monday" promises a payment on Monday; "said that on Monday it would pay" too: the
    saying keeps the page's day."""
    for text in ("BP said it would pay on Monday.", "BP said that on Monday it would pay."):
        events = _dated(analyzer, make_article, text)
        assert events["say"].date_source == "publication", (text, events["say"])
        assert events["pay"].date_source == "expression", (text, events["pay"])


def test_a_day_ahead_after_a_present_verb_of_thinking_is_what_is_thought(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A review: "I think a year from now, we will have made progress" (a Timeline17 quote) had "think" dated a year
    after the page; "said next year the plant would close" would date the saying in the future."""
    text = ('In December 2005, he said, "Overall, I think a year from now, we will have made a fair amount of progress '
            'if we stay the course."')
    think = _dated(analyzer, make_article, text)["think"]
    assert think.date == "2005-12", think
    said = _dated(analyzer, make_article, "BP said next year the plant would close.")["say"]
    assert said.date_source != "expression", said
