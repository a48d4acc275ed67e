"""A past act dated "yesterday" or "on Monday" in its own sentence is on that day, however the parser hangs the date.

A fact-checker's audit found such acts on the page's day when the parse gave the date to a participle, a clause
inside the sentence or a clause of another tense: one act under two days. The sentences are the audited ones
(Timeline17 pages), each read on its own page's day.
"""

from __future__ import annotations

from datetime import date

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer
from dateline.records import Event


def _dated(analyzer: Analyzer, make_article: ArticleMaker, text: str, published: date) -> dict[str, Event]:
    """The events of ``text`` read on ``published``, by predicate."""
    return {e.predicate: e for e in analyzer.analyze(make_article(text, published)).events}


def test_a_date_before_a_participle_dates_the_main_clause(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"on Monday carrying" is the flight's Monday, not a date the participle alone owns (it was "flew" on the page's
    day, "carrying" on the Monday); a date right before a finite verb still dates that verb."""
    events = _dated(analyzer, make_article, "Travolta, 55, flew the Boeing 707 from Florida on Monday carrying four "
                    "tonnes of ready-to-eat military rations and medical supplies.", date(2010, 1, 26))
    assert events["fly"].date == "2010-01-25" and events["fly"].date_source == "expression", events["fly"]
    assert events["carry"].date == "2010-01-25", events["carry"]
    police = _dated(analyzer, make_article, "Police on Monday arrested two men.", date(2025, 7, 20))
    assert police["arrest"].date == "2025-07-14", police["arrest"]


def test_a_verb_leading_to_what_happened_takes_its_day(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """"led to 44 new cases of the virus being confirmed yesterday" happened yesterday (it was the page's day)."""
    events = _dated(analyzer, make_article, "An outbreak of swine flu at a Birmingham primary school led to 44 new "
                    "cases of the virus being confirmed yesterday.", date(2009, 5, 26))
    assert events["lead"].date == "2009-05-25" and events["lead"].date_source == "sentence", events["lead"]


def test_a_when_clause_dates_its_main_clause_through_a_participle(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """The date of a "when" clause may sit in a non-finite verb of it ("confirmed with having ... yesterday")."""
    events = _dated(analyzer, make_article, "Alleyn's school in Dulwich, south-east London, closed when six pupils "
                    "were confirmed with having the H1N1 virus yesterday.", date(2009, 5, 5))
    assert events["close"].date == "2009-05-04", events["close"]
    # A clause yet to come keeps its own time.
    planned = _dated(analyzer, make_article, "Officials said the school will close when pupils are confirmed as "
                     "having flu next week.", date(2025, 7, 20))
    assert planned["close"].date == "2025-W30" and planned["close"].modality == "planned", planned["close"]


def test_a_when_clause_after_brackets_dates_the_clause_before_them(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """The parse hung "when the FCO changed its advisory on Monday" on "reroute", inside the brackets; the revising
    (and what it allowed) was on the Monday, what "we would" do next is not."""
    events = _dated(analyzer, make_article, "We revised our booking policy (allowing people to reroute or defer "
                    "travel) when the FCO changed its advisory on Monday, and we would review our policy again "
                    "following any EC directives.", date(2009, 4, 29))
    assert events["revise"].date == "2009-04-27", events["revise"]
    assert events["allow"].date == "2009-04-27", events["allow"]
    assert events["review"].date_source == "publication", events["review"]


def test_a_past_verb_coordinated_with_a_complement_takes_the_speakers_day(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """"had suggested on Monday that the US was occupying Haiti and urged the UN": the parse coordinates "urged"
    with "occupying"; the urging was the Monday, like the suggesting (it was on the page's day)."""
    events = _dated(analyzer, make_article, "France's Co-operation Minister, Alain Joyandet, had suggested on Monday "
                    "that the US was \"occupying\" Haiti and urged the UN to \"clarify\" the US role.",
                    date(2010, 1, 20))
    assert events["suggest"].date == "2010-01-18", events["suggest"]
    assert events["urge"].date == "2010-01-18" and events["urge"].date_source == "sentence", events["urge"]
    # A verb of another time keeps its own.
    future = _dated(analyzer, make_article, "She said on Monday that she was leaving and will return next year.",
                    date(2025, 7, 20))
    assert future["return"].date == "2026", future["return"]


def test_a_date_of_another_act_does_not_date_the_main_clause(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """The opposite error: a relative clause's day, or a complement's year, is not the main clause's."""
    spoke = _dated(analyzer, make_article, "The minister, who arrived on Monday, will speak tomorrow.",
                   date(2025, 7, 20))
    assert spoke["speak"].date == "2025-07-21", spoke["speak"]
    closed = _dated(analyzer, make_article, "He said on Monday that the plant closed in 2008.", date(2025, 7, 20))
    assert closed["say"].date == "2025-07-14" and closed["close"].date == "2008", closed
    reopen = _dated(analyzer, make_article, "The school closed when pupils fell ill yesterday, saying it will "
                    "reopen.", date(2025, 7, 20))
    assert reopen["close"].date == "2025-07-19" and reopen["reopen"].date_source == "publication", reopen["reopen"]
