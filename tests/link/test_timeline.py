"""Timelines from hand-built analysed articles: merging across outlets, ordering, ranking, conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.link import build_timeline, top_entries
from dateline.link.attribute_conflicts import split_role
from dateline.link.timeline import COVERAGE_WEIGHT, SAME_DAY_PENALTY
from dateline.present.exports import export_timeline
from dateline.present.shapes import entry_json
from dateline.present.text import render_conflicts, render_timeline
from dateline.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Mention,
    Modality,
    Precision,
    PublicationDate,
    Sentence,
    SourceRef,
    StoredArticle,
    Story,
    Timeline,
    TimelineEntry,
)

TRUMP = "donald trump"
RUSSIA = "russia"
OBAMA = "barack obama"


def event(
    sentence: str,
    kind: str,
    when: str,
    precision: Precision = "day",
    actor: str | None = TRUMP,
    target: str | None = RUSSIA,
    source: str = "expression",
    modality: Modality = "happened",
    numbers: tuple[tuple[str, str], ...] = (),
    background: bool = False,
) -> Event:
    """An analysed event as the analysis stage would emit it."""
    return Event(
        sentence_index=len(sentence), start=0, end=len(sentence), sentence=sentence, predicate=kind.lower(), kind=kind,
        date=when, precision=precision, date_source=source,  # type: ignore[arg-type]
        actor_key=actor, target_key=target, modality=modality, numbers=numbers, background=background,
        summary=sentence[:60],
    )


def stored(
    article_id: int, outlet: str, day: date, events: tuple[Event, ...], mentions: tuple[Mention, ...] = (),
    text: str = "",
) -> StoredArticle:
    """A stored article holding the given analysis."""
    article = Article(
        origin=outlet, title=f"{outlet} report", text=text, raw=text, raw_kind="text",
        url=f"https://{outlet}/a{article_id}", outlet=outlet, published=PublicationDate(day, day, "given"),
        language="en",
    )
    sentences = (Sentence(0, 0, len(text), text),) if text else ()
    analysis = Analysis(
        sentences=sentences, events=events, mentions=mentions,
        actors=(Actor(TRUMP, "Donald Trump", "PERSON"), Actor(RUSSIA, "Russia", "COUNTRY")),
    )
    return StoredArticle(article_id, article, analysis, f"hash{article_id}", story_id=1)


STORY = Story(1, "Istanbul talks", (1, 2), ("kyiv", "rks"), "2025-07-18", "2025-07-24", (TRUMP, RUSSIA))
THREAT_KYIV = event(
    "On July 14, Trump threatened to impose secondary tariffs on Russia if it does not agree to end the "
    "war within 50 days.", "THREATEN", "2025-07-14", numbers=(("days", "50"),),
)
THREAT_RKS = event(
    "Last week, Donald Trump gave Russia a 50-day deadline to end the war, warning of potential sanctions "
    "if it fails to do so.", "DEMAND", "2025-W29", precision="unknown", numbers=(("deadline days", "50"),),
)
ANNEXATION = event(
    "Russia continues to demand that Ukraine withdraw from four regions Moscow claimed to have annexed in "
    "September 2022.", "SEIZE", "2022-09", precision="month", actor=RUSSIA, target=None, background=True,
)
REFERENDUM = event(
    "Russia held referendums in the four regions on September 16, 2022 before the annexation.", "SEIZE",
    "2022-09-16", actor=RUSSIA, target=None, background=True,
)
TALKS = event(
    "The third round of negotiations between Russia and Ukraine took place on July 23 in Istanbul.",
    "CONSULT", "2025-07-23", actor=RUSSIA, target="ukraine",
)


def test_one_happening_reported_by_two_outlets_is_one_entry_with_the_sharpest_date() -> None:
    kyiv = stored(1, "kyivindependent.com", date(2025, 7, 18), (THREAT_KYIV,))
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (THREAT_RKS, TALKS))
    timeline = build_timeline(STORY, [kyiv, rks])
    threat = [e for e in timeline.entries if any("50" in s.sentence for s in e.sources)]
    assert len(threat) == 1
    assert threat[0].date == "2025-07-14"
    assert {s.outlet for s in threat[0].sources} == {"kyivindependent.com", "rks-news.com"}
    assert {s.url for s in threat[0].sources} == {"https://kyivindependent.com/a1", "https://rks-news.com/a2"}
    assert len(timeline.entries) == 2


def test_mixed_precision_orders_month_before_its_days_and_marks_background() -> None:
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (TALKS, REFERENDUM, ANNEXATION))
    timeline = build_timeline(STORY, [rks])
    assert [e.date for e in timeline.entries] == ["2022-09", "2022-09-16", "2025-07-23"]
    assert [e.background for e in timeline.entries] == [True, True, False]


def test_top_entries_keeps_the_most_sourced_entries_in_date_order() -> None:
    kyiv = stored(1, "kyivindependent.com", date(2025, 7, 18), (THREAT_KYIV,))
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (THREAT_RKS, TALKS, ANNEXATION))
    top = top_entries(build_timeline(STORY, [kyiv, rks]), 2)
    assert [e.date for e in top.entries] == ["2025-07-14", "2025-07-23"]
    assert top.entries[0].importance > top.entries[1].importance


def test_role_conflict_is_flagged_with_both_sentences() -> None:
    kyiv_text = "Turkey is working on a meeting with the possible participation of U.S. President Donald Trump."
    rks_text = "Fidan expressed gratitude to former U.S. President Donald Trump for his calls to end the war."
    start_a, start_b = kyiv_text.index("U.S."), rks_text.index("former")
    kyiv = stored(1, "kyivindependent.com", date(2025, 7, 18), (), text=kyiv_text, mentions=(
        Mention(start_a, start_a + 27, "U.S. President Donald Trump", TRUMP, "PERSON", "U.S. President"),))
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (), text=rks_text, mentions=(
        Mention(start_b, start_b + 34, "former U.S. President Donald Trump", TRUMP, "PERSON",
                "former U.S. President"),))
    conflicts = build_timeline(STORY, [kyiv, rks]).conflicts
    assert [c.kind for c in conflicts] == ["attribute"]
    assert {s.sentence for s in conflicts[0].sources} == {kyiv_text, rks_text}
    assert "former U.S. President" in conflicts[0].description


def test_different_dates_numbers_and_denials_are_conflicts() -> None:
    truce_a = event("Russia agreed to a 30-day truce in the Black Sea, the Kremlin said on March 18.",
                    "AGREE", "2025-03-18", actor=RUSSIA, target="ukraine", numbers=(("truce days", "30"),))
    truce_b = event("Russia agreed to a 3-day truce in the Black Sea, the Kremlin said on March 18.",
                    "AGREE", "2025-03-18", actor=RUSSIA, target="ukraine", numbers=(("truce days", "3"),))
    truce_c = event("Russia agreed to a 30-day truce in the Black Sea, the Kremlin said on March 11.",
                    "AGREE", "2025-03-11", actor=RUSSIA, target="ukraine", numbers=(("truce days", "30"),))
    denial = event("Russia never agreed to a truce in the Black Sea, the Kremlin said on March 18.",
                   "AGREE", "2025-03-18", actor=RUSSIA, target="ukraine", modality="negated")
    articles = [stored(i + 1, f"outlet{i}", date(2025, 3, 19), (e,))
                for i, e in enumerate((truce_a, truce_b, truce_c, denial))]
    kinds = sorted(c.kind for c in build_timeline(STORY, articles).conflicts)
    assert kinds.count("number") >= 1 and "date" in kinds and "assertion" in kinds


def test_recurring_rounds_of_talks_are_not_a_date_conflict() -> None:
    earlier = event("The latest round of direct talks between Ukraine and Russia took place in Istanbul on "
                    "June 2.", "CONSULT", "2025-06-02", actor="ukraine", target=RUSSIA)
    kyiv = stored(1, "kyivindependent.com", date(2025, 7, 18), (earlier,))
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (TALKS,))
    timeline = build_timeline(STORY, [kyiv, rks])
    assert timeline.conflicts == ()
    assert len(timeline.entries) == 2


def test_status_words_split_from_the_office() -> None:
    assert split_role("the former U.S. President") == ("u.s. president", frozenset({"former"}))
    assert split_role("Turkish President")[1] == frozenset()


def test_timeline_names_the_articles_whose_dates_rest_on_a_guessed_publication_date() -> None:
    given = stored(1, "kyiv", date(2025, 7, 18), (THREAT_KYIV,))
    guess = PublicationDate(date(2025, 7, 23), date(2025, 7, 30), "inferred", 0.05, "latest year named: 2022")
    sure = PublicationDate(date(2025, 7, 23), date(2025, 7, 23), "inferred", 0.9, "date line: 'July 23, 2025'")
    guessed = stored(2, "rks", date(2025, 7, 23), (THREAT_RKS,))
    guessed = replace(guessed, article=replace(guessed.article, published=guess))
    stamped = replace(guessed, id=3, article=replace(guessed.article, published=sure))
    assert build_timeline(STORY, [given, guessed, stamped]).guessed == (2,)
    assert build_timeline(STORY, [given, stamped]).guessed == ()


def test_top_entries_spread_over_the_story_days() -> None:
    def entry(day: str, importance: float) -> TimelineEntry:
        return TimelineEntry(day, "day", f"news of {day} {importance}", "OTHER", (), (), importance=importance)

    first, second = entry("2025-07-23", 5.0), entry("2025-07-23", 4.9)
    other = entry("2025-07-24", 4.9 - SAME_DAY_PENALTY + 0.05)
    timeline = Timeline(STORY, (first, second, other))
    # A day's second entry must outrank the next day's first by SAME_DAY_PENALTY to be kept before it.
    assert top_entries(timeline, 2).entries == (first, other)
    low = replace(other, importance=4.9 - SAME_DAY_PENALTY - 0.05)
    assert top_entries(replace(timeline, entries=(first, second, low)), 2).entries == (first, second)
    assert top_entries(timeline, 3).entries == timeline.entries
    assert top_entries(timeline, 0).entries == ()


def test_background_comes_into_the_short_list_only_well_ahead_of_the_news() -> None:
    """A user test's top 100 of a BP week opened on 30 entries before the spill ("1995: it will slow your puter
    down"): background counts as a day already told."""
    news = [TimelineEntry(f"2025-07-{d}", "day", f"news {d}", "OTHER", (), (), importance=3.0) for d in (20, 21)]
    old = TimelineEntry("1995", "year", "it will slow your computer down", "OTHER", (), (), background=True,
                        importance=3.5)
    timeline = Timeline(STORY, (old, *news))
    assert top_entries(timeline, 2).entries == tuple(news)
    assert top_entries(replace(timeline, entries=(replace(old, importance=4.5), *news)), 2).entries[0].date == "1995"


def test_a_day_the_coverage_returns_to_ranks_its_entries_higher() -> None:
    earlier = event("Russian and Ukrainian envoys met in Geneva on July 10 to discuss grain.", "CONSULT",
                    "2025-07-10", actor=RUSSIA, target="ukraine")
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (TALKS, earlier))

    def gap(articles: list[StoredArticle]) -> float:
        entries = {e.date: e.importance for e in build_timeline(STORY, articles).entries}
        return entries["2025-07-23"] - entries["2025-07-10"]

    # Three more outlets write on July 23 (their own sentences name no other day): that day is news.
    that_day = [stored(n, f"outlet{n}.example", date(2025, 7, 23), (), text="Delegations arrived today.")
                for n in (3, 4, 5)]
    assert gap([rks, *that_day]) == pytest.approx(gap([rks]) + COVERAGE_WEIGHT, abs=1e-3)


def test_top_entries_equal_the_greedy_rule_on_random_timelines() -> None:
    import random

    from dateline.link.timeline import entry_order

    def weight(entry: TimelineEntry) -> float:
        return entry.importance - (SAME_DAY_PENALTY if entry.background else 0.0)  # background: a day told already

    def naive(entries: list[TimelineEntry], count: int) -> list[TimelineEntry]:
        pool = sorted(entries, key=lambda e: (-weight(e), entry_order(e)))
        kept: list[TimelineEntry] = []
        while pool and len(kept) < count:
            best = min(range(len(pool)), key=lambda i: (
                sum(k.date == pool[i].date for k in kept) * SAME_DAY_PENALTY - weight(pool[i]), i))
            kept.append(pool.pop(best))
        return sorted(kept, key=entry_order)

    for seed in range(40):
        rng = random.Random(seed)
        days = [f"2025-07-{d:02d}" for d in range(1, rng.randint(2, 9))] + ["2025-07"]
        entries = [TimelineEntry(rng.choice(days), "day", f"e{i}", "OTHER", (), (), background=rng.random() < 0.2,
                                 importance=round(rng.uniform(0, 5), rng.choice([0, 1, 2]))) for i in range(30)]
        timeline = Timeline(STORY, tuple(entries))
        for count in (0, 1, 5, 12, 29):
            assert list(top_entries(timeline, count).entries) == naive(entries, count), (seed, count)


def test_a_bare_or_questioning_summary_heads_an_entry_only_when_nothing_says_more() -> None:
    bare = replace(event("Trouble began in Istanbul over the talks.", "CONSULT", "2025-07-23"), summary="Trouble began")
    asked = replace(event("Were the Istanbul talks a failure?", "CONSULT", "2025-07-23"),
                    summary="Were the Istanbul talks a failure")
    full = event("Talks in Istanbul began on July 23 over the prisoner swap.", "CONSULT", "2025-07-23")
    for weak in (bare, asked):
        first = stored(1, "kyivindependent.com", date(2025, 7, 24), (weak,))
        second = stored(2, "rks-news.com", date(2025, 7, 24), (full,))
        (entry,) = build_timeline(STORY, [first, second]).entries
        assert entry.summary == full.summary and len(entry.sources) == 2


def test_the_report_worded_like_the_others_heads_the_entry_and_is_cited_first() -> None:
    # A user test (BP): a page's label run into its first sentence headed the explosion's entry of five outlets.
    label = replace(event("Case study: Istanbul talks and the swap On July 23 delegations met in Istanbul for talks.",
                          "CONSULT", "2025-07-23"), summary="Case study met in Istanbul")
    told = [event(f"Delegations met in Istanbul on July 23 for a third round of talks{tail}.", "CONSULT",
                  "2025-07-23") for tail in ("", " on the swap", " with Turkey")]
    articles = [stored(n, outlet, date(2025, 7, 24), (report,)) for n, (outlet, report) in enumerate(
        zip(("bbc.com", "kyivindependent.com", "rks-news.com", "reuters.com"), (label, *told), strict=True), start=1)]
    (entry,) = build_timeline(STORY, articles).entries
    assert entry.summary in {e.summary for e in told} and entry.sources[0].outlet != "bbc.com"
    assert entry.sources[0].sentence in {e.sentence for e in told}
    assert len(entry.sources) == 4


def test_what_might_happen_ranks_below_what_happened() -> None:
    from dateline.link.timeline import HAPPENED_BONUS, _rank
    from dateline.records import SourceRef

    sources = (SourceRef(1, "kyiv", None, "Delegations met in Istanbul on July 23 for talks."),)
    happened = TimelineEntry("2025-07-23", "day", "talks", "CONSULT", (), sources)
    might = replace(happened, modality="hypothetical")
    planned = replace(happened, modality="planned")
    ranked = {e.modality: e.importance for e in _rank([happened, might, planned], STORY, {})}
    assert ranked["happened"] - ranked["planned"] == pytest.approx(HAPPENED_BONUS)
    assert ranked["planned"] - ranked["hypothetical"] >= 1.0  # a plan may still make the list; "could" rarely


def test_only_outlets_telling_the_happening_alike_add_to_its_importance() -> None:
    from dateline.records import SourceRef

    def entry(*sentences: tuple[str, str]) -> TimelineEntry:
        sources = tuple(SourceRef(n, outlet, None, text) for n, (outlet, text) in enumerate(sentences, start=1))
        return TimelineEntry("2025-07-23", "day", "talks", "CONSULT", (), sources)

    told = entry(("kyiv", "Delegations met in Istanbul on July 23 for a third round of talks."),
                 ("rks", "The third round of talks took place in Istanbul on July 23."))
    # A lump chained through a busy day's shared words: three outlets, each saying something else.
    lump = entry(("kyiv", "Delegations met in Istanbul on July 23 for a third round of talks."),
                 ("rks", "Talks on prisoner swaps went on at the palace."),
                 ("bbc", "Observers in Istanbul doubt the talks will end the war."))
    from dateline.link.timeline import _rank

    told_rank, lump_rank = _rank([told, lump], STORY, {})
    assert told_rank.importance > lump_rank.importance  # two outlets telling it beat three telling other things


def test_an_outlets_sentence_printed_again_on_later_days_keeps_its_first_printings_date() -> None:
    # A user test: a BBC page updated on three days gave each of its sentences three entries, one per day.
    sentence = "Engineers began drilling a relief well to stop the leak."

    def printed(article_id: int, outlet: str, day: date, source: str = "publication") -> StoredArticle:
        drill = event(sentence, "OTHER", day.isoformat(), actor="bp", target=None, source=source)
        return stored(article_id, outlet, day, (drill,))

    days = [date(2010, 5, 2), date(2010, 5, 3), date(2010, 5, 4)]
    pages = [printed(n, "bbc.co.uk", day) for n, day in enumerate(days, start=1)]
    timeline = build_timeline(STORY, pages)
    assert [e.date for e in timeline.entries] == ["2010-05-02"]
    assert len(timeline.entries[0].sources) == 3
    # Another outlet's same words on a later day are its own report of that day; an explicit date is kept.
    other = printed(4, "reuters.com", days[2])
    explicit = printed(5, "bbc.co.uk", days[2], source="expression")
    dates = sorted(e.date for e in build_timeline(STORY, [pages[0], other]).entries)
    assert dates == ["2010-05-02", "2010-05-04"]
    dates = sorted(e.date for e in build_timeline(STORY, [pages[0], explicit]).entries)
    assert dates == ["2010-05-02", "2010-05-04"]
    # A month later the same words tell another happening (a review: "The hearing was adjourned.").
    later = printed(6, "bbc.co.uk", date(2010, 6, 2))
    assert sorted(e.date for e in build_timeline(STORY, [pages[0], later]).entries) == ["2010-05-02", "2010-06-02"]


def test_a_kept_day_is_told_by_the_entry_most_articles_tell() -> None:
    from dateline.records import SourceRef

    def entry(day: str, importance: float, articles: int) -> TimelineEntry:
        sources = tuple(SourceRef(n, "BBC", None, f"sentence {n} of {day}") for n in range(1, articles + 1))
        return TimelineEntry(day, "day", f"news of {day} {importance}", "OTHER", (), sources, importance=importance)

    # A user test (one outlet, Michael Jackson): the death day was kept, but told by a lone lawyer's remark, not
    # by the death 15 articles retold. The days are chosen as before; the day's entries are taken most told first.
    remark, death = entry("2009-06-25", 3.5, 1), entry("2009-06-25", 3.2, 15)
    other = entry("2009-07-22", 3.4, 2)
    timeline = Timeline(STORY, (remark, death, other))
    assert top_entries(timeline, 1).entries == (death,)
    assert top_entries(timeline, 2).entries == (death, other)
    assert top_entries(timeline, 3).entries == timeline.entries


def test_two_outlets_sentences_sharing_only_the_storys_words_are_two_entries() -> None:
    # A user test (H1N1, three outlets): "one was expected to go home" and "Swine flu outbreak reaches Europe" were one
    # entry "reported by: BBC, Guardian, Reuters", with 29 more sentences.
    home = replace(event("One patient with swine flu was expected to go home from hospital today.", "OTHER",
                         "2009-04-28", actor=None, target=None), predicate="expect")
    europe = replace(event("The swine flu outbreak reaches Europe.", "OTHER", "2009-04-28", actor="europe",
                           target=None), predicate="reach")
    apart = build_timeline(STORY, [stored(1, "guardian", date(2009, 4, 28), (home,)),
                                   stored(2, "bbc", date(2009, 4, 28), (europe,))])
    assert len(apart.entries) == 2
    # One outlet's two reports merge as before: single-outlet timelines are unchanged.
    together = build_timeline(STORY, [stored(1, "bbc", date(2009, 4, 28), (home,)),
                                      stored(2, "bbc", date(2009, 4, 28), (europe,))])
    assert len(together.entries) == 1
    # Two outlets naming one actor need no more than before.
    raised = event("The WHO raised its pandemic alert to phase four, warning of spread.", "OTHER", "2009-04-27",
                   actor="who", target=None)
    upgraded = event("The WHO raised the pandemic threat level, officials in Geneva said.", "OTHER", "2009-04-27",
                     actor="who", target=None)
    one = build_timeline(STORY, [stored(1, "guardian", date(2009, 4, 27), (raised,)),
                                 stored(2, "reuters", date(2009, 4, 27), (upgraded,))])
    assert len(one.entries) == 1


def test_sentences_sharing_one_word_are_two_entries_however_short() -> None:
    # A user test (2016 campaign feeds): "he will go to work for you" and "Last week proved that the Second Amendment
    # works" were one top-ten entry (1 word of 4 in common, over the overlap bar).
    go = event("“Now, he will go to work for you.”", "OTHER", "2016-07-19", actor=None, target=None)
    works = event("Last week proved that the Second Amendment works.", "OTHER", "2016-07-19", actor=None, target=None)
    apart = build_timeline(STORY, [stored(1, "usatoday", date(2016, 7, 19), (go,)),
                                   stored(2, "nyt", date(2016, 7, 19), (works,))])
    assert len(apart.entries) == 2
    great = event("America is already great, he said.", "OTHER", "2016-07-28", actor=None, target=None)
    also = event("America is already great, Obama told the convention.", "OTHER", "2016-07-28", actor=None, target=None)
    together = build_timeline(STORY, [stored(1, "politico", date(2016, 7, 28), (great,)),
                                      stored(2, "nyt", date(2016, 7, 28), (also,))])
    assert len(together.entries) == 1


def test_one_word_in_common_joins_reports_of_one_actor() -> None:
    # A review: "Obama resigns." and "Obama resigned." (no stemming) share one word; with the actor it is enough.
    resigns = event("Obama resigns.", "OTHER", "2016-07-19", actor="obama", target=None)
    resigned = event("Obama resigned.", "OTHER", "2016-07-19", actor="obama", target=None)
    together = build_timeline(STORY, [stored(1, "usatoday", date(2016, 7, 19), (resigns,)),
                                      stored(2, "nyt", date(2016, 7, 19), (resigned,))])
    assert len(together.entries) == 1


def test_an_entry_no_sentence_dates_says_its_date_is_its_articles() -> None:
    """A date audit found 15 % of sampled entries dated by publication while their sentences told older news: the
    entry says its date is its article's, in the JSON, the text view and the exports."""
    undated = event("Dr Murray has pleaded not guilty to the charge.", "OTHER", "2025-07-24", source="publication")
    kyiv = stored(1, "kyivindependent.com", date(2025, 7, 18), (THREAT_KYIV,))
    rks = stored(2, "rks-news.com", date(2025, 7, 24), (undated,))
    timeline = build_timeline(STORY, [kyiv, rks])
    by_date = {e.date: e for e in timeline.entries}
    assert by_date["2025-07-24"].article_date and not by_date["2025-07-14"].article_date
    assert entry_json(by_date["2025-07-24"])["article_date"] is True
    text = render_timeline(timeline)
    assert "(article date) Dr Murray has pleaded" in text and "(article date) On July 14" not in text
    assert export_timeline(timeline, "csv").splitlines()[0].endswith(",article_date,source_urls")
    assert "(article date)" in export_timeline(timeline, "markdown")


def test_a_closed_window_leaves_out_longer_periods_it_cuts_through() -> None:
    """A user test: a one-day --since/--until window also returned entries dated "2010" and "week of ..."."""
    from dateline.link import filter_entries
    from dateline.records import SourceRef

    def entry(value: str, precision: str) -> TimelineEntry:
        source = SourceRef(1, "Wire", None, f"News of {value}.")
        return TimelineEntry(value, precision, f"news of {value}", "OTHER", (), (source,))  # type: ignore[arg-type]

    day, week, year = entry("2010-04-26", "day"), entry("2010-W17", "week"), entry("2010", "year")
    month, other_day = entry("2010-04", "month"), entry("2010-04-27", "day")
    timeline = Timeline(STORY, (day, week, year, month, other_day))
    one_day = filter_entries(timeline, date(2010, 4, 26), date(2010, 4, 26)).entries
    assert one_day == (day,)
    april = filter_entries(timeline, date(2010, 4, 1), date(2010, 4, 30)).entries
    assert april == (day, week, month, other_day)  # the week lies in April; the year passes beyond it
    since = filter_entries(timeline, date(2010, 4, 27), None).entries  # an open window keeps what overlaps
    assert since == (week, year, month, other_day)


def test_a_days_pick_is_the_entry_the_most_outlets_tell_then_the_most_articles() -> None:
    """A user test's H1N1 story: the day's pick was a two-outlet entry of ten articles merged loosely, not the three
    outlets' report of the first death outside Mexico (six articles)."""

    def entry(summary: str, tellers: list[tuple[int, str]], importance: float) -> TimelineEntry:
        sources = tuple(SourceRef(n, outlet, None, f"{summary} ({n})") for n, outlet in tellers)
        return TimelineEntry("2009-04-29", "day", summary, "OTHER", (), sources, importance=importance)

    blob = entry("Leaflets are to be sent", [(n, "bbc" if n < 8 else "reuters") for n in range(10)], 3.4)
    death = entry("A child died in Texas", [(20, "bbc"), (21, "bbc"), (22, "reuters"), (23, "guardian"),
                                            (24, "guardian"), (25, "reuters")], 5.0)
    one_outlet = entry("a further 32 people are undergoing tests", [(n, "bbc") for n in range(30, 37)], 3.2)
    timeline = Timeline(STORY, (blob, death, one_outlet))
    assert top_entries(timeline, 1).entries == (death,)
    # Among one outlet's entries the most articles still win (a one-outlet story's day: the entry 15 articles retell).
    single = replace(timeline, entries=(replace(death, sources=death.sources[:1]), one_outlet))
    assert top_entries(single, 1).entries == (one_outlet,)


def test_timeline_names_the_undated_articles_that_add_no_entries() -> None:
    """A user test's seven undated feed items were missing from their story's timeline without a word."""
    given = stored(1, "kyiv", date(2025, 7, 18), (THREAT_KYIV,))
    undated = stored(2, "rks", date(2025, 7, 23), ())
    undated = replace(undated, article=replace(undated.article, published=None))
    # An undated article whose text writes its dates out still adds entries: it is not named.
    telling = stored(3, "ap", date(2025, 7, 23), (ANNEXATION,))
    telling = replace(telling, article=replace(telling.article, published=None))
    timeline = build_timeline(STORY, [given, undated, telling])
    assert timeline.undated == (2,)
    note = "1 article(s) have no publication date and add no entries: 2; ingest them again with --published YYYY-MM-DD."
    assert note in " ".join(render_timeline(timeline).split())
    assert f"> {note}" in export_timeline(timeline, "markdown")
    assert build_timeline(STORY, [given, telling]).undated == ()
    assert "no publication date" not in render_timeline(build_timeline(STORY, [given, telling]))


def test_no_conflict_found_is_not_told_as_agreement() -> None:
    """A fact-checker read "The sources agree on everything" where the checks had paired nothing (a user test)."""
    told = render_conflicts(build_timeline(STORY, [stored(1, "kyiv", date(2025, 7, 18), (THREAT_KYIV,))]))
    assert "No disagreements found" in told and "no proof the sources agree" in told


def test_two_outlets_reports_dated_only_by_their_pages_need_more_in_common_than_an_actor() -> None:
    """A user test's BP top ten held "Obama are good responses to the Gulf disaster": an op-ed's line, a quote and a
    reader's comment of three outlets, one entry through "Obama" and a few words, each dated by its page alone."""
    oped = replace(event("Outrage and punishment are good responses to the Gulf disaster, Obama was told.", "OTHER",
                         "2010-06-04", actor=OBAMA, target=None, source="publication"), predicate="be")
    aside = replace(event("Obama was looking to expand offshore drilling before the disaster.",
                          "OTHER", "2010-06-04", actor=OBAMA, target=None, source="publication"), predicate="look")
    apart = build_timeline(STORY, [stored(1, "guardian", date(2010, 6, 4), (oped,)),
                                   stored(2, "foxnews", date(2010, 6, 4), (aside,))])
    assert len(apart.entries) == 2
    # Told in their own words on a day they name, the same two merge as before.
    named = [replace(e, date_source="expression") for e in (oped, aside)]
    together = build_timeline(STORY, [stored(1, "guardian", date(2010, 6, 4), (named[0],)),
                                      stored(2, "foxnews", date(2010, 6, 4), (named[1],))])
    assert len(together.entries) == 1


def test_a_summary_ending_on_its_verb_of_saying_heads_an_entry_only_when_nothing_says_more() -> None:
    """A user test's BP top ten read "Thad Allen noted" where another outlet's report said what he said."""
    noted = replace(event('"Anybody who has ever used a saw knows it will bind up," Adm. Thad Allen noted Wednesday.',
                          "STATEMENT", "2010-06-02", actor="thad allen", target=None),
                    predicate="note", summary="Thad Allen noted")
    said = replace(event('Thad Allen said on Wednesday: "Anybody that has ever used a saw knows it will bind up."',
                         "STATEMENT", "2010-06-02", actor="thad allen", target=None, source="sentence"),
                   predicate="say", summary="Thad Allen said: Anybody that has ever used a saw knows it will bind up")
    (entry,) = build_timeline(STORY, [stored(1, "washingtonpost", date(2010, 6, 3), (noted,)),
                                      stored(2, "guardian", date(2010, 6, 3), (said,))]).entries
    assert entry.summary == said.summary, entry.summary


def test_a_summary_that_says_what_was_warned_is_no_bare_verb_of_saying() -> None:
    """A review: "warned of war" was read as a summary ending on "warn" (its first three letters, "war"), and a
    vaguer report of another outlet headed the entry; so were "plans to close the plant", "expect higher exports"."""
    warned = replace(event("Putin warned on Monday of a wider war in Europe.", "STATEMENT", "2025-07-21",
                           actor="vladimir putin", target=None),
                     predicate="warn", summary="Putin warned of a wider war")
    spoke = replace(event("Putin spoke on Monday of a wider war in Europe and of sanctions.", "STATEMENT",
                          "2025-07-21", actor="vladimir putin", target=None),
                    predicate="speak", summary="Putin spoke on Monday")
    (entry,) = build_timeline(STORY, [stored(1, "kyiv", date(2025, 7, 21), (warned,)),
                                      stored(2, "rks", date(2025, 7, 21), (spoke,))]).entries
    assert entry.summary == warned.summary, entry.summary

