"""One person named in several forms across articles is one stored actor, found through an index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.analyze import Analyzer, resolve_against
from dateline.pipeline import Ingestor
from dateline.records import Actor, RawInput
from dateline.store import SqliteStore, open_store
from dateline.store.actors import find_actor, known_actors_for, list_actors
from dateline.store.sqlite import _migrations

CLINTON = Actor("hillary clinton", "Hillary Clinton", "PERSON")
RODHAM = Actor("hillary rodham clinton", "Hillary Rodham Clinton", "PERSON")
BILL = Actor("bill clinton", "Bill Clinton", "PERSON")


def test_a_fuller_or_shorter_form_of_one_known_full_name_joins_it() -> None:
    assert resolve_against({CLINTON.key: CLINTON}, RODHAM) == "hillary clinton"
    assert resolve_against({RODHAM.key: RODHAM, BILL.key: BILL}, CLINTON) == "hillary rodham clinton"
    bush = Actor("george w. bush", "George W. Bush", "PERSON")
    assert resolve_against({bush.key: bush}, Actor("george bush", "George Bush", "PERSON")) == "george w. bush"


def test_other_people_of_one_surname_or_two_candidates_are_not_merged() -> None:
    assert resolve_against({BILL.key: BILL}, CLINTON) == "hillary clinton"
    both_bushes = {k: Actor(k, k.title(), "PERSON") for k in ("george w. bush", "george h. w. bush")}
    assert resolve_against(both_bushes, Actor("george bush", "George Bush", "PERSON")) == "george bush"
    # one middle name against another is two people, not one name inside the other
    assert resolve_against({"john f. kerry": Actor("john f. kerry", "John F. Kerry", "PERSON")},
                           Actor("john g. kerry", "John G. Kerry", "PERSON")) == "john g. kerry"
    assert resolve_against({"hillary clinton": Actor("hillary clinton", "Hillary Clinton", "ORG")},
                           RODHAM) == "hillary rodham clinton"


def _article(origin: str, text: str) -> RawInput:
    return RawInput(origin=origin, body=f"Campaign news\n\n{text}\n", kind="text")


def test_ingested_articles_naming_one_person_two_ways_share_one_actor(tmp_path: Path) -> None:
    with open_store(tmp_path / "names.db") as store:
        ingestor = Ingestor(store, Analyzer.load)
        report = ingestor.ingest_inputs([
            _article("a", "Hillary Clinton spoke to voters in Iowa on Monday about health care."),
            _article("b", "Hillary Rodham Clinton told supporters in Ohio on Tuesday that she would win."),
        ])
        assert len(report.ingested) == 2
        keys = [a.key for a in list_actors(store) if "clinton" in a.key]
        assert keys == ["hillary clinton"]
        assert len(find_actor(store, "Hillary Rodham Clinton").article_ids) == 2


def test_the_surname_lookup_uses_an_index_not_a_scan(tmp_path: Path) -> None:
    with open_store(tmp_path / "index.db") as store:
        plan = " ".join(str(row[-1]) for row in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT key FROM actors WHERE surname = ?", ("clinton",)))
        assert "actors_surname" in plan and "SCAN" not in plan
        with store.transaction():
            store.conn.execute("INSERT INTO actors (key, name, kind, surname) VALUES (?,?,?,?)",
                               (RODHAM.key, RODHAM.name, "PERSON", "clinton"))
        assert set(known_actors_for(store, (CLINTON,))) == {"hillary rodham clinton"}


def test_the_migration_fills_in_the_surnames_of_stored_people(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for version, _, sql in _migrations():
        if version <= 2:
            conn.executescript(sql)
    conn.executemany("INSERT INTO actors (key, name, kind) VALUES (?,?,?)", [
        ("recep tayyip erdogan", "Recep Tayyip Erdogan", "PERSON"), ("putin", "Putin", "PERSON"),
        ("new york", "New York", "CITY"),
    ])
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = SqliteStore(str(path))
    surnames = dict(store.conn.execute("SELECT key, surname FROM actors").fetchall())
    store.close()
    assert surnames == {"recep tayyip erdogan": "erdogan", "putin": "putin", "new york": None}


def test_a_bare_surname_stored_beside_full_names_is_ambiguous_to_look_up(tmp_path: Path) -> None:
    import pytest

    from dateline.store.actors import AmbiguousActorError

    with open_store(tmp_path / "stub.db") as store:
        Ingestor(store, Analyzer.load).ingest_inputs([
            _article("a", "Trump told supporters in Iowa on Monday that he would win."),  # no full name: "trump"
            _article("b", "Donald Trump spoke to voters in Ohio on Tuesday about trade."),
        ])
        with pytest.raises(AmbiguousActorError) as raised:
            find_actor(store, "Trump")
        assert raised.value.candidates[0] == "Donald Trump" and raised.value.candidates[-1] == "Trump (--exact)"
        assert find_actor(store, "Donald Trump").key == "donald trump"
        assert find_actor(store, "Trump", exact=True).key == "trump"  # the stub, when that is what is asked


def test_a_one_word_organisation_named_as_a_stored_persons_surname_is_ambiguous_to_look_up(tmp_path: Path) -> None:
    """A user test's `actor Trump` showed "Trump (ORG)", in 2 articles, for Donald Trump's 56."""
    import pytest

    from dateline.store.actors import AmbiguousActorError
    from stored_articles import store_article

    with open_store(tmp_path / "org.db") as store:
        store_article(store, 1, [("trump", "Trump", "ORG")])
        for day in (2, 3, 4):
            store_article(store, day, [("donald trump", "Donald Trump", "PERSON")])
        with pytest.raises(AmbiguousActorError) as raised:
            find_actor(store, "Trump")
        assert raised.value.candidates == ("Donald Trump", "Trump (org, --exact)")
        assert find_actor(store, "Trump", exact=True).kind == "ORG"
        # A place better known than the person of its name is the place (a review: "Israel", Steve Israel).
        for day in (5, 6, 7):
            store_article(store, day, [("israel", "Israel", "PLACE")])
        store_article(store, 8, [("steve israel", "Steve Israel", "PERSON")])
        assert find_actor(store, "Israel").key == "israel"
        assert find_actor(store, "Donald Trump").key == "donald trump"


def test_a_titled_surname_joins_the_one_stored_person_with_that_title(tmp_path: Path) -> None:
    """A user test's store kept "Obama" (11 articles) apart from "Barack Obama" (15), as Michelle Obama was stored
    too: "President Obama" is the Obama stored as president. A surname with no title, or a title both have, stays
    apart (no guesswork)."""
    with open_store(tmp_path / "titles.db") as store:
        Ingestor(store, Analyzer.load).ingest_inputs([
            _article("a", "President Barack Obama spoke in Ohio on Monday about the economy and jobs."),
            _article("b", "First lady Michelle Obama visited a school in Chicago on Tuesday with students."),
            _article("c", "President Obama told reporters in Washington on Wednesday that the talks would go on."),
            _article("d", "Obama told reporters in Denver on Thursday that the plan would work for families."),
        ])
        stored = {a.key: a.articles for a in list_actors(store)}
    assert stored["barack obama"] == 2 and stored["michelle obama"] == 1
    assert stored["obama"] == 1  # "d": no title to tell which Obama


def test_shares_a_title() -> None:
    from dateline.analyze.names import shares_a_title

    assert shares_a_title(("President",), ("U.S. President", "Senator"))
    assert shares_a_title(("former Secretary of State",), ("Secretary of State",))
    assert not shares_a_title(("President",), ("first lady",))
    assert not shares_a_title((), ("President",))


def test_a_party_is_found_by_any_of_its_names(tmp_path: Path) -> None:
    """A re-check: `dateline actor GOP` answered "no such actor" once GOP was filed under the Republican Party."""
    with open_store(tmp_path / "parties.db") as store:
        Ingestor(store, Analyzer.load).ingest_inputs([
            _article("a", "The GOP said on Monday that Republicans in Congress would block the bill in Ohio."),
        ])
        assert find_actor(store, "GOP").name == "Republican Party"
        assert find_actor(store, "Republicans").name == "Republican Party"
