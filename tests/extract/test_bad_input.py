"""Bad input: the extract stage raises ExtractionError naming the input, and nothing else."""

from __future__ import annotations

import pytest

from dateline.errors import ExtractionError
from dateline.extract import extract_article
from dateline.records import InputKind, RawInput

PARAGRAPH = (
    "The city council voted on Tuesday to extend the night bus network to the northern suburbs, "
    "after residents complained that the last trains left too early for shift workers.\n\n"
)


@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize(
    "body",
    ["", "   \n\t  \n", "\x00\x01\x02\x03" * 200, "\ufffd" * 50 + "abc", bytes(range(256)).decode("latin-1") * 40],
)
def test_no_text_raises_extraction_error_naming_the_input(kind: InputKind, body: str) -> None:
    with pytest.raises(ExtractionError) as caught:
        extract_article(RawInput(origin="bad-input.bin", body=body, kind=kind))
    assert caught.value.origin == "bad-input.bin"
    assert str(caught.value).startswith("bad-input.bin: ")


def test_only_furniture_raises() -> None:
    body = "News Feed\n\nShare this Post\n\n3 min read\nAdvertisement\nSubscribe\n"
    with pytest.raises(ExtractionError, match="furniture"):
        extract_article(RawInput(origin="furniture.txt", body=body, kind="text"))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>unclosed <b>tags <i>everywhere",
        "<<<>>><p>" + "<div>" * 5000 + "deep",
        "<html><body><script>var x = '</p>';</script></body></html>",
        "not html at all, just a few words",
        "<?xml version='1.0'?><rss><channel><item>feed</item></channel></rss>",
    ],
)
def test_malformed_html_raises_only_extraction_error(html: str) -> None:
    try:
        article = extract_article(RawInput(origin="broken.html", body=html, kind="html"))
    except ExtractionError as error:
        assert error.origin == "broken.html"
    else:
        assert article.text


def test_malformed_html_with_an_article_still_extracts() -> None:
    html = "<html><body><article><h1>Night buses</h1><p>" + PARAGRAPH * 3 + "<div><span>unclosed"
    article = extract_article(RawInput(origin="sloppy.html", body=html, kind="html"))
    assert "night bus network" in article.text


def test_huge_pasted_text_is_handled() -> None:
    body = "Night buses extended to the suburbs\n\n" + PARAGRAPH * (5_000_000 // len(PARAGRAPH))
    article = extract_article(RawInput(origin="huge.txt", body=body, kind="text"))
    assert article.title == "Night buses extended to the suburbs"
    assert len(article.text) > 4_000_000
    assert article.language == "en"


def test_weird_unicode_is_cleaned_not_fatal() -> None:
    body = "\ufeffZero\u200bwidth headline for the test\n\n" + PARAGRAPH.replace("council", "coun\u00adcil") + "😀 🇺🇦"
    article = extract_article(RawInput(origin="weird.txt", body=body, kind="text"))
    assert "council" in article.text
    assert "\u200b" not in article.title


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz in die nördlichen Vororte zu "
         "erweitern, nachdem Anwohner sich über zu frühe letzte Züge beschwert hatten.", "de"),
        ("Le conseil municipal a voté mardi l'extension du réseau de bus de nuit vers la banlieue nord, "
         "après les plaintes des habitants sur les derniers trains trop matinaux.", "fr"),
    ],
)
def test_non_english_text_is_marked(body: str, language: str) -> None:
    article = extract_article(RawInput(origin="foreign.txt", body=body, kind="text"))
    assert article.language == language
    assert not article.is_english
