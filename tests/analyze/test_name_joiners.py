"""A name the model runs into a joining word or sign ("Tamiflu & other treatments") is the name alone: a user test's
actor list read "Tamiflu &" for 48 articles; and a name after a form of address ("Dr Keiji Fukuda") is a person
whatever the model's label; a time word after a name is no part of it ("the Gulf later today")."""

from __future__ import annotations

from tests.analyze.test_events import ArticleMaker

from dateline.analyze import Analyzer


def test_a_name_before_an_ampersand_is_the_name_alone(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    text = "Will the Tamiflu & other treatments still be able to treat it? Roche makes Tamiflu in Basel."
    names = {actor.name for actor in analyzer.analyze(make_article(text)).actors}
    assert "Tamiflu" in names and not any(name.endswith("&") for name in names), names


def test_a_name_after_a_form_of_address_is_a_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """The model labels "Keiji Fukuda" an organisation after "Dr" (a user test's H1N1 coverage)."""
    text = ('WHO Assistant Director General Dr Keiji Fukuda said it signalled a "significant step towards pandemic '
            'influenza". The Red Cross said it was ready.')
    kinds = {actor.key: actor.kind for actor in analyzer.analyze(make_article(text)).actors}
    assert kinds.get("keiji fukuda") == "PERSON", kinds


def test_a_time_word_after_a_name_is_no_part_of_it(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test's BP actors had "Gulf later" ("visit the Gulf later today")."""
    text = "President Barack Obama is due to visit the Gulf later today. BP said the cap was working."
    keys = {actor.key for actor in analyzer.analyze(make_article(text)).actors}
    assert "gulf" in keys and not any(key.endswith(" later") for key in keys), keys


def test_a_timestamps_time_zone_is_no_part_of_a_title(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test's actors panel gave Barack Obama the role "BST President" (a page's "10:30 BST" before it)."""
    text = ("Updated 10:30 BST President Barack Obama will visit Louisiana on Friday. Obama said the spill was a "
            "disaster.")
    roles = {m.role for m in analyzer.analyze(make_article(text)).mentions if m.role}
    assert roles == {"President"}, roles


def test_a_flight_number_is_no_actor(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test's entry actors had "ba242" (a flight from Mexico City); the G20 stays an actor."""
    text = ("A passenger on flight BA242 from Mexico City was taken to hospital, British Airways said. The G20 met in "
            "London.")
    keys = {actor.key for actor in analyzer.analyze(make_article(text)).actors}
    assert "ba242" not in keys and {"g20", "british airways"} <= keys, keys
