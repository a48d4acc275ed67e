"""An article read whole: a body split around an advertisement (a user test: two Wired articles stopped at their
first advertisement, at 35 % and 45 % of their text), and a page whose precise extraction is a short notice."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from dateline.extract.continued_body import continued_paragraphs
from dateline.extract.html import extract_html

FIRST = [
    "Instagram rolled out business accounts to millions of users this year, and the analytics they show are detailed.",
    "I switched my own account to see what the dashboard tells a person about the people who look at their posts.",
    "The numbers were startling: dozens of people had tapped on my profile after a single story about lunch.",
]
SECOND = [
    "I learned that over a dozen people tapped on the profile of a coworker after I tagged us eating together.",
    "Even though the analytics are granular, they are anonymized and cannot say why someone took an action.",
]


def _page(body_class: str, between: str, after: str = "") -> str:
    first = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    second = "".join(f"<p>{paragraph}</p>" for paragraph in SECOND)
    return (
        "<html><head><title>What Instagram Analytics Reveal - WIRED</title></head><body><main><article>"
        "<h1>What Instagram Analytics Reveal</h1>"
        f'<div class="grid"><div class="{body_class}">{first}</div></div>'
        f'{between}<div class="grid"><div class="{body_class}">{second}</div></div>{after}'
        "</article></main></body></html>"
    )


AD_ROW = '<div class="row full-bleed-ad"><div class="ad ad--mid-content"><span>Advertisement</span></div></div>'


def test_the_body_after_an_advertisement_is_read() -> None:
    text = extract_html(_page("body body__container article__body", AD_ROW)).text
    assert [paragraph in text for paragraph in FIRST + SECOND] == [True] * 5
    assert text.index(SECOND[0]) > text.index(FIRST[-1])  # in page order
    assert "Advertisement" not in text


def test_blocks_of_another_class_or_in_an_aside_are_not_the_article() -> None:
    # the second block names no body: a card, not the article's continuation
    html = _page("body__container", AD_ROW).replace(
        f'<div class="body__container"><p>{SECOND[0]}', f'<div class="card"><p>{SECOND[0]}'
    )
    assert continued_paragraphs(html, "\n\n".join(FIRST)) == []
    aside = _page("article__body", AD_ROW).replace(
        f'<div class="grid"><div class="article__body"><p>{SECOND[0]}',
        f'<aside><div class="article__body"><p>{SECOND[0]}',
    ).replace("</div></div></article>", "</div></aside></article>")
    assert continued_paragraphs(aside, "\n\n".join(FIRST)) == []


def test_a_page_of_one_body_block_is_left_as_it_is() -> None:
    one = _page("article__body", AD_ROW).replace(
        f'<div class="article__body"><p>{SECOND[0]}', f'<div class="x"><p>{SECOND[0]}'
    )
    assert continued_paragraphs(one, "\n\n".join(FIRST)) == []
    assert continued_paragraphs("<html><body><p>Short.</p></body></html>", "Short.") == []


def _benchmark_page(shared_data: Path, prefix: str) -> tuple[str, str, str]:
    folder = shared_data / "article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    key = next(key for key in truth if key.startswith(prefix))
    html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
    return html, truth[key]["url"], truth[key]["articleBody"]


def test_real_pages_of_the_user_test_are_read_whole(shared_data: Path) -> None:
    """The Barron's page gave its 24-word reprint notice, the Wired page stopped at its first advertisement."""
    html, url, gold = _benchmark_page(shared_data, "f8ff621a0b9b7646")
    text = extract_html(html, url).text
    assert "This copy is for your personal" not in text and len(text.split()) >= 0.9 * len(gold.split())
    assert " ".join(gold.split()[:12]) in " ".join(text.split())
    assert not any(line in text.split("\n\n") for line in ("- Order Reprints", "Thank you", url))  # its buttons
    html, url, gold = _benchmark_page(shared_data, "d48aeb9cf2f2ff15")
    text = extract_html(html, url).text
    assert gold.split()[-12:] == text.split()[-12:] or " ".join(gold.split()[-12:]) in " ".join(text.split())
