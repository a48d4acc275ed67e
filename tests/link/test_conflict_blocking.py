"""Blocking in conflict finding and event merging: only near pairs are compared, and nothing is lost.

Conflicts and same-event groups are checked against the plain all-pairs rules, among many unrelated
reports, so a blocking key that dropped a pair which should conflict (or merge) fails here.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations, pairwise

import pytest

from dateline.link.conflicts import (
    _assertion_conflict,
    _date_conflict,
    _number_conflict,
    _spaced,
    _unique,
    candidate_pairs,
    find_conflicts,
)
from dateline.link.events import (
    Report,
    _precision_key,
    collect_reports,
    dates_compatible,
    group_reports,
    same_happening,
)
from dateline.records import (
    Analysis,
    Article,
    Conflict,
    Event,
    Mention,
    Modality,
    PublicationDate,
    Sentence,
    StoredArticle,
)

ACTORS = ["vladimir putin", "volodymyr zelensky", "recep tayyip erdogan", "russia", "ukraine", None]
KINDS = ["MEET", "AGREE", "THREATEN", "OTHER"]
WORDS = ["talks", "ceasefire", "istanbul", "geneva", "prisoner", "exchange", "grain", "tariffs", "deadline",
         "summit", "round", "third", "troops", "border", "drones"]
MODALITIES: list[Modality] = ["happened", "happened", "happened", "happened", "happened", "negated", "negated",
                              "hypothetical", "proposed", "reported"]
START = date(2025, 6, 1)


def make_event(sentence: str, kind: str, when: str | None, actor: str | None, target: str | None,
               modality: Modality = "happened", numbers: tuple[tuple[str, str], ...] = (),
               sentence_index: int = 0) -> Event:
    """An analysed event as the analysis stage would emit it, dated by an explicit expression."""
    return Event(sentence_index, 0, len(sentence), sentence, kind.lower(), kind, when, "day", "expression",
                 actor, target, modality=modality, numbers=numbers, summary=sentence[:40])


def make_article(article_id: int, events: tuple[Event, ...], mentions: tuple[Mention, ...] = (),
                 text: str = "") -> StoredArticle:
    """A stored article of its own outlet holding the given events and mentions."""
    article = Article(
        origin=f"outlet{article_id}", title="report", text=text, raw=text, raw_kind="text",
        url=f"https://outlet{article_id}.example/a", outlet=f"Outlet {article_id}",
        published=PublicationDate(START, START, "given"), language="en",
    )
    sentences = (Sentence(0, 0, len(text), text),) if text else ()
    return StoredArticle(article_id, article, Analysis(sentences=sentences, events=events, mentions=mentions),
                         f"hash{article_id}")


def unrelated_articles(count: int, seed: int = 3) -> list[StoredArticle]:
    """Articles of filler events: other kinds, actors, weeks and words than the conflicting ones."""
    rng = random.Random(seed)
    articles = []
    for article_id in range(100, 100 + count):
        events = []
        for index in range(3):
            day = START + timedelta(days=rng.randrange(40))
            words = " ".join(rng.sample(WORDS, 5))
            events.append(make_event(f"Officials discussed {words}.", rng.choice(KINDS[:3]), day.isoformat(),
                                     rng.choice(ACTORS[:3]), rng.choice(ACTORS[3:5]), sentence_index=index))
        articles.append(make_article(article_id, tuple(events)))
    return articles


def all_pairs_conflicts(reports: list[Report]) -> list[Conflict]:
    """The report conflicts found by comparing every pair, as before blocking."""
    found = []
    for a, b in combinations(reports, 2):
        if a.article_id != b.article_id and _spaced(a.event.sentence) != _spaced(b.event.sentence):
            conflict = _date_conflict(a, b) or _assertion_conflict(a, b) or _number_conflict(a, b)
            if conflict:
                found.append(conflict)
    return _unique(found)


def all_pairs_groups(reports: list[Report]) -> list[list[Report]]:
    """Same-event groups by the definition, trying every group and every member: a report joins the first
    group whose dates all fit and whose first report or at least half of whose members it is one happening
    with, or which holds a clause of its sentence."""
    ordered = sorted(reports, key=_precision_key)
    groups: list[list[Report]] = []
    for report in ordered:
        if report.event.modality == "negated":
            continue
        for group in groups:
            clause = any((m.article_id, m.event.sentence_index) == (report.article_id, report.event.sentence_index)
                         for m in group)
            matched = sum(same_happening(report, m) for m in group)
            belongs = same_happening(report, group[0]) or matched >= max(1, math.ceil(len(group) / 2))
            if all(dates_compatible(report, m) for m in group) and (clause or belongs):
                group.append(report)
                break
        else:
            groups.append([report])
    return groups


def test_number_date_and_denial_conflicts_are_found_among_many_unrelated_reports() -> None:
    truce = "Russia agreed to a {} truce in the Black Sea, the Kremlin said on March {}."
    special = [
        make_article(1, (make_event(truce.format("30-day", 18), "AGREE", "2025-03-18", "russia", "ukraine",
                                    numbers=(("truce days", "30"),)),)),
        make_article(2, (make_event(truce.format("3-day", 18), "AGREE", "2025-03-18", "russia", "ukraine",
                                    numbers=(("truce days", "3"),)),)),
        make_article(3, (make_event(truce.format("30-day", 11), "AGREE", "2025-03-11", "russia", "ukraine",
                                    numbers=(("truce days", "30"),)),)),
        make_article(4, (make_event("Russia never agreed to a truce in the Black Sea, the Kremlin said on March 18.",
                                    "AGREE", "2025-03-18", "russia", "ukraine", modality="negated"),)),
        # No actor found: it may disagree with a report of any actors.
        make_article(5, (make_event(truce.format("30-day", 25), "AGREE", "2025-03-25", None, None,
                                    numbers=(("truce days", "30"),)),)),
    ]
    articles = unrelated_articles(150)[:75] + special + unrelated_articles(150)[75:]
    reports = collect_reports(articles)
    found = find_conflicts(reports, articles)
    by_kind = {(c.kind, frozenset(s.article_id for s in c.sources)) for c in found}
    assert ("number", frozenset({1, 2})) in by_kind
    assert ("date", frozenset({2, 3})) in by_kind or ("date", frozenset({1, 3})) in by_kind
    assert ("assertion", frozenset({1, 4})) in by_kind
    assert ("date", frozenset({1, 5})) in by_kind
    assert found == all_pairs_conflicts(reports)
    # Blocking compares far fewer pairs than the plain all-pairs loop.
    assert len(candidate_pairs(reports)) < len(reports) * (len(reports) - 1) // 20


def test_role_conflict_is_found_among_many_uses_of_the_same_role() -> None:
    def mention(article_id: int, role: str) -> StoredArticle:
        text = f"{role} Vladimir Putin spoke."
        return make_article(article_id, (), (Mention(0, len(text) - 7, text[:-7], "vladimir putin", "PERSON", role),),
                            text=text)

    articles = [mention(i, "Russian President") for i in range(1, 301)]
    articles.append(mention(301, "former Russian President"))
    articles.append(mention(302, "deposed Russian President"))
    found = find_conflicts([], articles)
    assert [(c.kind, tuple(s.article_id for s in c.sources)) for c in found] == [
        ("attribute", (1, 301)), ("attribute", (1, 302)), ("attribute", (301, 302)),
    ]
    assert "former Russian President" in found[0].description


def random_story(seed: int) -> list[StoredArticle]:
    """A small story mixing every date precision, missing actors, modalities, numbers and clauses."""
    rng = random.Random(seed)
    articles = []
    printed: list[str] = []  # sentences already written: wire copy prints them again in other articles
    for article_id in range(1, rng.randrange(3, 30)):
        events = []
        for _ in range(rng.randrange(0, 6)):
            numbers = ((rng.choice(["killed", "truce days"]), rng.choice(["50", "60", "1,000", "1000"])),)
            words = " ".join(rng.sample(WORDS, rng.randrange(2, 6)))
            day = START + timedelta(days=rng.randrange(50))
            when = rng.choice([day.isoformat(), day.isoformat(), f"{day:%Y-%m}", f"2025-W{day.isocalendar()[1]:02d}",
                               "2025", None])
            sentence = f"{words} {numbers[0][1]}"
            if printed and rng.random() < 0.15:
                sentence = rng.choice(printed)
            elif rng.random() < 0.08:
                sentence = "It was so."  # no content word at all
            printed.append(sentence)
            event = make_event(sentence, rng.choice(KINDS), when, rng.choice(ACTORS),
                               rng.choice(ACTORS), rng.choice(MODALITIES), numbers if rng.random() < 0.4 else (),
                               sentence_index=rng.randrange(3))
            events.append(event)
        articles.append(make_article(article_id, tuple(events)))
    return articles


def test_blocked_conflicts_and_groups_equal_the_all_pairs_rules_on_random_stories() -> None:
    for seed in range(120):
        articles = random_story(seed)
        reports = collect_reports(articles)
        assert find_conflicts(reports, []) == all_pairs_conflicts(reports), seed
        assert group_reports(reports) == all_pairs_groups(reports), seed


def test_reports_worded_alike_only_link_by_link_do_not_chain_into_one_happening() -> None:
    # Each sentence shares two words with the next and none with the one after: a chain, not one happening.
    chain = ["grain summit prisoner exchange talks", "prisoner exchange ceasefire monitors deployed",
             "ceasefire monitors drone attacks reported", "drone attacks border troops moved",
             "border troops tariffs deadline set"]
    reports = collect_reports([
        make_article(number, (make_event(text, "OTHER", "2025-06-02", "russia", "ukraine"),))
        for number, text in enumerate(chain, start=1)
    ])
    groups = group_reports(reports)
    assert [[r.article_id for r in group] for group in groups] == [[1, 2, 3], [4, 5]]
    # Under the rule before December 2026 (any one member) all five were one entry.
    assert all(same_happening(a, b) for a, b in pairwise(reports))


def test_a_sentence_printed_by_many_articles_is_matched_once_per_group_not_once_per_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dateline.link.events as events

    # The first report, a bridge worded like it, then copies of a sentence worded like the bridge only.
    chain = ["grain summit prisoner exchange talks", "prisoner exchange ceasefire monitors deployed",
             "ceasefire monitors drone attacks reported"]
    copies = 2000
    reports = collect_reports([
        make_article(number, (make_event(chain[min(number - 1, 2)], "OTHER", "2025-06-02", "russia", "ukraine"),))
        for number in range(1, copies + 3)
    ])
    calls = 0
    real = events.same_happening

    def counted(a: Report, b: Report) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(events, "same_happening", counted)
    assert [len(group) for group in group_reports(reports)] == [copies + 2]
    # Each copy is compared with the group's first report and once with each kin of members alike (one wording,
    # kind, actors, numbers, dates), not with half the group's members (2,000 copies: a million comparisons).
    assert calls <= 4 * copies


def test_an_entry_whose_best_summary_is_still_weak_is_headed_by_its_sentences_opening() -> None:
    from dateline.link.events import entry_for

    sentence = ("He went on to achieve global fame as a solo artist with smash hits such as Billie Jean and Bad, "
                "and sold more records than anyone of his time.")
    event = replace(make_event(sentence, "OTHER", "2009-06-27", None, None), summary="He went on")
    entry = entry_for(collect_reports([make_article(1, (event,))]))
    assert entry.summary.startswith("He went on to achieve global fame") and entry.summary.endswith("…")
    fronted = replace(make_event("Surrounded by his family at the home where he had lived since 2008, he died on "
                                 "Thursday.", "OTHER", "2009-06-25", None, None), summary="he died on Thursday")
    assert entry_for(collect_reports([make_article(1, (fronted,))])).summary == "he died on Thursday"  # a review
    strong = replace(event, summary="Jackson achieved global fame as a solo artist")
    assert entry_for(collect_reports([make_article(1, (strong,))])).summary == strong.summary
