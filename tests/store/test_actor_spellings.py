"""One person's name spelled two ways across articles ("Doug Suttles" / "Doug Suttle") is one stored actor.

A user test's BP store filed Doug Suttles under both spellings, so two outlets' reports of his act shared no actor.
"""

from __future__ import annotations

from pathlib import Path

from dateline.analyze import Analyzer, resolve_against
from dateline.analyze.spellings import spelled_alike, surname_variants
from dateline.pipeline import Ingestor
from dateline.records import Actor, RawInput
from dateline.store import open_store
from dateline.store.actors import SURNAME_CANDIDATES, known_actors_for, list_actors


def _person(key: str) -> Actor:
    return Actor(key, key.title(), "PERSON")


def test_a_surname_a_letter_apart_is_one_name() -> None:
    for a, b in (("doug suttles", "doug suttle"), ("simon coxall", "simon boxall"), ("alan macnally", "alan mcnally"),
                 ("felipe calderon", "felipe caldern")):
        assert spelled_alike(a.split(), b.split()), (a, b)
        assert resolve_against({a: _person(a)}, _person(b)) == a


def test_other_names_stay_apart() -> None:
    """Another given name, a short surname, two letters apart, or two stored spellings: no guess."""
    for a, b in (("doug suttles", "dave suttles"), ("john smith", "john smyth"), ("tom kelly", "tom kelley"),
                 ("wladimir klitschko", "vitali klitschko"), ("maria santos", "maria santiago")):
        assert not spelled_alike(a.split(), b.split()), (a, b)
    both = {k: _person(k) for k in ("anna jordan", "anne jordan", "mark jordans", "mark jordaan")}
    assert resolve_against(both, _person("mark jordan")) == "mark jordan"
    assert "suttle" in surname_variants("suttles") and "suttles" in surname_variants("suttle")
    assert surname_variants("smith") == []


def test_ingested_articles_spelling_one_name_two_ways_share_one_actor(tmp_path: Path) -> None:
    with open_store(tmp_path / "spellings.db") as store:
        ingestor = Ingestor(store, Analyzer.load)
        report = ingestor.ingest_inputs([
            RawInput(origin="a", body="Spill news\n\nBP's Doug Suttles said on Monday the dome was ready.\n",
                     kind="text"),
            RawInput(origin="b", body="Spill update\n\nDoug Suttle told reporters on Tuesday that the well was "
                     "leaking less oil.\n", kind="text"),
        ])
        assert len(report.ingested) == 2
        assert [a.key for a in list_actors(store) if "sutt" in a.key] == ["doug suttles"]


def test_surnames_of_one_family_are_two_people() -> None:
    """A review: "-son"/"-ston", "-son"/"-sen", "mps"/"ms" and a first letter H/F differ by one letter but are
    surnames of their own ("David Johnston" is not the stored "David Johnson")."""
    for a, b in (("david johnson", "david johnston"), ("peter hansen", "peter jansen"),
                 ("john thompson", "john thomson"), ("carlos fernandez", "carlos hernandez"),
                 ("mark peterson", "mark petersen"),
                 ("michael fisher", "michael fischer"), ("helmut schmidt", "helmut schmitt")):
        assert not spelled_alike(a.split(), b.split()), (a, b)
        assert resolve_against({a: _person(a)}, _person(b)) == b


def test_other_given_names_with_a_variant_surname_do_not_hide_the_stored_spelling(tmp_path: Path) -> None:
    """The stored spelling is found by its whole key: many people of other given names with a variant surname must
    not fill the lookup's limit first."""
    with open_store(tmp_path / "crowd.db") as store:
        for n in range(SURNAME_CANDIDATES + 5):
            store.conn.execute("INSERT INTO actors (key, name, kind, affiliation, surname) VALUES (?,?,?,?,?)",
                               (f"person{n:02d} suttles", f"Person{n:02d} Suttles", "PERSON", None, "suttles"))
        store.conn.execute("INSERT INTO actors (key, name, kind, affiliation, surname) VALUES (?,?,?,?,?)",
                           ("zed suttles", "Zed Suttles", "PERSON", None, "suttles"))
        known = known_actors_for(store, (_person("zed suttle"),))
        assert resolve_against(known, _person("zed suttle")) == "zed suttles"
