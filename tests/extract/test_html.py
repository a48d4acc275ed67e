"""HTML extraction on a small hand-written news page (tests/data/extract/harbour-strike.html)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.extract import extract_article
from dateline.records import Article, RawInput

PAGE = Path(__file__).resolve().parents[1] / "data" / "extract" / "harbour-strike.html"


@pytest.fixture(scope="module")
def article() -> Article:
    return extract_article(RawInput(origin=str(PAGE), body=PAGE.read_text(encoding="utf-8"), kind="html"))


def test_html_metadata(article: Article) -> None:
    assert article.title == "Dock workers strike shuts Port of Gdansk for second day"
    assert article.outlet == "Northern Ledger"
    assert article.author == "Karolina Wisniewska"
    assert article.url == "https://northernledger.example/business/2025/06/11/gdansk-port-strike"
    assert article.published is not None
    assert (article.published.best, article.published.method) == (date(2025, 6, 11), "metadata")
    assert article.caption is not None and article.caption.startswith("Idle cranes at the Port of Gdansk")
    assert article.language == "en"
    assert article.raw_kind == "html"


def test_html_text_is_the_article_only(article: Article) -> None:
    assert article.text.startswith("Dock workers at the Port of Gdansk stayed off the job")
    assert article.text.endswith("if no agreement was reached overnight.")
    assert len(article.text.split("\n\n")) == 6
    for furniture in ("Subscribe", "Baltic shipping rates", "Privacy policy", "All rights reserved", "Home",
                      "Read more"):
        assert furniture not in article.text
    reasons = {block.text: block.reason for block in article.removed}
    assert reasons["Read more: Baltic ports brace for a summer of labour disputes"] == "link to another article"
    assert reasons["Dock workers strike shuts Port of Gdansk for second day"] == "repeated headline"


def test_html_given_metadata_wins() -> None:
    raw = RawInput(
        origin="feed-entry",
        body=PAGE.read_text(encoding="utf-8"),
        kind="html",
        url="https://feed.example/item/7",
        given_title="Gdansk port strike",
        given_outlet="Feed Outlet",
        given_published=date(2025, 6, 12),
    )
    article = extract_article(raw)
    assert (article.title, article.outlet, article.url) == ("Gdansk port strike", "Feed Outlet",
                                                            "https://feed.example/item/7")
    assert article.published is not None
    assert (article.published.best, article.published.method) == (date(2025, 6, 12), "given")


def test_html_without_date_metadata_has_no_date() -> None:
    body = PAGE.read_text(encoding="utf-8")
    body = body.replace('<meta property="article:published_time" content="2025-06-11T08:30:00+02:00">', "")
    body = body.replace('<time datetime="2025-06-11">June 11, 2025</time>', "")
    body = body.replace("/2025/06/11/", "/")
    article = extract_article(RawInput(origin="undated.html", body=body, kind="html"))
    assert article.published is None
