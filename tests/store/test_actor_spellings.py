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
from dateline.store.actors import list_actors


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
