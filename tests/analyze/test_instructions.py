"""An instruction to the reader tells no happening: no timeline entry ("work", "think about this").

A user test's timeline of 39 BP articles held "work" (from "..., work to change them") among its entries; 84 of 4,869
Timeline17 sentences hold such clauses, most of them page furniture ("Explore all of our oil spill graphics", "Read
more", "Try our quiz") or a columnist's asides ("Consider BP's 'Beyond Petroleum' campaign").
"""

from __future__ import annotations

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer


def _summaries(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> list[str]:
    return [e.summary for e in analyzer.analyze(make_article(text)).events]


def test_instructions_are_no_entries(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    for text in (
        "If the public doesn't like the laws and policies regulating oil companies, work to change them.",
        "Explore all of our oil spill graphics to track the spill, see its effects, and learn its possible solutions.",
        "Please call the hotline if you see oiled birds.",
        "Let's be clear about this.",
        "Just imagine listening as a farmer.",
    ):
        assert _summaries(analyzer, make_article, text) == [], text


def test_what_an_instruction_governs_and_clauses_with_subjects_stay(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """"Remember that the spill began on April 20" tells when the spill began; a clause whose subject the tagger
    leaves as a modifier ("Many more remain ...") and verbs sharing a subject are no instructions."""
    assert _summaries(analyzer, make_article, "Remember that the spill began on April 20.") == [
        "the spill began on April 20"
    ]
    assert _summaries(analyzer, make_article, "Many more remain uncollected in the streets of Port-au-Prince.") == [
        "Many more remain uncollected in the streets of Port-au-Prince"
    ]
    assert len(_summaries(analyzer, make_article, "The crews will stop and think before they drill again.")) >= 2


def test_inverted_be_and_a_third_person_do_are_no_instructions(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A review: "are" is no command ("be" is), and "does not"/"didn't" no "don't": "Among the dead are two
    children" (the parser makes "the dead" a preposition's object, "two children" an attribute) is news."""
    for text, summary in (
        ("Among the dead are two children.", "Among the dead are two children"),
        ("Among those missing are three Americans.", "Among those missing are three Americans"),
        ("Does not include the costs of the cleanup.", "Does not include the costs of the cleanup"),
    ):
        assert _summaries(analyzer, make_article, text) == [summary], text
    assert _summaries(analyzer, make_article, "Don't panic.") == []


def test_what_the_page_tells_its_reader_they_can_do_is_no_entry(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test's top ten held "You can follow the testimony of BP chief executive Tony Hayward" (the BBC's note
    that its website would carry it); others' "can" stays."""
    assert _summaries(analyzer, make_article, "You can follow the testimony of BP chief executive Tony Hayward when "
                      "he appears before a US Congress committee on the BBC News website on Thursday 17 June.") == []
    assert _summaries(analyzer, make_article, "You can watch Mr Gibbs here.") == []
    assert _summaries(analyzer, make_article, "Residents can watch the fireworks from the pier.") == [
        "Residents can watch the fireworks from the pier"
    ]
