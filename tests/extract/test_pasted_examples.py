"""The reference case: two pages pasted from news sites about the Istanbul talks."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.extract import extract_article
from dateline.records import Article, RawInput

EXAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "istanbul-talks"
FURNITURE = ("News Feed", "Show More", "Read more", "Share this Post", "min read", "Min Read", "Article image",
             "Avatar", "News Editor", "(Getty Images)")


def _load(name: str) -> Article:
    path = EXAMPLES / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return extract_article(RawInput(origin=str(path), body=path.read_text(encoding="utf-8"), kind="text"))


@pytest.fixture(scope="module")
def kyiv() -> Article:
    return _load("kyiv-independent-erdogan-putin-call.txt")


@pytest.fixture(scope="module")
def rks() -> Article:
    return _load("rks-news-third-round.txt")


def _reasons(article: Article) -> set[str]:
    return {block.reason for block in article.removed}


def test_kyiv_metadata(kyiv: Article) -> None:
    assert kyiv.title == "Erdogan, Putin discuss resuming Ukraine-Russia talks in Istanbul"
    assert kyiv.outlet == "The Kyiv Independent"
    assert kyiv.author == "Tim Zadorozhnyy"
    assert kyiv.caption is not None
    assert kyiv.caption.startswith("Russian President Vladimir Putin meets with Turkish President")
    assert kyiv.language == "en"
    assert kyiv.raw_kind == "text"
    assert kyiv.published is None


def test_kyiv_text_is_the_article_only(kyiv: Article) -> None:
    assert kyiv.text.startswith("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke")
    assert kyiv.text.endswith("until the West agrees to a settlement on his terms.")
    assert "Kaliningrad" not in kyiv.text
    assert "Zadorozhnyy" not in kyiv.text
    assert "Samarkand" not in kyiv.text
    for furniture in FURNITURE:
        assert furniture not in kyiv.text
    assert len(kyiv.text.split("\n\n")) == 10


def test_kyiv_removed_pieces_have_reasons(kyiv: Article) -> None:
    assert {"navigation", "reading time", "repeated headline", "image credit", "author bio",
            "teaser of another article", "image placeholder"} <= _reasons(kyiv)
    teaser = [block.text for block in kyiv.removed if block.reason == "teaser of another article"]
    assert any("Kaliningrad" in text for text in teaser)
    assert kyiv.raw.startswith("News Feed")


def test_rks_metadata(rks: Article) -> None:
    assert rks.title.startswith("Russia and Ukraine Hold New Round of Talks in Turkey")
    assert rks.title.endswith("“Bloody War”")
    assert rks.outlet == "RKS NEWS"
    assert rks.caption is None
    assert rks.language == "en"


def test_rks_text_is_the_article_only(rks: Article) -> None:
    assert rks.text.startswith("The third round of negotiations between Russia and Ukraine took place")
    assert rks.text.endswith("tens of thousands of military and civilian casualties.")
    assert "RKS NEWS" not in rks.text
    assert "Hold New Round" not in rks.text
    for furniture in FURNITURE:
        assert furniture not in rks.text
    assert {"outlet name", "reading time", "navigation"} <= _reasons(rks)
