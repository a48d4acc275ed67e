"""A headline says who: where the parser finds no subject of a finite clause, the clause is written out as it
stands. A fact-checker's audit of Haiti and H1N1 timelines (session 29) found 20 of 54 headlines garbled, among
them "remain uncollected in the streets" (for "Many more remain ...") and "were killed" (for "In Leogane, between
5,000 and 10,000 people were killed")."""

from __future__ import annotations

from tests.analyze.test_events import ArticleMaker, _events

from dateline.analyze import Analyzer


def _summaries(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> list[str]:
    return [e.summary or "" for e in _events(analyzer, make_article, text)]


def test_a_clause_whose_subject_the_parser_lost_is_written_out(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    cases = {
        "Many more remain uncollected in the streets of Port-au-Prince.": "Many more remain uncollected",
        "In Leogane, between 5,000 and 10,000 people were killed.": "10,000 people were killed",
        "Sorting out sanitation is a priority for Oxfam.": "Sorting out sanitation is a priority",
        "A student recently returned from the US has become mainland China's first confirmed case of swine flu.":
            "A student recently returned from the US has become",
        "On Tuesday, the Paris Club of creditor governments, including the US, UK, France and Germany, called on "
        "other nations to follow its lead in canceling debts to Haiti.": "the Paris Club of creditor governments",
    }
    for text, expected in cases.items():
        summaries = _summaries(analyzer, make_article, text)
        assert any(expected in s for s in summaries), (text, summaries)


def test_a_clause_with_its_subject_keeps_the_short_headline(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    summaries = _summaries(analyzer, make_article, "After a long night of talks in Geneva, the minister signed the "
                           "agreement with the rebels.")
    assert "the minister signed the agreement with the rebels" in summaries, summaries
    # An imperative has no subject to lose, and tells no happening: no entry, and nothing written out with it.
    imperative = _summaries(analyzer, make_article, "Officials were blunt. Keep your hands clean and stay at home.")
    assert imperative == ["Officials were blunt"], imperative


def test_a_long_clause_starts_after_what_it_opens_with_unless_that_holds_the_subject(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    text = ("By the end of the week, after days of talks with the regulators and the unions in three cities, many more "
            "remain uncollected in the streets of the capital and in the towns along the coast.")
    summaries = _summaries(analyzer, make_article, text)
    assert any(s.startswith("many more remain uncollected in the streets") for s in summaries), summaries
    held = ("In June of that awful year, while the majority of his countrymen were doing their best to ignore the "
            "threat from Spain, James Niven, the medical officer of health for Manchester, had 35,000 handbills "
            "printed and distributed throughout the city spelling out in clear and easy-to-understand English the "
            "dangers of influenza.")
    assert any("James Niven" in s and "had 35,000 handbills" in s for s in _summaries(analyzer, make_article, held))


def test_a_verb_coordinated_without_and_or_a_comma_borrows_no_subject(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A user test's headline read "Documents downplayed the possibility" (the parse coordinated "emerged" and
    "downplayed")."""
    summaries = _summaries(analyzer, make_article, "Documents emerged on Friday showing BP PLC downplayed the "
                           "possibility of a catastrophic accident at the well.")
    assert not any(s.startswith("Documents downplayed") for s in summaries), summaries
    fled = _summaries(analyzer, make_article, "The guard looked at the crowd and fled.")
    assert "The guard fled" in fled, fled


def test_a_coordinated_verb_shares_the_first_verb_s_modal(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test: "The industry fears a southerly wind could keep oil off the coast but push the shrimp into the
    slick" gave "a southerly wind push the shrimp into the slick", told as happened."""
    events = _events(analyzer, make_article, "The industry fears a southerly wind could keep oil off the coast but "
                     "push the shrimp into the slick, Long said.")
    pushed = [e for e in events if e.predicate == "push"]
    assert pushed and pushed[0].modality == "hypothetical", [(e.summary, e.modality) for e in events]
    assert pushed[0].summary == "a southerly wind could push the shrimp into the slick", pushed[0].summary
    left = _events(analyzer, make_article, "He stood up and left the room.")
    assert [e.modality for e in left if e.predicate == "leave"] == ["happened"]


def test_a_negative_imperative_is_not_written_out(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A review: "don't panic" (its "do" tagged present) was headlined "Keep clean, keep alert, but don't panic".
    Instructions tell no happening, so none of the three is an entry now, nor written out with the sentence before."""
    summaries = _summaries(analyzer, make_article, "The advice was simple. Keep clean, keep alert, but don't panic.")
    assert summaries == ["The advice was simple"], summaries


def test_only_the_first_verb_s_and_joins_two_verbs(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A review: an "and" inside a noun phrase between two verbs ("showing BP and Transocean downplayed") counted as
    coordinating them, so "downplayed" borrowed the first verb's subject again."""
    summaries = _summaries(analyzer, make_article, "Documents emerged on Friday showing BP and Transocean downplayed "
                           "the possibility of an accident.")
    assert not any(s.startswith("Documents downplayed") for s in summaries), summaries
