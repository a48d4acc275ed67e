"""Review 27b: the continued body reads no other story, comment or teaser; byline lead words go before datelines; a
given name before a job noun is a person."""

import pytest

from dateline.extract.continued_body import continued_paragraphs
from dateline.extract.html import _author

LAST = "A paragraph 7: the minister said on Tuesday that the government would review the policy in spring."


def _body(tag: str) -> str:
    return (
        "".join(
            f"<p>{tag} paragraph {i}: the minister said on Tuesday that the government would review it.</p>"
            for i in range(3)
        )
        + f"<p>{LAST}</p>"
    )


OTHER = "<p>Another text of enough words to count as prose in the page, told on Friday.</p>"


@pytest.mark.parametrize(
    "html",
    [
        f"<main><article><div class='article-body'>{_body('A')}</div></article>"
        f"<article><h1>B</h1><div class='article-body'>{OTHER}</div></article></main>",
        f"<main><div class='text'>{_body('A')}</div><section><h3>Comments</h3>"
        f"<div class='comment'><div class='text'>{OTHER}</div></div></section></main>",
        f"<main><div class='post-content'>{_body('A')}</div><h2>Related</h2>"
        f"<div class='post-content'>{OTHER}</div></main>",
    ],
)
def test_no_next_story_comment_or_teaser_is_read_as_the_continuation(html: str) -> None:
    assert continued_paragraphs(f"<html><body>{html}</body></html>", LAST) == []


def test_a_body_split_around_an_advertisement_is_still_read() -> None:
    html = (
        f"<html><body><article><div class='g'><div class='article-body'>{_body('A')}</div></div>"
        f"<div class='ad'>Advertisement</div><div class='g'><div class='article-body'>{OTHER}</div></div>"
        "</article></body></html>"
    )
    assert len(continued_paragraphs(html, LAST)) == 1


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Analysis by April Ryan", "April Ryan"),
        ("Opinion by Nick June", "Nick June"),
        ("Jane Writer; John Smith", "Jane Writer; John Smith"),
        ("Kate Fellows; John Smith", "Kate Fellows; John Smith"),
        ("Greg Beacham; AP Sports Writer", "Greg Beacham"),
    ],
)
def test_byline_people(byline: str, people: str) -> None:
    assert _author(byline, None, None) == people
