"""A company the model takes for a place: what it does with its name decides, and one name keeps one kind.

A user test of the BP spill coverage found Transocean and Halliburton typed as places in 6 of 10 articles each, so
"a Halliburton executive said" had no actor (a place premodifying the subject is no actor).
"""

from __future__ import annotations

import pytest
from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer


def _kinds(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> dict[str, str]:
    return {actor.name: actor.kind for actor in analyzer.analyze(make_article(text)).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last November, one Halliburton executive gave a presentation to drilling engineers.", "Halliburton"),
        ("It is not known which cement Halliburton used, Halliburton said on Tuesday.", "Halliburton"),
        ("The rig was owned by Transocean and leased to the oil company.", "Transocean"),
        ("Critics of Cheney, a one-time chief executive of oil field services firm Halliburton, spoke.", "Halliburton"),
        ("Pressure grew on the companies linked to the spill: BP, Halliburton and Transocean Ltd.", "Halliburton"),
    ],
)
def test_a_name_used_as_a_company_is_an_organisation(
    analyzer: Analyzer, make_article: ArticleMaker, text: str, name: str
) -> None:
    assert _kinds(analyzer, make_article, text)[name] == "ORG"


def test_one_name_keeps_the_kind_its_company_use_shows(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    text = ("Investigators asked whether Halliburton had tested the cement. A Halliburton spokeswoman declined to "
            "comment. Halliburton was employing a new mix.")
    analysis = analyzer.analyze(make_article(text))
    assert {m.kind for m in analysis.mentions if m.actor_key == "halliburton"} == {"ORG"}
    events = [e for e in analysis.events if e.actor_key == "halliburton"]
    assert events, "the spokeswoman's company is the actor of her act"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A town that acts, or whose officials and lawyers act, is still the town.
        ("Clarkston welcomed more refugees than any town in Georgia.", "Clarkston"),
        ("Michelle Tanzer, a Boca Raton lawyer who represents resort developers, said prices fell.", "Boca Raton"),
        # A place named with a word for a place stays one even beside a company.
        ("BP and the Gulf Coast tourism board met on Friday.", "Gulf Coast"),
        # An agent that is no company's, a region that speaks (a code review)
        ("The refugees were welcomed by Clarkston, a small town in Georgia.", "Clarkston"),
        ("Puntland, the semi-autonomous region, said it would send troops.", "Puntland"),
        ("The territory is claimed by both Somaliland and Puntland.", "Somaliland"),
    ],
)
def test_a_place_that_acts_stays_a_place(
    analyzer: Analyzer, make_article: ArticleMaker, text: str, name: str
) -> None:
    assert _kinds(analyzer, make_article, text).get(name, "PLACE") in {"PLACE", "CITY"}


def test_a_speaker_the_model_calls_a_place_but_a_title_introduces_is_no_company(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    text = ('"We think the government is in an overreach position," Matdos Santos, legal director for ACLU of Oregon, '
            "said over the phone.")
    assert _kinds(analyzer, make_article, text).get("Matdos Santos") != "ORG"
