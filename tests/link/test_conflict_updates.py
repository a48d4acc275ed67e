"""Running counts change: updates are no disagreements (from the H1N1 coverage of a user test: 14 -> 2)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from tests.link.test_conflict_blocking import make_article, make_event

from dateline.link.conflicts import find_conflicts
from dateline.link.events import collect_reports
from dateline.records import Event, Mention, PublicationDate, Sentence, StoredArticle, TimeExpression


def _article(article_id: int, sentence: str, count: str, *, day: date, outlet: str,
             when: str | None = "2009-04-28", source: str = "publication", kind: str = "OTHER",
             predicate: str = "confirm", modality: str = "happened") -> StoredArticle:
    event = make_event(sentence, kind, when, "who", None, numbers=(("cases", count),) if count else (),
                       modality=modality)  # type: ignore[arg-type]
    event = dataclasses.replace(event, date_source=source, predicate=predicate)
    stored = make_article(article_id, (event,))
    article = dataclasses.replace(stored.article, outlet=outlet, published=PublicationDate(day, day, "given"))
    return dataclasses.replace(stored, article=article)


def _kinds(*articles: StoredArticle) -> list[str]:
    return [c.kind for c in find_conflicts(collect_reports(articles), articles)]


def test_a_count_told_on_a_later_day_is_an_update() -> None:
    monday = _article(1, "The WHO has confirmed 26 cases of swine flu.", "26", day=date(2009, 4, 28), outlet="reuters")
    tuesday = _article(2, "The WHO has confirmed 236 cases of swine flu.", "236", day=date(2009, 4, 29),
                       outlet="guardian")
    assert _kinds(monday, tuesday) == []
    same_day = dataclasses.replace(tuesday.article, published=monday.article.published)
    assert _kinds(monday, dataclasses.replace(tuesday, article=same_day)) == ["number"]


def test_one_outlets_revised_copy_is_an_update_but_dated_counts_still_disagree() -> None:
    first = _article(1, "Twenty people have died out of a total of 1,004 reported cases.", "1,004",
                     day=date(2009, 4, 26), outlet="guardian")
    revised = _article(2, "Twenty people have died out of a total of 1,324 reported cases.", "1,324",
                       day=date(2009, 4, 26), outlet="guardian")
    assert _kinds(first, revised) == []
    dated = [dataclasses.replace(a, analysis=dataclasses.replace(a.analysis, events=tuple(
        dataclasses.replace(e, date_source="expression") for e in a.analysis.events))) for a in (first, revised)]
    assert _kinds(*dated) == []  # one outlet: its later figure is its correction, whatever the dates
    other = dataclasses.replace(dated[1], article=dataclasses.replace(dated[1].article, outlet="reuters"))
    assert _kinds(dated[0], other) == ["number"]  # two outlets count "by Monday": one moment, two figures
    undated_other = dataclasses.replace(revised, article=dataclasses.replace(revised.article, outlet="reuters"))
    assert _kinds(first, undated_other) == ["number"]  # the same publication day: one moment


def test_a_sentence_that_also_gives_the_other_figure_does_not_contradict_it() -> None:
    suspected = _article(1, "Of the 101 suspected deaths from the virus in Mexico, 19 have been confirmed.", "101",
                         day=date(2009, 5, 3), outlet="guardian")
    confirmed = _article(2, "Only 19 deaths in Mexico are confirmed as being caused by the new flu.", "19",
                         day=date(2009, 5, 3), outlet="reuters")
    assert _kinds(suspected, confirmed) == []


def test_two_dated_moments_of_a_running_count_are_no_date_conflict() -> None:
    tuesday = _article(1, "U.S. health officials confirmed a total of 91 human cases of H1N1 swine flu on Tuesday.",
                       "", day=date(2009, 4, 29), outlet="reuters", when="2009-04-28", source="expression")
    thursday = _article(2, "U.S. health officials said on Thursday the total of H1N1 swine flu cases had risen to 109.",
                        "", day=date(2009, 4, 30), outlet="ap", when="2009-04-30", source="expression")
    assert _kinds(tuesday, thursday) == []
    same_count = dataclasses.replace(thursday, analysis=dataclasses.replace(thursday.analysis, events=(
        _reworded(thursday.analysis.events[0], "U.S. health officials said on Thursday the total of H1N1 swine flu "
                                               "cases was 91."),)))
    assert _kinds(tuesday, same_count) == ["date"]  # the same figure on two dates: a date disagreement


def _reworded(event: Event, sentence: str) -> Event:
    return dataclasses.replace(event, sentence=sentence, end=len(sentence))


def test_light_verbs_and_not_telling_are_no_denials() -> None:
    warning = _article(1, "There will be a travel warning urging Americans to avoid travel to Mexico.", "",
                       day=date(2009, 4, 28), outlet="guardian", predicate="be")
    correct = _article(2, "It is not correct to refer to it as swine flu, he said.", "", day=date(2009, 4, 28),
                       outlet="reuters", predicate="be", modality="negated")
    assert _kinds(warning, correct) == []
    said = _article(3, "She said 340 courses of Tamiflu had been given out in Devon.", "", day=date(2009, 4, 30),
                    outlet="guardian", predicate="say", kind="STATEMENT")
    unsure = _article(4, "She said she could not say how many people were being given Tamiflu in Devon.", "",
                      day=date(2009, 4, 30), outlet="bbc", predicate="say", kind="STATEMENT", modality="negated")
    assert _kinds(said, unsure) == []
    denied = _article(5, "She did not say 340 courses of Tamiflu had been given out in Devon.", "",
                      day=date(2009, 4, 30), outlet="bbc", predicate="say", kind="STATEMENT", modality="negated")
    assert _kinds(said, denied) == ["assertion"]


def test_review_cases_digits_fixed_quantities_and_plain_denials() -> None:
    """From an independent review: what the update rules must not hide."""
    h1n1 = _article(1, "The H1N1 virus has killed 160 people in Mexico.", "160", day=date(2009, 4, 28),
                    outlet="reuters", predicate="kill")
    fewer = _article(2, "The H1N1 virus has killed fewer than 100 people in Mexico.", "fewer than 100",
                     day=date(2009, 4, 28), outlet="ap", predicate="kill")
    assert _kinds(h1n1, fewer) == ["number"]  # the 1s of "H1N1" are no figure "fewer than 100" allows
    carried = _article(3, "The Air France plane that vanished over the Atlantic carried 228 people.", "228",
                       day=date(2009, 6, 1), outlet="reuters", predicate="carry")
    other = _article(4, "The Air France plane that vanished over the Atlantic carried 216 people.", "216",
                     day=date(2009, 6, 2), outlet="ap", predicate="carry")
    assert _kinds(carried, other) == ["number"]  # a plane's passengers are no running count: a day apart, still one
    has = _article(5, "Iraq has weapons of mass destruction, officials said.", "", day=date(2003, 1, 28),
                   outlet="reuters", predicate="have")
    has_not = _article(6, "Iraq does not have weapons of mass destruction, officials said.", "", day=date(2003, 1, 28),
                       outlet="ap", predicate="have", modality="negated")
    assert _kinds(has, has_not) == ["assertion"]  # "have" with one subject and complement is a plain denial
    said = _article(7, "She said 340 courses of Tamiflu had been given out in Devon.", "", day=date(2009, 4, 30),
                    outlet="guardian", predicate="say", kind="STATEMENT")
    cannot = _article(8, "She cannot say how many people were given Tamiflu in Devon.", "", day=date(2009, 4, 30),
                      outlet="bbc", predicate="say", kind="STATEMENT", modality="negated")
    assert _kinds(said, cannot) == []
    # "become" says what by its complement: the first woman nominee and a talking point are two things (a user test).
    became = _article(9, "Clinton on Tuesday became the first woman to win the nomination of a major party, setting "
                      "up the November showdown with Trump.", "", day=date(2016, 7, 27), outlet="breitbart",
                      predicate="become")
    not_yet = _article(10, "The change hasn't yet become a major talking point for Clinton or Trump, but the language "
                       "in both party platforms is raising eyebrows.", "", day=date(2016, 7, 27), outlet="nyt",
                       predicate="become", modality="negated")
    assert _kinds(became, not_yet) == []
    denied = _article(11, "Clinton on Tuesday did not become the first woman to win the nomination of a major party, "
                      "setting up the November showdown with Trump.", "", day=date(2016, 7, 27), outlet="nyt",
                      predicate="become", modality="negated")
    assert _kinds(became, denied) == ["assertion"]  # the same subject and wording: still a denial
    # So with "need": two things needed, no denial (a user test's one flag).
    needs = _article(12, "Hillary Clinton needs to sell herself and tell more jokes.", "", day=date(2016, 9, 26),
                     outlet="huffpost", predicate="need")
    no_need = _article(13, "Hillary Clinton didn't need an earthshaking event on Monday.", "", day=date(2016, 9, 26),
                       outlet="wapo", predicate="need", modality="negated")
    assert _kinds(needs, no_need) == []
    needs_not = _article(14, "Hillary Clinton does not need to sell herself and tell more jokes.", "",
                         day=date(2016, 9, 26), outlet="wapo", predicate="need", modality="negated")
    assert _kinds(needs, needs_not) == []  # a need is no happening another source could deny


def _with_role(article_id: int, text: str, role: str, name: str = "Bill Clinton") -> StoredArticle:
    """An article of its own outlet mentioning ``name`` once, with ``role``."""
    from dateline.records import Mention

    start = text.index(name)
    mention = Mention(start, start + len(name), name, name.lower(), "PERSON", role)
    stored = make_article(article_id, (), mentions=(mention,), text=text)
    return dataclasses.replace(stored, article=dataclasses.replace(stored.article, outlet=f"outlet{article_id}"))


def test_a_title_held_then_is_no_status_disagreement() -> None:
    from dateline.link.conflicts import attribute_conflicts

    former = _with_role(1, "Former President Bill Clinton agreed with the analysis.", "Former President")
    under = _with_role(2, "The crime policies that began under President Bill Clinton did harm.", "President")
    now = _with_role(3, "President Bill Clinton said on Monday that he would veto the bill.", "President")
    assert attribute_conflicts([former, under]) == []
    assert [c.kind for c in attribute_conflicts([former, now])] == ["attribute"]


def test_a_bare_pronoun_and_verb_does_not_headline_an_entry() -> None:
    from dateline.link.events import entry_for

    began = make_event("It began", "ASSAULT", "2010-04-20", None, None)
    began = dataclasses.replace(began, summary="It began")
    blast = make_event("The explosion on the Deepwater Horizon rig began the spill on April 20.", "ASSAULT",
                       "2010-04-20", "deepwater horizon", None)
    blast = dataclasses.replace(blast, summary="The explosion on the Deepwater Horizon rig began the spill")
    reports = collect_reports([make_article(1, (began,)), make_article(2, (blast,))])
    assert entry_for(reports).summary == "The explosion on the Deepwater Horizon rig began the spill"
    assert entry_for(reports[:1]).summary == "It began"  # alone, it is all there is


def test_only_the_mentions_own_title_after_under_or_then_is_of_that_time() -> None:
    from dateline.link.conflicts import attribute_conflicts

    hollande = "Francois Hollande"
    former = _with_role(1, "Former President Francois Hollande spoke.", "Former President", hollande)
    other = _with_role(2, "Under President Obama, President Francois Hollande said France would act.", "President",
                       hollande)  # "under" is Obama's, not his
    endorsed = _with_role(3, "The plan was endorsed by President Francois Hollande on Monday.", "President",
                          hollande)  # "by": the title held now
    assert [c.kind for c in attribute_conflicts([former, other])] == ["attribute"]
    assert [c.kind for c in attribute_conflicts([former, endorsed])] == ["attribute"]


def test_the_relative_words_are_found_in_the_events_sentence_by_its_index() -> None:
    """The stored sentences skip blank ones, so an event's sentence index is no position in the list (review)."""
    text = "Talks opened in Geneva.\nRussia said the summit ended last month."
    stored = _article(1, "Russia said the summit ended last month.", "", day=date(2010, 5, 1), outlet="bbc",
                      when="2010-04", source="expression")
    event = dataclasses.replace(stored.analysis.events[0], sentence_index=2, start=24, end=len(text))
    analysis = dataclasses.replace(
        stored.analysis, events=(event,),
        sentences=(Sentence(1, 0, 23, "Talks opened in Geneva."), Sentence(2, 24, len(text), event.sentence)),
        times=(TimeExpression(text.index("last month"), len(text) - 1, "last month", "DATE", "2010-04",
                              anchor="publication"),),
    )
    assert collect_reports([dataclasses.replace(stored, analysis=analysis)])[0].relative_date == "last month"


def test_a_third_user_test_false_conflicts_counts_of_two_places_and_confirming_two_things() -> None:
    """H1N1 across BBC, Guardian and Reuters: six of seven flagged conflicts were none."""
    def counted(article_id: int, sentence: str, quantity: str, value: str, outlet: str) -> StoredArticle:
        event = dataclasses.replace(make_event(sentence, "OTHER", "2009-04-28", "department of health", None,
                                               numbers=((quantity, value),)), predicate="diagnose")
        stored = make_article(article_id, (event,))
        return dataclasses.replace(stored, article=dataclasses.replace(stored.article, outlet=outlet))

    london = counted(1, "Two more people in London have been diagnosed with swine flu, the Department of Health "
                        "confirmed.", "people in london", "2", "bbc")
    uk = counted(2, "Three more people in the UK have been diagnosed with swine flu, the Department of Health "
                    "confirmed.", "people in uk", "3", "guardian")
    assert _kinds(london, uk) == []
    unplaced = counted(3, "Five more people have been diagnosed with swine flu, the Department of Health confirmed.",
                       "people", "5", "reuters")
    assert _kinds(london, unplaced) == ["number"]  # a place only one names: still one count
    confirmed = _article(4, "The World Health Organization has confirmed 79 cases of a virus it said has spread from "
                            "Mexico.", "", day=date(2009, 4, 28), outlet="reuters")
    unconfirmed = _article(5, "He stressed it was not confirmed the outbreak had begun in Mexico.", "",
                           day=date(2009, 4, 28), outlet="guardian", modality="negated")
    assert _kinds(confirmed, unconfirmed) == []


def test_an_acting_title_is_the_title_and_a_bracketed_former_is_former() -> None:
    def titled(article_id: int, text: str, role: str, name: str, key: str) -> StoredArticle:
        start = text.index(name)
        return make_article(article_id, (), (Mention(start, start + len(name), name, key, "PERSON", role),), text=text)

    acting = titled(1, "WHO Acting Assistant Director-General Keiji Fukuda spoke.", "Acting Assistant Director-General",
                    "Keiji Fukuda", "keiji fukuda")
    plain = titled(2, "said WHO Assistant Director General Keiji Fukuda.", "Assistant Director General", "Keiji Fukuda",
                   "keiji fukuda")
    assert find_conflicts([], [acting, plain]) == []
    now_former = titled(3, "The Senate confirmed (now former) Kansas Governor Kathleen Sebelius as secretary.",
                        "Kansas Governor", "Kathleen Sebelius", "kathleen sebelius")
    former = titled(4, "Former Kansas Governor Kathleen Sebelius was sworn in.", "Former Kansas Governor",
                    "Kathleen Sebelius", "kathleen sebelius")
    governor = titled(5, "Kansas Governor Kathleen Sebelius vetoed the bill.", "Kansas Governor", "Kathleen Sebelius",
                      "kathleen sebelius")
    assert find_conflicts([], [now_former, former]) == []
    assert [c.kind for c in find_conflicts([], [governor, former])] == ["attribute"]
    # Against the plain title, the description shows the bracket (a review found '"Kansas Governor" ... but
    # "Kansas Governor"').
    shown = find_conflicts([], [governor, now_former])
    assert len(shown) == 1 and '"(now former) Kansas Governor"' in shown[0].description


def test_tallies_spelled_out_are_two_moments_of_a_count_not_one_happening_dated_twice() -> None:
    # The same user test: "nine further cases ... confirmed" (BBC, 4 May) against "Three more cases ... have been
    # confirmed" (Guardian, 29 April) was a date conflict; so was Israel's "one case" against it.
    def confirmed(article_id: int, sentence: str, when: str, outlet: str) -> StoredArticle:
        event = dataclasses.replace(make_event(sentence, "STATEMENT", when, None, None), predicate="confirm")
        stored = make_article(article_id, (event,))
        return dataclasses.replace(stored, article=dataclasses.replace(stored.article, outlet=outlet))

    nine = confirmed(1, "On Monday, nine further cases of swine flu were confirmed in the UK.", "2009-05-04", "bbc")
    three = confirmed(2, "Three more cases of swine flu were confirmed in the UK on Wednesday.", "2009-04-29",
                      "guardian")
    one = confirmed(3, "On Tuesday one case of swine flu was confirmed in the UK.", "2009-04-28", "reuters")
    assert _kinds(nine, three) == [] and _kinds(nine, one) == []
    again = confirmed(4, "On Tuesday, nine further cases of swine flu were confirmed in the UK.", "2009-05-05", "ap")
    assert _kinds(nine, again) == ["date"]  # the same tally dated two ways is still flagged


def test_a_span_of_time_in_words_is_no_tally_and_one_country_has_one_name() -> None:
    # A review: "two months after the election" / "seven weeks after" hid a real date conflict.
    def sworn(article_id: int, sentence: str, when: str, outlet: str) -> StoredArticle:
        event = dataclasses.replace(make_event(sentence, "OTHER", when, "president", None), predicate="swear")
        stored = make_article(article_id, (event,))
        return dataclasses.replace(stored, article=dataclasses.replace(stored.article, outlet=outlet))

    first = sworn(1, "The president was sworn in for a second term on 5 August, two months after the election.",
                  "2009-08-05", "reuters")
    second = sworn(2, "The president was sworn in for a second term on 3 August, seven weeks after the election.",
                   "2009-08-03", "ap")
    assert _kinds(first, second) == ["date"]


def test_a_date_named_for_another_act_is_no_date_of_this_one() -> None:
    # A user test (BP): "sank on 22 April" against "sank ... after an explosion on April 20" was flagged, while
    # "sank on 20 April" is a real disagreement.
    def sank(article_id: int, sentence: str, phrase: str, value: str) -> StoredArticle:
        event = dataclasses.replace(make_event(sentence, "OTHER", value, "deepwater horizon", None), predicate="sink")
        stored = make_article(article_id, (event,), text=sentence)
        start = sentence.index(phrase)
        when = TimeExpression(start, start + len(phrase), phrase, "DATE", value)
        return dataclasses.replace(stored, analysis=dataclasses.replace(stored.analysis, times=(when,)))

    bbc = sank(1, "The Deepwater Horizon rig sank on 22 April, two days after a huge explosion.", "22 April",
               "2010-04-22")
    reuters = sank(2, "The Deepwater Horizon rig sank off the coast of Louisiana after an explosion on April 20.",
                   "April 20", "2010-04-20")
    guardian = sank(3, "The Deepwater Horizon rig sank on 20 April, days after a huge explosion.", "20 April",
                    "2010-04-20")
    assert _kinds(bbc, reuters) == []
    assert _kinds(bbc, guardian) == ["date"]


@pytest.mark.parametrize(("before", "names_another_act"), [
    ("The rig sank off the coast of Louisiana after an explosion on ", True),
    ("The spill began after an ", True),  # "after an April 20 explosion"
    ("He resigned hours before the ", True),  # "before the 3 May vote"
    ("Oil has been leaking since ", False),  # the act's own start
    ("The rig exploded before dawn on ", False),
    ("After months of delay the president signed the bill on ", False),  # the clause's own verb and date
    ("Life after the spill\n\nThe rig exploded on ", False),  # another paragraph
    ("Will BP pay after all? The rig exploded on ", False),  # another sentence
])
def test_which_dates_are_named_for_another_act(before: str, names_another_act: bool) -> None:
    from dateline.link.events import _AFTER_ACT

    assert (_AFTER_ACT.search(before) is not None) is names_another_act
