"""The reference case: two real pages about the July 2025 Istanbul talks, pasted as text.

The small spaCy model tags "Kyiv" as a person, "Erdogan" as a place, "Trump" as an organisation and
"Crimea" as an organisation on these pages; the correction layer must fix every one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dateline.analyze import Analyzer
from dateline.records import Analysis, Article, Event

ArticleMaker = Callable[..., Article]



KYIV_INDEPENDENT = "kyiv-independent-erdogan-putin-call.txt"
RKS_NEWS = "rks-news-third-round.txt"


@pytest.fixture(scope="module")
def kyiv(examples_dir: Path, analyzer: Analyzer, make_article: ArticleMaker) -> Analysis:
    text = (examples_dir / KYIV_INDEPENDENT).read_text(encoding="utf-8")
    return analyzer.analyze(make_article(text, date(2025, 7, 20), KYIV_INDEPENDENT))


@pytest.fixture(scope="module")
def rks(examples_dir: Path, analyzer: Analyzer, make_article: ArticleMaker) -> Analysis:
    text = (examples_dir / RKS_NEWS).read_text(encoding="utf-8")
    return analyzer.analyze(make_article(text, date(2025, 7, 24), RKS_NEWS))


def _keys_of(analysis: Analysis, surface: str) -> set[str]:
    return {m.actor_key for m in analysis.mentions if surface in m.text}


def _kinds_of(analysis: Analysis, surface: str) -> set[str]:
    return {m.kind for m in analysis.mentions if m.text == surface}


def _events(analysis: Analysis, kind: str, actor: str | None = None) -> list[Event]:
    return [e for e in analysis.events if e.kind == kind and (actor is None or e.actor_key == actor)]


def test_erdogan_spellings_are_one_person(kyiv: Analysis) -> None:
    assert _keys_of(kyiv, "Erdogan") | _keys_of(kyiv, "Erdoğan") == {"recep tayyip erdogan"}
    erdogan = next(a for a in kyiv.actors if a.key == "recep tayyip erdogan")
    assert erdogan.kind == "PERSON"
    assert "Turkish President" in erdogan.roles
    assert erdogan.affiliation == "turkey"


def test_mislabelled_names_get_the_right_kind(kyiv: Analysis, rks: Analysis) -> None:
    assert _kinds_of(kyiv, "Trump") == {"PERSON"}
    assert _keys_of(kyiv, "Trump") == {"donald trump"}
    assert _kinds_of(kyiv, "Kyiv") <= {"CITY", "GOVERNMENT"}
    assert _kinds_of(kyiv, "Kyiv")
    assert _kinds_of(rks, "Crimea") == {"PLACE"}
    assert _kinds_of(rks, "Kyiv") == {"GOVERNMENT"}  # "a demand Kyiv firmly rejects": the capital acts
    assert _kinds_of(kyiv, "Kremlin") == {"GOVERNMENT"}
    assert _kinds_of(kyiv, "Reuters") == {"MEDIA"}


def test_every_named_person_and_country(kyiv: Analysis, rks: Analysis) -> None:
    people = {a.key for a in kyiv.actors + rks.actors if a.kind == "PERSON"}
    assert {"vladimir putin", "volodymyr zelensky", "donald trump", "hakan fidan", "dmitry peskov",
            "rustem umerov", "sergiy kyslytsya", "chris donahue"} <= people
    assert "putin" not in people and "zelensky" not in people
    countries = {a.key for a in kyiv.actors + rks.actors if a.kind == "COUNTRY"}
    assert {"turkey", "russia", "ukraine", "united states"} <= countries


def test_titles_give_roles(kyiv: Analysis, rks: Analysis) -> None:
    roles = {m.actor_key: m.role for m in kyiv.mentions + rks.mentions if m.role}
    assert roles["hakan fidan"] in {"Turkish Foreign Minister", "Minister"}
    fidan = next(a for a in rks.actors if a.key == "hakan fidan")
    assert "Turkish Foreign Minister" in fidan.roles
    assert fidan.affiliation == "turkey"
    peskov = next(a for a in rks.actors if a.key == "dmitry peskov")
    assert peskov.roles == ("Kremlin spokesperson",)
    trump = next(a for a in rks.actors if a.key == "donald trump")
    assert trump.roles == ("former U.S. President",)
    donahue = next(a for a in kyiv.actors if a.key == "chris donahue")
    assert donahue.roles[0].startswith("U.S. Army Europe and Africa commander")


def test_phone_call_on_july_18(kyiv: Analysis) -> None:
    calls = [e for e in _events(kyiv, "CONSULT", "recep tayyip erdogan") if e.date == "2025-07-18"]
    assert calls, [(e.kind, e.summary) for e in kyiv.events]
    call = calls[0]
    assert call.date_source == "expression" and call.precision == "day"
    assert call.target_key == "vladimir putin"
    assert call.attribution == "Erdogan's office"


def test_trump_threat_on_july_14(kyiv: Analysis) -> None:
    threats = _events(kyiv, "THREATEN", "donald trump")
    assert [e.date for e in threats] == ["2025-07-14"]
    assert threats[0].target_key == "russia"
    assert ("days", "50") in threats[0].numbers
    assert threats[0].modality == "happened"


def test_fifty_day_deadline_last_week(rks: Analysis) -> None:
    deadline = [e for e in _events(rks, "THREATEN", "donald trump") if e.predicate == "give"]
    assert len(deadline) == 1
    assert deadline[0].date == "2025-W29"  # "last week" before 24 July 2025
    assert deadline[0].date_source == "expression"
    assert deadline[0].target_key == "russia"
    assert ("deadline days", "50") in deadline[0].numbers


def test_hosting_once_both_sides_agree_is_hypothetical(kyiv: Analysis) -> None:
    hosting = [e for e in kyiv.events if e.predicate == "host"]
    assert len(hosting) == 1
    assert hosting[0].modality == "hypothetical"
    assert hosting[0].actor_key == "turkey"


def test_declining_is_not_a_meeting(kyiv: Analysis) -> None:
    declined = [e for e in kyiv.events if e.predicate == "decline"]
    assert declined and declined[0].kind == "REJECT"
    assert declined[0].actor_key == "vladimir putin"


def test_invasion_is_background(rks: Analysis) -> None:
    invasion = [e for e in rks.events if e.kind == "ASSAULT" and e.actor_key == "russia"]
    assert invasion and invasion[0].background
    assert invasion[0].date == "2022-02"
    current = [e for e in rks.events if e.date == "2025-07-23"]
    assert current and not any(e.background for e in current)


def test_offsets_point_into_the_text(kyiv: Analysis, examples_dir: Path) -> None:
    text = (examples_dir / KYIV_INDEPENDENT).read_text(encoding="utf-8")
    for mention in kyiv.mentions:
        assert text[mention.start : mention.end] == mention.text
    for sentence in kyiv.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for event in kyiv.events:
        assert event.sentence in text and 0 <= event.start < event.end <= len(text)


def test_quote_speakers_resolve_to_our_actors(rks: Analysis) -> None:
    speakers = {q.speaker_key for q in rks.quotes}
    assert {"hakan fidan", "dmitry peskov"} <= speakers
    assert speakers <= {a.key for a in rks.actors} | {None}
