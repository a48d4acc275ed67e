"""Disagreements a session-30 user test found missed in five outlets' BP coverage and three outlets' H1N1 coverage
(belongs in tests/link/: it uses that folder's analyzer and ingest_records): one person given two ages, one act
dated with two verbs, one estimate told as two ranges, one unit spelled two ways. Each look-alike that must stay
unflagged is tested beside the disagreement the rule finds: precision matters more than recall."""

from __future__ import annotations

from pathlib import Path

from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.link import story_timeline
from dateline.records import Conflict
from dateline.store import SqliteStore


def _conflicts(analyzer: Analyzer, folder: Path, first: tuple[str, str, str], second: tuple[str, str, str]) -> list[
        Conflict]:
    """The conflicts of two articles, each (outlet, publication day, text), ingested through the real pipeline into a
    store of their own (a folder per pair, so one test can try several pairs)."""
    folder.mkdir()
    records = [
        {"title": f"Report {n}", "text": text, "outlet": outlet, "published": day, "url": f"https://{n}.example/a"}
        for n, (outlet, day, text) in enumerate((first, second))
    ]
    store = SqliteStore(str(folder / "link.db"))
    try:
        ingest_records(store, analyzer, folder, records)
        stories = {int(r[0]) for r in store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")}
        return [c for s in stories for c in story_timeline(store, s, saved=False).conflicts]
    finally:
        store.close()


def _descriptions(conflicts: list[Conflict], kind: str) -> list[str]:
    return [c.description for c in conflicts if c.kind == kind]


TODDLER_BBC = ("BBC", "2009-04-29",
               "A 23-month-old Mexican child has died of swine flu in Texas, the first death from the virus outside "
               "Mexico.")


def test_one_childs_two_ages_from_two_outlets_disagree(analyzer: Analyzer, tmp_path: Path) -> None:
    """Reuters' "22-month-old boy" and the BBC's "23-month-old Mexican child", the child who died in Texas: ages were
    no quantities, so the user test's H1N1 store showed no disagreement."""
    reuters = ("Reuters", "2009-04-29",
               "Texas officials said a 22-month-old boy had died of swine flu while on a family visit from Mexico.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "ages", TODDLER_BBC, reuters), "number")
    assert any("age" in d and "23-month-old" in d and "22-month-old" in d for d in flagged), flagged


def test_ages_of_two_people_or_told_two_ways_are_no_disagreement(analyzer: Analyzer, tmp_path: Path) -> None:
    """The age rule compares one person's age only: two pupils of two schools (the H1N1 store's "a 14-year-old girl
    from Barnet" / "Downend school ... a 12-year-old"), a man and a woman, an age rounded to another unit
    ("two-year-old"), and a sentence of several people's ages (its 12-year-old is not the other's 41-year-old) stay
    unflagged, while the same child's two ages are flagged."""
    reuters = ("Reuters", "2009-04-29",
               "Texas officials said a 22-month-old boy had died of swine flu while on a family visit from Mexico.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "child", TODDLER_BBC, reuters), "number")
    schools = (
        ("BBC", "2009-05-04", "Classrooms at South Hampstead have been closed after a 14-year-old girl from Barnet "
                              "was diagnosed with the virus."),
        ("Guardian", "2009-05-04", "Downend school, in south Gloucestershire, has been closed after a 12-year-old was "
                                   "diagnosed with the virus."),
    )
    sexes = (
        ("BBC", "2009-05-04", "A 22-year-old man from London has tested positive for swine flu after a trip to "
                              "Mexico, officials said."),
        ("Guardian", "2009-05-04", "A 41-year-old woman from London has tested positive for swine flu after a trip "
                                   "to Mexico, officials said."),
    )
    units = (TODDLER_BBC, ("Reuters", "2009-04-29", "A two-year-old Mexican boy has died of swine flu in Texas, the "
                                                    "first death from the virus outside Mexico."))
    several = (
        ("BBC", "2009-04-30", "Three Britons, a 12-year-old girl from Paignton, a 41-year-old woman from Redditch and "
                              "a 22-year-old man from London, have tested positive for swine flu."),
        ("Guardian", "2009-04-30", "A 41-year-old woman from Redditch has tested positive for swine flu, officials "
                                   "said."),
    )
    for name, (first, second) in {"schools": schools, "sexes": sexes, "units": units, "several": several}.items():
        assert _descriptions(_conflicts(analyzer, tmp_path / name, first, second), "number") == [], name


def test_one_named_persons_two_ages_disagree_whatever_each_sentence_tells(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """"Robert Buckley, 32, fell ..." and "31-year-old Robert Buckley of the U.K., slipped ..." (two outlets on one
    climber in ECB+) tell two acts in other words, but one person's age; two climbers' ages are two people's."""
    guardian = ("Guardian", "2013-09-16", "Robert Buckley, 32, fell about 2,000 feet while climbing to a small hut on "
                                          "Mount Sefton on Saturday, police said.")
    other = ("First Tracks", "2013-09-16", "An inexperienced climber with rental gear, 31-year-old Robert Buckley of "
                                           "the U.K., slipped on ice on Mount Sefton and fell 700 meters to his death.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "one", guardian, other), "number")
    assert any("Robert Buckley, 32" in d and "31-year-old" in d for d in flagged), flagged
    buckley = ("Guardian", "2013-09-16", "Robert Buckley, 32, died after a fall on Mount Sefton in the Aoraki Mount "
                                         "Cook National Park, police said.")
    rait = ("First Tracks", "2013-09-16", "Duncan Rait, 36, died after a fall near the Tasman Glacier in the Aoraki "
                                          "Mount Cook National Park, police said.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "two", buckley, rait), "number") == []


TOP_KILL_FOX = ("Fox News", "2010-05-30",
                "The top kill effort to plug the leaking well in the Gulf of Mexico failed on Saturday, BP said.")


def test_one_act_dated_with_two_verbs_disagrees(analyzer: Analyzer, tmp_path: Path) -> None:
    """"The top kill ... failed on Saturday" and "On Sunday, BP abandoned its top kill effort" date one happening
    (the BP user test's top kill, 29 May against 30 May); a date conflict had needed one verb."""
    bbc = ("BBC", "2010-05-31",
           "On Sunday, BP abandoned its top kill effort to plug the leaking well in the Gulf of Mexico.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "top-kill", TOP_KILL_FOX, bbc), "date")
    assert any("2010-05-29" in d and "2010-05-30" in d for d in flagged), flagged


def test_two_verbs_of_one_act_done_to_two_things_or_on_one_day_do_not_disagree(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    """Two verbs count as one act only when their clauses tell one thing: the containment dome's failure and the top
    kill's end are two attempts, whatever the story's words they share; one day told with two verbs agrees."""
    bbc = ("BBC", "2010-05-31",
           "On Sunday, BP abandoned its top kill effort to plug the leaking well in the Gulf of Mexico.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "top-kill", TOP_KILL_FOX, bbc), "date")
    dome = ("Fox News", "2010-05-24",
            "The containment dome effort to capture oil from the leaking well in the Gulf of Mexico failed on "
            "Saturday, BP said.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "dome", dome, bbc), "date") == []
    same_day = ("BBC", "2010-05-31",
                "On Saturday, BP abandoned its top kill effort to plug the leaking well in the Gulf of Mexico.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "same-day", TOP_KILL_FOX, same_day), "date") == []


def test_one_estimate_told_as_two_ranges_with_two_verbs_disagrees(analyzer: Analyzer, tmp_path: Path) -> None:
    """12,000-19,000 against 12,000-25,000 barrels a day, one "flowing" and the other "gushing" (the BP user test's
    flow estimates); the first range, which the analysis keeps as its upper end only, is shown whole."""
    fox = ("Fox News", "2010-05-27", "A team of government scientists said on Thursday that between 12,000 and "
                                     "19,000 barrels of oil a day are flowing from the well.")
    guardian = ("Guardian", "2010-05-27", "Government scientists said on Thursday that 12,000 to 25,000 barrels of "
                                          "oil a day were gushing from the well.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "ranges", fox, guardian), "number")
    assert any("between 12,000 and 19,000" in d and "25,000" in d for d in flagged), flagged


def test_a_figure_inside_a_range_kept_as_its_upper_end_agrees(analyzer: Analyzer, tmp_path: Path) -> None:
    """"between 12,000 and 19,000 barrels" was read as 19,000 and so disagreed with "about 15,000", a figure inside the
    range; it is compared as the range its sentence gives."""
    fox = ("Fox News", "2010-05-27", "Government scientists said on Thursday that the well was leaking between "
                                     "12,000 and 19,000 barrels of oil a day.")
    guardian = ("Guardian", "2010-05-27", "Government scientists said on Thursday that the well was leaking about "
                                          "15,000 barrels of oil a day.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "inside", fox, guardian), "number") == []


def test_percent_and_the_percent_sign_are_one_unit(analyzer: Analyzer, tmp_path: Path) -> None:
    """"fell 7 percent" (Reuters) and "fell 6.5%" (the BBC) were two quantities, never compared (the BP user test's
    share fall of 29 April); the same figure in both spellings agrees."""
    reuters = ("Reuters", "2010-04-29", "Shares in BP fell 7 percent in London on Thursday after the company said "
                                        "the leak was five times larger than thought.")
    bbc = ("BBC", "2010-04-29", "Shares in BP fell 6.5% in London on Thursday after the company said the leak was "
                                "five times larger than thought.")
    flagged = _descriptions(_conflicts(analyzer, tmp_path / "spellings", reuters, bbc), "number")
    assert any("percent" in d and "6.5" in d for d in flagged), flagged
    same = ("BBC", "2010-04-29", "Shares in BP fell 7% in London on Thursday after the company said the leak was five "
                                 "times larger than thought.")
    assert _descriptions(_conflicts(analyzer, tmp_path / "same", reuters, same), "number") == []
