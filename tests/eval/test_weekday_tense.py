"""The weekday-direction check: the parse's tense and what counts as a disagreement."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from dateline.eval.weekday_tense import MODEL, WeekdayUse, disagreements, parsed_tense


@pytest.mark.parametrize(
    ("text", "expected"),
    [("He said on Friday that talks went well.", "past"), ("The ministers will meet on Friday.", "future"),
     ("Talks on Friday are possible.", None)],
)
def test_the_governing_verb_gives_the_tense(text: str, expected: str | None) -> None:
    doc = spacy.load(MODEL)(text)
    start = text.index("Friday")
    assert parsed_tense(doc, start, start + len("Friday")) == expected


def test_a_past_verb_with_a_later_date_is_a_disagreement() -> None:
    text = "He said on Friday that talks went well."
    start = text.index("Friday")
    published = date(2025, 7, 16)  # a Wednesday
    wrong = WeekdayUse(text, start, start + 6, "2025-07-18", published)
    right = WeekdayUse(text, start, start + 6, "2025-07-11", published)
    judged, found = disagreements([wrong, right])
    assert judged == 2 and [use for use, _ in found] == [wrong]
