"""Review 27b: years before a capitalised "... Court" / "... Street" name, contractions before schedule verbs, a scale
word after a non-breaking space."""

from datetime import date

import pytest

from dateline.temporal import tag_times

WEDNESDAY = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The 2010 Supreme Court ruling in Citizens United changed campaign finance.", "2010"),
        ("After the 2019 Supreme Court ruling, the law changed.", "2019"),
        ("The 2008 Wall Street crash hit pensions.", "2008"),
        ("The 2020 Downing Street parties broke the rules.", "2020"),
    ],
)
def test_a_year_after_a_determiner_before_a_street_name_is_a_year(sentence: str, year: str) -> None:
    assert year in [t.value for t in tag_times(sentence, WEDNESDAY)]


def test_a_house_number_is_still_no_year() -> None:
    assert tag_times("Police were called to 2072 Oak Avenue.", WEDNESDAY) == []


@pytest.mark.parametrize("sentence", ['"Let\'s meet on Friday," he said.', "The museum says it's open on Friday."])
def test_a_contraction_before_a_schedule_verb_is_no_possessive(sentence: str) -> None:
    assert [t.value for t in tag_times(sentence, WEDNESDAY)] == ["2024-06-14"]


def test_a_scale_word_after_a_non_breaking_space() -> None:
    [time] = tag_times("Dinosaurs died out 66\u00a0million years ago.", WEDNESDAY)
    assert (time.text, time.value) == ("66\u00a0million years ago", "PAST_REF")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The EU 2050 climate target and the UK 2050 goal.", ["2050", "2050"]),  # two letters: a place, not a line
        ("The 2023 points table. He scored 1999 points.", ["2023"]),
        ("The ratings hit 1998 levels. Scores of 2020 graduates left. A total score of 2072.", ["1998", "2020"]),
    ],
)
def test_second_review_years_kept(text: str, values: list[str]) -> None:
    """A second review found these years lost to the model, points and score rules."""
    assert [e.value for e in tag_times(text, date(2019, 11, 20))] == values
