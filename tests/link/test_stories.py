"""Story grouping in a real SQLite store: joining, starting, quiet stories, and user corrections."""

from __future__ import annotations

from datetime import date

import pytest
from tests.link.conftest import add

from dateline.errors import DatelineError, NotFoundError
from dateline.link import get_story, list_stories, merge_stories, redate_in_story, rename_story, split_story
from dateline.link.grouping import (
    ArticleFeatures,
    StoryProfile,
    most_representative,
    profile_similarity,
    stories_alike,
)
from dateline.records import PublicationDate
from dateline.store import SqliteStore
from dateline.store import stories as sql

PUTIN = ("vladimir putin", "Vladimir Putin")
ERDOGAN = ("recep tayyip erdogan", "Recep Tayyip Erdogan")
ZELENSKY = ("volodymyr zelensky", "Volodymyr Zelensky")
MUSK = ("elon musk", "Elon Musk")

TALKS_1 = (
    "Erdogan and Putin discuss resuming Ukraine-Russia peace talks in Istanbul",
    "Turkish President Erdogan told Putin that a third round of peace talks between Ukraine and Russia "
    "in Istanbul is important. Turkey is ready to host the negotiations in Istanbul once both sides agree.",
)
TALKS_2 = (
    "Russia and Ukraine hold third round of peace talks in Istanbul",
    "The third round of peace negotiations between Russia and Ukraine took place in Istanbul. Turkish "
    "Foreign Minister Fidan urged both sides to end the war; the talks produced a prisoner exchange.",
)
TALKS_3 = (
    "Ukraine and Russia agree on new prisoner exchange at Istanbul talks",
    "Delegations from Ukraine and Russia meeting in Istanbul agreed on a prisoner exchange, the main "
    "result of the peace talks hosted by Turkey, while a ceasefire remains out of reach.",
)
ROCKET = (
    "SpaceX rocket explodes during test flight over Texas",
    "A SpaceX Starship rocket exploded minutes after launch from the Boca Chica site in Texas. Musk said "
    "engineers would study the telemetry of the failed flight before the next launch attempt.",
)
CHINA_TRIP = (
    "Putin arrives in Beijing for energy summit with Xi",
    "Putin landed in Beijing for an energy summit with Chinese leader Xi Jinping, where the two sides are "
    "expected to sign gas pipeline contracts and discuss oil exports to China.",
)


def test_related_articles_join_one_story_and_unrelated_start_another(store: SqliteStore) -> None:
    a = add(store, *TALKS_1, day=date(2025, 7, 18), outlet="kyivindependent.com", actors=[PUTIN, ERDOGAN])
    b = add(store, *TALKS_2, day=date(2025, 7, 24), outlet="rks-news.com", actors=[PUTIN, ZELENSKY])
    c = add(store, *ROCKET, day=date(2025, 7, 24), outlet="space.com", actors=[MUSK])
    stories = list_stories(store)
    assert len(stories) == 2
    talks = next(s for s in stories if a in s.article_ids)
    assert set(talks.article_ids) == {a, b}
    assert talks.outlets == ("kyivindependent.com", "rks-news.com")
    assert (talks.first_date, talks.last_date) == ("2025-07-18", "2025-07-24")
    assert "vladimir putin" in talks.actors
    assert c not in talks.article_ids


def test_quiet_story_does_not_swallow_later_news_about_same_actor(store: SqliteStore) -> None:
    talks = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    trip = add(store, *CHINA_TRIP, day=date(2025, 10, 2), actors=[PUTIN])
    assert store.get_article(talks).story_id != store.get_article(trip).story_id


def test_story_listing_is_by_latest_activity_and_unknown_story_raises(store: SqliteStore) -> None:
    add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    rocket = add(store, *ROCKET, day=date(2025, 8, 1), actors=[MUSK])
    assert list_stories(store)[0].article_ids == (rocket,)
    with pytest.raises(NotFoundError, match="story 999"):
        get_story(store, 999)


def test_rename_locks_the_title_against_later_ingests(store: SqliteStore) -> None:
    first = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    story_id = store.get_article(first).story_id
    assert story_id is not None
    assert get_story(store, story_id).title == TALKS_1[0]
    rename_story(store, story_id, "Istanbul peace talks")
    for title, text in (TALKS_2, TALKS_3):
        add(store, title, text, day=date(2025, 7, 24), actors=[PUTIN, ZELENSKY])
    story = get_story(store, story_id)
    assert story.title == "Istanbul peace talks"
    assert len(story.article_ids) == 3


def test_merged_story_stays_merged_and_old_id_resolves(store: SqliteStore) -> None:
    talks = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    rocket = add(store, *ROCKET, day=date(2025, 7, 19), actors=[MUSK])
    a, b = store.get_article(talks).story_id, store.get_article(rocket).story_id
    assert a is not None and b is not None and a != b
    merged = merge_stories(store, a, b)
    assert set(merged.article_ids) == {talks, rocket}
    assert get_story(store, b).id == a
    later = add(store, *TALKS_2, day=date(2025, 7, 24), actors=[PUTIN, ZELENSKY])
    assert store.get_article(later).story_id == a
    assert len(list_stories(store)) == 1
    # Merging them again, either way round, is an error saying they are one story already (a review: "merged").
    for first, second in ((b, a), (a, b)):
        with pytest.raises(DatelineError, match=f"already one story \\(story {a}\\)"):
            merge_stories(store, first, second)


def test_split_off_articles_take_their_near_neighbours(store: SqliteStore) -> None:
    talks = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    rocket = add(store, *ROCKET, day=date(2025, 7, 19), actors=[MUSK])
    a, b = store.get_article(talks).story_id, store.get_article(rocket).story_id
    assert a is not None and b is not None
    merge_stories(store, a, b)
    split = split_story(store, a, [rocket])
    assert split.article_ids == (rocket,)
    assert split.title == ROCKET[0]
    assert get_story(store, a).article_ids == (talks,)
    follow_up = add(
        store,
        "SpaceX plans another Starship rocket launch after explosion",
        "After the Starship rocket exploded over Texas, SpaceX said Musk's engineers found the failure "
        "and the next launch from Boca Chica could come within weeks.",
        day=date(2025, 7, 21),
        actors=[MUSK],
    )
    assert store.get_article(follow_up).story_id == split.id


def test_split_rejects_foreign_or_all_articles(store: SqliteStore) -> None:
    talks = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    story_id = store.get_article(talks).story_id
    assert story_id is not None
    with pytest.raises(NotFoundError, match="article 42"):
        split_story(store, story_id, [42])
    with pytest.raises(DatelineError, match="empty"):
        split_story(store, story_id, [talks])


def test_story_listing_pages_hold_the_right_stories_and_members(store: SqliteStore) -> None:
    talks = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    add(store, *TALKS_2, day=date(2025, 7, 19), actors=[PUTIN, ZELENSKY])
    trip = add(store, *CHINA_TRIP, day=date(2025, 10, 2), actors=[PUTIN])
    rocket = add(store, *ROCKET, day=date(2025, 11, 1), actors=[MUSK])
    everything = list_stories(store)
    assert len(everything) == 3
    pages = [list_stories(store, 1, offset) for offset in range(4)]
    assert [p[0].article_ids if p else () for p in pages] == [s.article_ids for s in everything] + [()]
    assert pages[0][0].article_ids == (rocket,) and pages[1][0].article_ids == (trip,)
    assert talks in pages[2][0].article_ids and len(pages[2][0].article_ids) == 2
    assert list_stories(store, 2, 1) == everything[1:]


def test_actors_are_counted_into_the_document_frequencies(store: SqliteStore) -> None:
    add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    add(store, *TALKS_2, day=date(2025, 7, 24), actors=[PUTIN, ZELENSKY])
    freqs = sql.doc_freqs(store, ["@vladimir putin", "@volodymyr zelensky", "istanbul"])
    assert freqs == {"@vladimir putin": 2, "@volodymyr zelensky": 1, "istanbul": 2}


def test_a_redated_article_moves_its_story_dates_but_not_its_story(store: SqliteStore) -> None:
    first = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    undated = add(store, *TALKS_2, actors=[PUTIN, ZELENSKY])
    rocket = add(store, *ROCKET, day=date(2025, 7, 20), actors=[MUSK])
    story_id = store.get_article(first).story_id
    assert story_id is not None and store.get_article(undated).story_id == story_id
    before = get_story(store, story_id)
    assert (before.first_date, before.last_date) == ("2025-07-18", "2025-07-18")
    given = PublicationDate(date(2025, 7, 24), date(2025, 7, 24), "given")
    with store.transaction():
        store.redate_article(undated, given, store.get_article(undated).analysis)
        redate_in_story(store, undated)
    after = get_story(store, story_id)
    assert (after.first_date, after.last_date) == ("2025-07-18", "2025-07-24")
    assert after.article_ids == before.article_ids and after.title == before.title
    assert sql.load_features(store, [undated])[0].day == date(2025, 7, 24)
    assert list_stories(store)[0].id == story_id  # now the latest activity, ahead of the rocket story
    assert get_story(store, store.get_article(rocket).story_id or 0).last_date == "2025-07-20"


def test_a_story_without_a_trusted_date_shows_its_guessed_days_marked(store: SqliteStore) -> None:
    guess = PublicationDate(date(2025, 7, 18), date(2025, 7, 25), "inferred", 0.05, "latest year named: 2022")
    later = PublicationDate(date(2025, 7, 23), date(2025, 7, 30), "inferred", 0.05, "latest year named: 2022")
    first = add(store, *TALKS_1, actors=[PUTIN, ERDOGAN], published=guess)
    add(store, *TALKS_2, actors=[PUTIN, ZELENSKY], published=later)
    story_id = store.get_article(first).story_id
    assert story_id is not None
    story = get_story(store, story_id)
    assert (story.first_date, story.last_date, story.dates_guessed) == ("2025-07-18", "2025-07-23", True)
    assert [s.dates_guessed for s in list_stories(store)] == [True]
    year = PublicationDate(date(2025, 1, 1), date(2025, 12, 31), "inferred", 0.1, "latest year named: 2025")
    vague = store.get_article(add(store, *ROCKET, actors=[MUSK], published=year)).story_id
    assert vague is not None
    shown = get_story(store, vague)  # "sometime in 2025" names no day: not shown as 1 January
    assert (shown.first_date, shown.last_date, shown.dates_guessed) == (None, None, False)


SLICK = (
    "Oil slick reaches Louisiana marshes",
    "Thick crude oil from the leaking well washed into the Louisiana marshes, where crews laid booms to protect "
    "pelicans and oyster beds from the spreading slick.",
)
DOME = (
    "Engineers lower containment dome over gushing well",
    "Engineers lowered a steel containment dome over the gushing undersea well, hoping to funnel the leaking "
    "crude to a drillship on the surface.",
)
DOME_AND_SLICK = (
    "Containment dome fails as slick reaches Louisiana marshes",
    "Engineers said the steel containment dome lowered over the gushing undersea well failed to funnel the leaking "
    "crude to the drillship on the surface, as the oil slick washed into the Louisiana marshes where crews laid "
    "booms to protect pelicans and oyster beds.",
)
BP = ("bp", "BP")
TRANSOCEAN = ("transocean", "Transocean")


def test_two_stories_running_at_once_that_grow_alike_become_one(store: SqliteStore) -> None:
    """A user test: 36 articles on the BP spill made 8 stories, two of them of 17 and 12 articles over the same
    weeks. The first reports of the slick and of the dome shared too few words to join; a report of both makes
    their stories one, under the older id."""
    slick = add(store, *SLICK, day=date(2010, 5, 6), actors=[BP])
    dome = add(store, *DOME, day=date(2010, 5, 7), actors=[TRANSOCEAN])
    first, second = store.get_article(slick).story_id, store.get_article(dome).story_id
    assert first is not None and second is not None and first != second
    both = add(store, *DOME_AND_SLICK, day=date(2010, 5, 8), actors=[BP, TRANSOCEAN])
    older = min(first, second)
    assert [store.get_article(a).story_id for a in (slick, dome, both)] == [older] * 3
    assert [s.id for s in list_stories(store)] == [older]
    assert sql.resolve_merged(store, max(first, second)) == older
    # Grouping's own merge: no user correction is logged.
    assert store.conn.execute("SELECT COUNT(*) FROM story_corrections").fetchone()[0] == 0


def test_stories_a_user_split_apart_are_not_joined_again(store: SqliteStore) -> None:
    slick = add(store, *SLICK, day=date(2010, 5, 6), actors=[BP])
    add(store, *DOME, day=date(2010, 5, 7), actors=[TRANSOCEAN])
    both = add(store, *DOME_AND_SLICK, day=date(2010, 5, 8), actors=[BP, TRANSOCEAN])
    story_id = store.get_article(slick).story_id
    assert story_id is not None
    split_off = split_story(store, story_id, [both]).id
    again = add(
        store, "Dome fails again, slick spreads", DOME_AND_SLICK[1] + " BP said so.", day=date(2010, 5, 9), actors=[BP]
    )
    assert store.get_article(again).story_id is not None
    assert {store.get_article(slick).story_id, store.get_article(both).story_id} == {story_id, split_off}


def test_stories_apart_in_time_are_not_joined_by_likeness(store: SqliteStore) -> None:
    earlier = add(store, *SLICK, day=date(2010, 5, 6), actors=[BP])
    later = add(store, *DOME, day=date(2010, 8, 20), actors=[TRANSOCEAN])
    add(store, *DOME_AND_SLICK, day=date(2010, 5, 8), actors=[BP, TRANSOCEAN])
    assert store.get_article(later).story_id != store.get_article(earlier).story_id


def test_an_undated_story_is_never_a_twin() -> None:
    """Alike stories are one only when both are dated and run at the same time: without a date, nothing says so."""
    terms, actors = {"slick": 0.8, "dome": 0.6}, {"bp": 1.0}
    dated = StoryProfile(1, terms, actors, date(2010, 5, 6), date(2010, 5, 8), 2)
    undated = StoryProfile(2, terms, actors, None, None, 1)
    concurrent = StoryProfile(3, terms, actors, date(2010, 5, 7), date(2010, 5, 7), 1)
    assert profile_similarity(dated, undated) > 0.99
    assert not stories_alike(dated, undated) and stories_alike(dated, concurrent)


def test_a_users_three_way_split_is_not_folded_back(store: SqliteStore) -> None:
    """A review: after a user split one story into three, the next article folded two of them back together."""
    slick = add(store, *SLICK, day=date(2010, 5, 6), actors=[BP])
    dome = add(store, *DOME, day=date(2010, 5, 7), actors=[TRANSOCEAN])
    both = add(store, *DOME_AND_SLICK, day=date(2010, 5, 8), actors=[BP, TRANSOCEAN])
    story_id = store.get_article(slick).story_id
    assert story_id is not None
    split_story(store, story_id, [dome])
    split_story(store, story_id, [both])
    parts = {store.get_article(a).story_id for a in (slick, dome, both)}
    assert len(parts) == 3
    add(store, "Engineers try new dome over gushing well", DOME[1] + " The slick spread.", day=date(2010, 5, 9),
        actors=[TRANSOCEAN, BP])  # fmt: skip
    assert {store.get_article(a).story_id for a in (slick, dome, both)} == parts


def test_two_stories_the_user_titled_are_not_merged_on_their_own(store: SqliteStore) -> None:
    """A review: a user's title was lost when grouping merged two stories the user had both renamed."""
    slick = add(store, *SLICK, day=date(2010, 5, 6), actors=[BP])
    dome = add(store, *DOME, day=date(2010, 5, 7), actors=[TRANSOCEAN])
    first, second = store.get_article(slick).story_id, store.get_article(dome).story_id
    assert first is not None and second is not None
    rename_story(store, first, "Slick (my title)")
    rename_story(store, second, "Dome (my title)")
    add(store, *DOME_AND_SLICK, day=date(2010, 5, 8), actors=[BP, TRANSOCEAN])
    assert {s.title for s in list_stories(store)} == {"Slick (my title)", "Dome (my title)"}


def test_a_title_given_with_line_breaks_is_one_line(store: SqliteStore) -> None:
    story_id = store.get_article(add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])).story_id
    assert story_id is not None
    renamed = rename_story(store, story_id, "Talks in  Istanbul\nsecond line\t é")
    assert renamed.title == "Talks in Istanbul second line é"
    with pytest.raises(DatelineError):
        rename_story(store, story_id, " \n\t ")


def test_a_question_headline_titles_a_story_only_when_no_statement_can() -> None:
    """A user test's Haiti story was retitled "What happened in the Haiti quake?" when that article, closest to the
    story's words, was re-dated."""
    terms = {"istanbul": 1.0, "talks": 1.0, "ukraine": 1.0}
    asked = ArticleFeatures(1, "What happened at the Istanbul talks?", dict(terms), {})
    told = ArticleFeatures(2, "Ukraine and Russia meet in Istanbul", {"istanbul": 1.0, "talks": 0.2}, {})
    profile = StoryProfile(9, terms, {}, None, None, 2)
    assert most_representative(profile, [asked, told]) == 2
    assert most_representative(profile, [asked]) == 1


def test_a_new_article_with_a_question_headline_does_not_retitle_the_story(store: SqliteStore) -> None:
    first = add(store, *TALKS_1, day=date(2025, 7, 18), actors=[PUTIN, ERDOGAN])
    asked = add(store, "What next for the Istanbul peace talks between Ukraine and Russia?", TALKS_2[1] + " " +
                TALKS_1[1], day=date(2025, 7, 19), actors=[PUTIN, ERDOGAN])
    story = get_story(store, store.get_article(first).story_id or 0)
    assert asked in story.article_ids and story.title == TALKS_1[0]


def test_a_story_with_no_date_is_listed_by_the_day_it_last_changed(store: SqliteStore) -> None:
    """A user test pasted undated text into a store of 2010 coverage: its new story was listed below every dated one,
    out of sight."""
    old = add(store, *ROCKET, day=date(2010, 6, 8), actors=[MUSK])
    undated = add(store, *TALKS_1, actors=[PUTIN, ERDOGAN])
    listed = [story.id for story in list_stories(store)]
    assert listed == [store.get_article(undated).story_id, store.get_article(old).story_id]
