"""Review of session 30's age rule (a helper's review): one act's doer and the one it is done to are two people,
so their two ages are no disagreement; the same person's two ages, before the verb in both or done to in both, still
are."""

from __future__ import annotations

from pathlib import Path

from tests.link.test_conflicts_session30 import TODDLER_BBC, _conflicts, _descriptions

from dateline.analyze import Analyzer


def test_the_gunmans_age_and_his_victims_are_two_peoples(analyzer: Analyzer, tmp_path: Path) -> None:
    reuters = ("Reuters", "2015-06-01",
               "The 45-year-old gunman killed a man outside a bar in Chicago on Saturday, police said.")
    ap = ("AP", "2015-06-01", "Police said a gunman killed a 23-year-old man outside a bar in Chicago on Saturday.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "roles", reuters, ap), "number")
    assert not any("age" in d for d in flagged), flagged


def test_one_victims_two_ages_told_in_the_passive_still_disagree(analyzer: Analyzer, tmp_path: Path) -> None:
    reuters = ("Reuters", "2009-04-29",
               "A 22-month-old Mexican child was killed by swine flu in Texas, the first death outside Mexico.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "passive", TODDLER_BBC, reuters), "number")
    assert any("22-month-old" in d and "23-month-old" in d for d in flagged), flagged


def test_an_age_in_days_told_a_day_later_is_a_day_older(analyzer: Analyzer, tmp_path: Path) -> None:
    """A baby "10 days old" on one page and "11 days old" on the next day's has aged, not been given two ages; an
    age in days told two ways on one day still disagrees."""
    bbc = ("BBC", "2023-02-08", "Rescuers pulled a 10-day-old baby alive from the rubble in Hatay on Tuesday.")
    cnn = ("CNN", "2023-02-09", "Rescuers pulled an 11-day-old baby alive from the rubble in Hatay on Tuesday.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "aged", bbc, cnn), "number")
    assert not any("age" in d for d in flagged), flagged
    same_day = ("CNN", "2023-02-08", cnn[2])
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "same_day", bbc, same_day), "number")
    assert any("10-day-old" in d and "11-day-old" in d for d in flagged), flagged


def test_a_change_by_a_figure_to_another_is_no_range() -> None:
    """A review: "the toll rose by 12 to 45" was read as "between 12 and 45", so a later "30 dead" agreed with it."""
    from dateline.link.conflicts import _as_written

    assert _as_written("45", "The toll rose by 12 to 45 on Monday.") == "45"
    assert _as_written("30", "Officials said 20 to 30 people were killed.") == "between 20 and 30"
