"""A pasted page without a recognised headline is titled by its first line or opening sentence, not cut at "Dr."."""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.records import RawInput

BODY = ("The campaign went on in Iowa on Monday as candidates crossed the state, meeting voters at diners and town "
        "halls. Polls showed a tight race.\n\nMore paragraphs of the article follow here, long enough for a body.")


@pytest.mark.parametrize("headline", [
    "Dr. Ben Carson: Hillary Clinton Not Fit To Serve.",
    "With Wall St. Center Stage, Novel About Female Trader.",
    "Trump fires up G.O.P. base, by pricking party orthodoxy.",
    "Kasich: 'I will win the Republican Nomination.'",
])
def test_a_first_line_ending_in_a_period_is_the_whole_title(headline: str) -> None:
    article = extract_article(RawInput(origin="page.txt", body=f"{headline}\n\n{BODY}", kind="text"))
    assert article.title == headline


def test_without_a_short_first_line_the_opening_sentence_skips_abbreviations() -> None:
    body = ("Dr. Ben Carson spoke in Iowa on Monday. He said the race was close and the voters were angry about "
            "Washington and its ways.")
    assert extract_article(RawInput(origin="one.txt", body=body, kind="text")).title == (
        "Dr. Ben Carson spoke in Iowa on Monday.")


def test_an_opening_sentence_keeps_its_closing_quote_mark() -> None:
    body = ('He said, "We will win the nomination." Then he left the stage to cheers from a crowd of supporters '
            "who had waited for hours in the cold outside the hall.")
    assert extract_article(RawInput(origin="q.txt", body=body, kind="text")).title == (
        'He said, "We will win the nomination."')


def test_a_title_from_the_lead_leaves_its_wire_dateline_out() -> None:
    # A user test (Timeline17 Reuters pages): 130 of 399 titles began "MEXICO CITY | Mon May 4, 2009 3:56 pm EDT ...".
    body = ("MEXICO CITY | Mon May 4, 2009 3:56 pm EDT MEXICO CITY (Reuters) - Mexico said on Monday the flu outbreak "
            "was waning as schools prepared to reopen across the country after a week-long shutdown.\n\n" + BODY)
    article = extract_article(RawInput(origin="reuters.txt", body=body, kind="text"))
    assert article.title.startswith("Mexico said on Monday the flu outbreak was waning")
    assert article.text.startswith("MEXICO CITY |")  # the text keeps it: the analysis reads past it
