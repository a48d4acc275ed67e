"""Canonical keys and the cross-article merge rule."""

from __future__ import annotations

from dateline.analyze import canonical_key, resolve_against
from dateline.analyze.gazetteer import load_gazetteer
from dateline.analyze.names import strip_name
from dateline.records import Actor


def test_canonical_key_folds_diacritics_case_and_articles() -> None:
    assert canonical_key("Recep Tayyip Erdoğan") == canonical_key("recep tayyip erdogan")
    assert canonical_key("the Kremlin") == "kremlin"
    assert canonical_key("U.S.") == "us"
    assert canonical_key("Erdogan's") == "erdogan"
    assert canonical_key("Lech Wałęsa") == "lech walesa"
    assert canonical_key("  Volodymyr   Zelensky ") == "volodymyr zelensky"


def test_british_and_american_spellings_of_an_institution_are_one_key() -> None:
    # A user test's H1N1 store (BBC, Guardian, Reuters) held both spellings as two actors each.
    assert canonical_key("World Health Organisation") == canonical_key("World Health Organization")
    assert canonical_key("US Centres for Disease Control") == "us centers for disease control"
    assert canonical_key("Ministry of Defence") == "ministry of defense"
    assert canonical_key("Centreville") == "centreville"  # whole words only


def test_a_name_keeps_no_abbreviation_in_brackets() -> None:
    assert strip_name("World Health Organization (WHO") == "World Health Organization"
    assert strip_name("World Health Organization (WHO)") == "World Health Organization"
    assert strip_name("(Reuters)") == "Reuters"


def test_surname_joins_the_one_known_full_name() -> None:
    known = {
        "recep tayyip erdogan": Actor("recep tayyip erdogan", "Recep Tayyip Erdogan", "PERSON"),
        "vladimir putin": Actor("vladimir putin", "Vladimir Putin", "PERSON"),
    }
    assert resolve_against(known, Actor("erdogan", "Erdogan", "PERSON")) == "recep tayyip erdogan"
    assert resolve_against(known, Actor("putin", "Putin", "PERSON")) == "vladimir putin"
    assert resolve_against(known, Actor("vladimir putin", "Vladimir Putin", "PERSON")) == "vladimir putin"


def test_ambiguous_or_different_kind_is_not_merged() -> None:
    known = {
        "boris johnson": Actor("boris johnson", "Boris Johnson", "PERSON"),
        "mike johnson": Actor("mike johnson", "Mike Johnson", "PERSON"),
        "georgia": Actor("georgia", "Georgia", "COUNTRY"),
    }
    assert resolve_against(known, Actor("johnson", "Johnson", "PERSON")) == "johnson"
    assert resolve_against(known, Actor("smith", "Smith", "PERSON")) == "smith"
    assert resolve_against({"putin": Actor("putin", "Putin", "ORG")}, Actor("putin", "Putin", "PERSON")) == "putin"


def test_gazetteer_knows_countries_capitals_demonyms_and_metonyms() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.place("Kyiv") is not None and gazetteer.capital_country("Kyiv") == "Ukraine"
    assert gazetteer.place("Türkiye") is not None and gazetteer.place("Türkiye").name == "Turkey"  # type: ignore[union-attr]
    assert gazetteer.place("Russian Federation").name == "Russia"  # type: ignore[union-attr]
    assert gazetteer.demonym_country("Ukrainian") == "Ukraine"
    assert gazetteer.metonym_country("the White House") == "United States"
    assert gazetteer.place("Crimea").kind == "PLACE"  # type: ignore[union-attr]
    assert gazetteer.place("Erdogan") is None

