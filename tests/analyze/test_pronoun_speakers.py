"""A pronoun speaker is the person named as the subject before it, or the name set beside that subject, of the
pronoun's sex where the given name tells it: a user test's "..., she added" after "Spanish Health Minister Trinidad
Jimenez confirmed ..." was filed under British Health Secretary Alan Johnson, named a sentence earlier."""

from __future__ import annotations

from tests.analyze.test_events import ArticleMaker

from dateline.analyze import Analyzer

TEXT = (
    "There are 14 other possible cases being investigated in the UK, British Health Secretary Alan Johnson said. "
    "In Madrid, Spanish Health Minister Trinidad Jimenez confirmed that a male patient in Almansa had tested "
    "positive for the virus. The 23-year-old man had arrived home from Mexico with a fever last Wednesday, she added."
)


def test_she_added_is_the_minister_named_beside_the_subject(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    quotes = analyzer.analyze(make_article(TEXT)).quotes
    added = [q for q in quotes if q.text.startswith("The 23-year-old man")]
    assert [q.speaker_key for q in added] == ["trinidad jimenez"], [(q.speaker_text, q.text) for q in quotes]


def test_he_is_not_a_woman_named_before(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    text = (
        "Health Secretary Nicola Sturgeon said both patients were recovering well. Officials met on Monday. "
        "The threat to the public remains low, he added."
    )
    quotes = analyzer.analyze(make_article(text)).quotes
    added = [q for q in quotes if q.text.startswith("The threat")]
    assert added and all(q.speaker_key != "nicola sturgeon" for q in added), [(q.speaker_text, q.text) for q in added]
