"""A site's boilerplate paragraph (the same "About the company" under each press release) is no story's news: it
neither joins unrelated articles of the outlet into one story nor gives their timelines entries. A user test of
181 web pages had joined one company's releases ten months apart into a story whose top entries were mostly
that paragraph."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.link.conftest import add, ingest_records

from dateline.analyze import Analyzer
from dateline.link import get_story, story_digest, story_timeline
from dateline.link.site_paragraphs import MIN_WORDS, blanked, paragraph_digests
from dateline.store import SqliteStore
from dateline.web.data import build_story_view

ABOUT = (
    "About Ascom: Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions. "
    "The vision of Ascom is to close digital information gaps, allowing for the best possible decisions anytime "
    "and anywhere. Ascom was founded in 1955 in Bern, employs about 1,300 people in 18 countries and is listed "
    "on the SIX Swiss Exchange in Zurich."
)
NURSE_CALL = (
    "Ascom wins nurse call contract with Karolinska hospital",
    "The Karolinska University Hospital in Stockholm has chosen Ascom to install a nurse call system in its new "
    "children's wing on March 3. The hospital said the wireless handsets will let nurses answer patient alarms "
    "from anywhere on the ward. Karolinska board chairman Lars Eriksson signed the contract in Stockholm on "
    "March 3.",
)
RESULTS = (
    "Ascom reports lower first-half revenue after telecom spin-off",
    "Ascom reported on August 20 that revenue fell 7 percent in the first half after the sale of its network "
    "testing unit to Infovista. Chief executive Holger Cordes said order intake in Germany and the Netherlands "
    "had recovered in June. The shares fell 4 percent in Zurich trading on August 20.",
)


def _release(title: str, text: str, day: str, about: bool = True) -> dict[str, str]:
    body = f"{text}\n\n{ABOUT}" if about else text
    return {"title": title, "text": body, "outlet": "Ascom", "published": day, "url": f"https://ascom.com/{day}"}


def _ingest(store: SqliteStore, analyzer: Analyzer, tmp_path: Path, records: list[dict[str, str]]) -> list[int]:
    return ingest_records(store, analyzer, tmp_path, records)


def test_paragraph_digests_ignore_typography_and_skip_short_lines() -> None:
    text = "Share this post\nThe minister said on Monday that the talks would resume in Geneva next week.\n"
    again = "THE MINISTER SAID, ON MONDAY, THAT THE TALKS WOULD RESUME IN GENEVA NEXT WEEK!"
    (start, end, digest), = paragraph_digests(text)
    assert text[start:end].startswith("The minister") and text[end] == "\n"
    assert paragraph_digests(again)[0][2] == digest
    assert paragraph_digests(" ".join(["word"] * (MIN_WORDS - 1))) == []
    assert blanked("abcdef", [(1, 3), (2, 4)]) == "a   ef"


def test_unrelated_releases_of_one_site_stay_apart_and_give_no_boilerplate_entries(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    first, second = _ingest(store, analyzer, tmp_path, [
        _release(*NURSE_CALL, "2019-03-04"), _release(*RESULTS, "2019-08-21"),
    ])  # fmt: skip
    repeated = store.repeated_paragraphs([first, second])
    assert [(p.earlier, p.other_story) for p in repeated[first]] == [(False, True)]
    assert [(p.earlier, p.other_story) for p in repeated[second]] == [(True, True)]
    text = store.get_article(second).article.text
    assert text[repeated[second][0].start:repeated[second][0].end] == ABOUT
    stories = {store.get_article(i).story_id for i in (first, second)}
    assert len(stories) == 2
    for story_id in stories:
        assert story_id is not None
        timeline = story_timeline(store, story_id)
        cited = [s.sentence for entry in timeline.entries for s in entry.sources]
        assert cited, "the release's own news gives entries"
        assert not any("1955" in sentence or "SIX Swiss" in sentence for sentence in cited)
        digest = story_digest(store, story_id)
        assert not any("1955" in s.sentence for day in digest.days for s in day.sources)
        members = store.articles(list(get_story(store, story_id).article_ids), copies=True, repeated=True)
        view = build_story_view(get_story(store, story_id), members, [], timeline)
        assert view.actors and not any(row.name in ("Bern", "SIX Swiss Exchange") for row in view.actors)
    every = store.articles([first, second])  # read without the index: the boilerplate's actors are there
    assert any(m.text == "Bern" for a in every for m in a.analysis.mentions)


def test_the_same_paragraph_under_two_outlets_is_no_boilerplate(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    other = {**_release(*RESULTS, "2019-08-21"), "outlet": "SwissInfo", "url": "https://swissinfo.ch/a"}
    first, second = _ingest(store, analyzer, tmp_path, [_release(*NURSE_CALL, "2019-03-04"), other])
    assert store.repeated_paragraphs([first, second]) == {}
    # Without the index the shared paragraph weighs like news: the two releases make one story.
    assert store.get_article(first).story_id == store.get_article(second).story_id
    timeline = story_timeline(store, store.get_article(first).story_id or 0)
    assert any("1955" in s.sentence for entry in timeline.entries for s in entry.sources)


def test_a_paragraph_repeated_within_one_story_keeps_its_entries(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    background = (
        "The Karolinska University Hospital signed the nurse call contract with Ascom on March 3 after a "
        "tender that drew five bidders."
    )
    update = (
        "Ascom begins nurse call installation at Karolinska hospital",
        "Ascom engineers began installing the nurse call system in the children's wing of the Karolinska "
        "University Hospital in Stockholm on March 10. The hospital said the handsets would be in use by May.",
    )
    first, second = _ingest(store, analyzer, tmp_path, [
        {**_release(*NURSE_CALL, "2019-03-04", about=False), "text": f"{NURSE_CALL[1]}\n\n{background}"},
        {**_release(*update, "2019-03-11", about=False), "text": f"{update[1]}\n\n{background}"},
    ])  # fmt: skip
    assert store.get_article(first).story_id == store.get_article(second).story_id
    assert [(p.earlier, p.other_story) for p in store.repeated_paragraphs([second])[second]] == [(True, False)]
    timeline = story_timeline(store, store.get_article(first).story_id or 0)
    assert any("five bidders" in s.sentence for entry in timeline.entries for s in entry.sources)


def test_a_saved_timeline_is_built_again_when_another_story_starts_sharing_a_paragraph(store: SqliteStore) -> None:
    about = "Example Corp makes industrial pumps and valves and employs about 4,000 people in 12 countries."
    first = add(store, "Pump maker opens a plant in Ohio", f"The plant opened on Monday.\n\n{about}",
                date(2024, 5, 6), outlet="example.com")
    story = store.get_article(first).story_id or 0
    before = story_timeline(store, story)
    from dateline.store.timeline_cache import timeline_version

    version = timeline_version(store, get_story(store, story))
    add(store, "Valve recall ordered in Texas", f"Regulators ordered a recall of valves.\n\n{about}",
        date(2025, 9, 1), outlet="example.com")
    assert store.get_article(first).story_id == story
    assert timeline_version(store, get_story(store, story)) != version
    assert story_timeline(store, story).story == before.story


def test_renaming_the_outlet_moves_the_articles_paragraphs(store: SqliteStore) -> None:
    about = "Example Corp makes industrial pumps and valves and employs about 4,000 people in 12 countries."
    first = add(store, "Pump maker opens a plant", f"It opened on Monday.\n\n{about}", date(2024, 5, 6),
                outlet="a.example")
    second = add(store, "Valve recall in Texas", f"Regulators ordered a recall.\n\n{about}", date(2025, 9, 1),
                 outlet="b.example")
    assert store.repeated_paragraphs([first, second]) == {}
    with store.transaction():
        store.set_outlet(second, "a.example")
    assert [p.earlier for p in store.repeated_paragraphs([second])[second]] == [True]


def test_the_articles_stored_before_the_index_are_indexed_once(store: SqliteStore) -> None:
    about = "Example Corp makes industrial pumps and valves and employs about 4,000 people in 12 countries."
    first = add(store, "Pump maker opens a plant", f"It opened on Monday.\n\n{about}", date(2024, 5, 6))
    second = add(store, "Valve recall in Texas", f"Regulators ordered a recall.\n\n{about}", date(2025, 9, 1))
    with store.transaction():  # what migration 007 leaves in a store that holds articles
        store.conn.execute("DELETE FROM outlet_paragraphs")
        store.conn.execute("INSERT INTO store_tasks (name) VALUES ('index outlet paragraphs')")
    assert store.repeated_paragraphs([first, second]) == {}
    store._finish_tasks()  # as opening the store does
    assert [p.earlier for p in store.repeated_paragraphs([first, second])[second]] == [True]
    assert store.conn.execute("SELECT count(*) FROM store_tasks").fetchone()[0] == 0


@pytest.mark.parametrize("outlet", [None])
def test_an_article_without_an_outlet_is_not_indexed(store: SqliteStore, outlet: None) -> None:
    from dateline.link.duplicates import content_hash, fingerprint
    from dateline.records import Analysis, Article

    text = "The minister said on Monday that the talks would resume in Geneva next week."
    article = Article(origin="stdin", title="Talks", text=text, raw=text, raw_kind="text", outlet=outlet,
                      language="en")
    with store.transaction():
        article_id = store.add_article(article, Analysis(), content_hash(text), fingerprint(text))
    assert store.conn.execute("SELECT count(*) FROM outlet_paragraphs WHERE article_id = ?",
                              (article_id,)).fetchone()[0] == 0
