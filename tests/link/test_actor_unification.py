"""Actors named differently in different articles are filed under one key in the store."""

from __future__ import annotations

from pathlib import Path

from dateline.analyze import Analyzer, resolve_against
from dateline.link.actors import unify_actors
from dateline.pipeline import Ingestor
from dateline.records import Actor, Analysis, Event, Mention, Quote, RawInput
from dateline.store import open_store
from dateline.store.actors import list_actors


def test_surname_only_article_joins_the_stored_full_name() -> None:
    known = {"recep tayyip erdogan": Actor("recep tayyip erdogan", "Recep Tayyip Erdogan", "PERSON")}
    analysis = Analysis(
        actors=(Actor("erdogan", "Erdogan", "PERSON", ("Turkish President",)), Actor("turkey", "Turkey", "COUNTRY")),
        mentions=(Mention(0, 7, "Erdogan", "erdogan", "PERSON"), Mention(20, 26, "Turkey", "turkey", "COUNTRY")),
        quotes=(Quote(30, 40, "we will", "erdogan", "Erdogan", "said", True, 0),),
        events=(Event(0, 0, 40, "Erdogan said", "say", "STATEMENT", None, "unknown", "none", actor_key="erdogan",
                      target_key="turkey"),),
    )
    unified = unify_actors(analysis, known, resolve_against)
    assert [a.key for a in unified.actors] == ["recep tayyip erdogan", "turkey"]
    assert unified.actors[0].name == "Recep Tayyip Erdogan"
    assert unified.actors[0].roles == ("Turkish President",)
    assert [m.actor_key for m in unified.mentions] == ["recep tayyip erdogan", "turkey"]
    assert unified.quotes[0].speaker_key == "recep tayyip erdogan"
    assert (unified.events[0].actor_key, unified.events[0].target_key) == ("recep tayyip erdogan", "turkey")


def test_ambiguous_surname_is_not_merged_by_guesswork() -> None:
    known = {
        "boris johnson": Actor("boris johnson", "Boris Johnson", "PERSON"),
        "mike johnson": Actor("mike johnson", "Mike Johnson", "PERSON"),
    }
    analysis = Analysis(actors=(Actor("johnson", "Johnson", "PERSON"),),
                        mentions=(Mention(0, 7, "Johnson", "johnson", "PERSON"),))
    assert unify_actors(analysis, known, resolve_against) == analysis


def test_a_surname_stored_alone_earlier_still_joins_the_one_full_name() -> None:
    # A user test (BP): articles naming only "Obama" before any named "Barack Obama" kept a person of their own.
    obama = Actor("obama", "Obama", "PERSON")
    known = {"obama": obama, "barack obama": Actor("barack obama", "Barack Obama", "PERSON")}
    assert resolve_against(known, obama) == "barack obama"
    known["michelle obama"] = Actor("michelle obama", "Michelle Obama", "PERSON")
    assert resolve_against(known, obama) == "obama"  # two of that surname: no guess
    assert resolve_against({"obama": obama}, obama) == "obama"


def test_a_name_read_as_a_place_and_as_a_company_takes_the_kind_most_articles_give(tmp_path: Path) -> None:
    # A user test (BP): Halliburton, read as a place in the first article that named it, stayed one in `actors`.
    def kind(store: object) -> str:
        return {a.key: a.kind for a in list_actors(store)}["halliburton"]  # type: ignore[arg-type]

    place = "The cement came from Halliburton in {}. Its crew was small."
    bodies = (
        place.format(2001),
        "Last November, one Halliburton executive gave a presentation to drilling engineers. He flew home.",
        place.format(2002),
        place.format(2003),
        "It is not known which cement Halliburton used, Halliburton said on Tuesday.",
        "Critics of Cheney, a one-time chief executive of oil field services firm Halliburton, spoke on Monday.",
    )
    with open_store(tmp_path / "kinds.db") as store:
        ingestor = Ingestor(store, Analyzer.load)
        kinds = []
        for n, body in enumerate(bodies):
            ingestor.ingest_inputs([RawInput(origin=f"a{n}", body=body, kind="text")])
            kinds.append(kind(store))
    # the model's guess first; a company on a tie; back to a place when most articles say so; and back again
    assert kinds == ["PLACE", "ORG", "PLACE", "PLACE", "PLACE", "ORG"]
