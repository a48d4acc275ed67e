"""Pure grouping decisions: which publication days to trust, time decay, and the choice of story."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from dateline.link.grouping import (
    ArticleFeatures,
    StoryProfile,
    actor_pairs,
    actor_similarity,
    article_counts,
    article_features,
    choose_story,
    grouping_day,
    lead_text,
    new_profile,
    recency_factor,
    story_similarity,
)
from dateline.records import Actor, Analysis, Article, Mention, PublicationDate, Sentence, StoredArticle


def _stored(title: str, text: str, analysis: Analysis | None = None) -> StoredArticle:
    article = Article(origin="test", title=title, text=text, raw=text, raw_kind="text", language="en")
    return StoredArticle(id=1, article=article, analysis=analysis or Analysis(), content_hash="h")


def test_only_given_or_confident_narrow_dates_are_trusted() -> None:
    day = date(2013, 5, 3)
    assert grouping_day(PublicationDate(day, day, "metadata")) == day
    assert grouping_day(PublicationDate(day, date(2013, 5, 10), "inferred", 0.8)) == day
    assert grouping_day(PublicationDate(day, date(2013, 12, 31), "inferred", 0.8)) is None
    assert grouping_day(PublicationDate(day, day, "inferred", 0.3)) is None
    assert grouping_day(None) is None


def test_recency_factor_is_flat_while_active_then_falls() -> None:
    assert recency_factor(0) == recency_factor(7) == 1.0
    assert recency_factor(21) < 1.0
    assert recency_factor(60) < recency_factor(21)


def test_choose_story_takes_the_closest_story_or_none() -> None:
    article = ArticleFeatures(1, "Rocket explodes", {"rocket": 0.8, "explode": 0.6}, {"elon musk": 1.0},
                              day=date(2025, 7, 20))
    rockets = StoryProfile(7, {"rocket": 2.0, "launch": 1.0}, {"elon musk": 2.0}, date(2025, 7, 18),
                           date(2025, 7, 19), 2)
    talks = StoryProfile(8, {"talk": 2.0, "istanbul": 1.5}, {"vladimir putin": 2.0}, date(2025, 7, 18),
                         date(2025, 7, 19), 2)
    assert choose_story(article, [talks, rockets]) == 7
    assert choose_story(article, [talks]) is None


def test_an_active_story_needs_less_similarity_than_a_quiet_or_undated_one() -> None:
    """Long reports of one developing story share few rare words; being published while it runs counts too."""
    terms = {"oil": 0.6, "slick": 0.5, "marsh": 0.62}
    article = ArticleFeatures(1, "Oil reaches coast", terms, {}, day=date(2010, 4, 30))
    story = StoryProfile(5, {"oil": 0.6, "rig": 2.0, "blast": 2.0}, {}, date(2010, 4, 21), date(2010, 4, 28), 4)
    score = story_similarity(article, story)
    assert 0.10 <= score < 0.18
    assert choose_story(article, [story]) == 5  # published two days after the story's last report
    assert choose_story(replace(article, day=date(2010, 6, 30)), [story]) is None  # two months on
    assert choose_story(replace(article, day=None), [story]) is None  # undated: no evidence of time
    quiet = replace(story, first_day=None, last_day=None)
    assert choose_story(article, [quiet]) is None


def test_a_quiet_story_is_joined_on_its_words_not_on_its_actors_alone() -> None:
    article = ArticleFeatures(1, "Rocket explodes", {"rocket": 0.8, "explode": 0.6}, {"elon musk": 1.0},
                              day=date(2025, 7, 20))
    same_actor = StoryProfile(9, {"tesla": 2.0, "earning": 1.0}, {"elon musk": 2.0}, date(2025, 7, 18),
                              date(2025, 7, 19), 2)
    assert choose_story(article, [same_actor]) == 9  # while the story is active, the shared actor is enough
    quiet = StoryProfile(9, same_actor.terms, same_actor.actors, date(2024, 1, 1), date(2024, 1, 2), 2)
    assert choose_story(article, [quiet]) is None  # months later, the same name alone is not
    follow_up = StoryProfile(10, {"rocket": 2.0, "explode": 1.0}, {"elon musk": 2.0}, date(2024, 1, 1),
                             date(2024, 1, 2), 2)
    assert choose_story(article, [follow_up]) == 10  # the same words are: a follow-up of the old story


def test_the_lead_is_the_first_sentences_after_the_headline() -> None:
    title = "Navy foils pirate attack"
    text = f"{title}\n\nINS Sukanya repelled five boats.\n\nThe navy seized arms.\n\nPiracy has a long history."
    # Without analysed sentences the paragraphs stand in for them; the repeated headline is skipped.
    assert lead_text(_stored(title, text)) == "INS Sukanya repelled five boats.\nThe navy seized arms."
    sentences = (Sentence(0, 0, 24, title), Sentence(1, 26, 58, "INS Sukanya repelled five boats."),
                 Sentence(2, 60, 81, "The navy seized arms."))
    assert lead_text(_stored(title, text, Analysis(sentences=sentences))).startswith("INS Sukanya")


def test_lead_words_count_more_than_the_same_words_deeper_in() -> None:
    text = "Intro.\n\nSukanya sailed.\n\nSecond line.\n\nLater, the Mysore had sailed too."
    counts = article_counts(_stored("Headline", text)).terms
    assert counts["sukanya"] == 2  # once in the text, once more for the lead
    assert counts["mysore"] == 1


def test_an_actor_every_article_names_weighs_less_than_a_rare_one() -> None:
    navy, ship = ("indian navy", "Indian Navy"), ("ins sukanya", "INS Sukanya")
    analysis = Analysis(
        actors=tuple(Actor(key=k, name=n, kind="ORG") for k, n in (navy, ship)),
        mentions=tuple(Mention(0, 1, n, k, "ORG") for k, n in (navy, ship)),
    )
    stored = _stored("Navy foils attack", "INS Sukanya and the Indian Navy.", analysis)
    counts = article_counts(stored)
    assert set(counts.frequency_keys()) >= {"@indian navy", "@ins sukanya", "sukanya"}
    features = article_features(stored, counts, {"@indian navy": 90, "@ins sukanya": 2}, 100)
    assert features.actors["ins sukanya"] > 2 * features.actors["indian navy"]
    even = article_features(stored, counts, {}, 100)
    assert even.actors["ins sukanya"] == even.actors["indian navy"]


def _fight(opponent: str, text: str) -> StoredArticle:
    """Two sentences: the champion with ``opponent``, then the champion alone."""
    first = text.index(".") + 1
    champion, rival = ("wladimir klitschko", "Klitschko"), (opponent.casefold(), opponent)
    mentions = (
        Mention(text.index("Klitschko"), text.index("Klitschko") + 9, "Klitschko", *champion[:1], "PERSON"),
        Mention(text.index(opponent), text.index(opponent) + len(opponent), opponent, rival[0], "PERSON"),
        Mention(text.rindex("Klitschko"), text.rindex("Klitschko") + 9, "Klitschko", champion[0], "PERSON"),
    )
    sentences = (Sentence(0, 0, first, text[:first]), Sentence(1, first + 1, len(text), text[first + 1 :]))
    actors = (Actor(champion[0], "Klitschko", "PERSON"), Actor(rival[0], opponent, "PERSON"))
    return _stored("Title", text, Analysis(sentences=sentences, actors=actors, mentions=mentions))


def test_actor_pairs_are_counted_per_sentence() -> None:
    stored = _fight("Rahman", "Klitschko stopped Rahman. Klitschko kept his belts.")
    assert actor_pairs(stored) == {"rahman|wladimir klitschko": 1}  # the second sentence names one actor
    assert "@rahman|wladimir klitschko" in article_counts(stored).frequency_keys()


def test_a_shared_pair_of_actors_matches_better_than_the_shared_champion_alone() -> None:
    story = new_profile(1, _features(_fight("Rahman", "Klitschko stopped Rahman. Klitschko won.")))
    same = _features(_fight("Rahman", "Klitschko beat Rahman in Mannheim. Klitschko retained."))
    other = _features(_fight("Thompson", "Klitschko beat Thompson in Bern. Klitschko retained."))
    assert same.pairs and other.pairs
    assert actor_similarity(same, story) == pytest.approx(1.0)
    # Sharing only the champion: the pair the other fight adds pulls it further from this story.
    without_pairs = actor_similarity(replace(other, pairs={}), replace(story, pairs={}))
    assert actor_similarity(other, story) < without_pairs - 0.1


def _features(stored: StoredArticle) -> ArticleFeatures:
    return article_features(stored, article_counts(stored), {}, 10)


def test_a_sentence_listing_many_actors_adds_no_pairs() -> None:
    names = ["Ann Lee", "Bo Park", "Cy Dorn", "Di Vos", "Ed Moss", "Flo Ray", "Gus Hale", "Hal Orr", "Ida Bell"]
    text = ", ".join(names) + " were injured. " + " met ".join(names[:3]) + "."
    mentions = tuple(
        Mention(m.start(), m.end(), name, name.casefold(), "PERSON")
        for name in names for m in re.finditer(name, text)
    )
    first = text.index(".") + 1
    sentences = (Sentence(0, 0, first, text[:first]), Sentence(1, first + 1, len(text), text[first + 1 :]))
    pairs = actor_pairs(_stored("Title", text, Analysis(sentences=sentences, mentions=mentions)))
    # The list of nine names is no relation; the three people who met are.
    assert set(pairs) == {"ann lee|bo park", "ann lee|cy dorn", "bo park|cy dorn"}


def test_naming_an_unrelated_actor_never_makes_a_quiet_story_easier_to_join() -> None:
    quiet = StoryProfile(9, {"rocket": 2.0, "explode": 1.0}, {"elon musk": 2.0}, date(2023, 1, 1), date(2023, 1, 2), 2)
    bare = ArticleFeatures(1, "Rocket explodes", {"rocket": 0.8, "explode": 0.6}, {}, day=date(2025, 7, 20))
    stranger = replace(bare, actors={"jane doe": 1.0})
    assert story_similarity(stranger, quiet) <= story_similarity(bare, quiet)


def test_a_storys_own_words_stay_weighty_in_a_store_of_its_coverage() -> None:
    """General-English rarity keeps "spill" weighty when every stored article names it."""
    from dateline.link.text import background_idf

    assert background_idf("the") < background_idf("said") < background_idf("spill") < background_idf("klitschko")
    stored = _stored("Oil spill reaches coast", "The oil spill reached the coast. Crews laid booms.")
    counts = article_counts(stored)
    everywhere = {term: 1000 for term in counts.terms}  # every stored article has every word
    features = article_features(stored, counts, everywhere, 1000)
    assert features.terms["spill"] > features.terms["coast"] > 0


def test_two_stories_of_one_kind_in_one_week_stay_apart_without_a_shared_actor() -> None:
    """A Chilean and a Japanese earthquake two days apart share their words, not their places."""
    terms = {"earthquake": 0.6, "magnitude": 0.5, "tsunami": 0.62}
    japan = ArticleFeatures(2, "Quake hits Japan", terms, {"japan": 1.0}, day=date(2013, 5, 8))
    chile = StoryProfile(1, {"earthquake": 0.6, "magnitude": 0.5, "chile": 2.0, "santiago": 2.0}, {"chile": 1.0},
                         date(2013, 5, 6), date(2013, 5, 6), 1)
    assert 0.10 <= story_similarity(japan, chile) < 0.18
    assert choose_story(japan, [chile]) is None
    aftershock = replace(japan, actors={"chile": 1.0})
    assert choose_story(aftershock, [chile]) == 1  # the same place: the active story's lower threshold applies


def test_a_tie_goes_to_the_older_story_whatever_the_candidates_order() -> None:
    article = ArticleFeatures(1, "Rocket explodes", {"rocket": 0.8, "explode": 0.6}, {}, day=date(2025, 7, 20))
    older = StoryProfile(3, {"rocket": 1.0}, {}, date(2025, 7, 18), date(2025, 7, 19), 1)
    newer = replace(older, story_id=9)
    assert choose_story(article, [newer, older]) == choose_story(article, [older, newer]) == 3


def test_a_number_weighs_twice_its_rarity_unless_it_is_round() -> None:
    from dateline.link.grouping import BACKGROUND_SHARE, NUMBER_WEIGHT, _term_rarity
    from dateline.link.text import background_idf, idf

    def plain(term: str) -> float:
        return (1 - BACKGROUND_SHARE) * idf(0, 10) + BACKGROUND_SHARE * background_idf(term)

    # "23 pirates" / "26 pirates" name two happenings; "10 percent", "$100 million" and "2010" are everywhere.
    assert NUMBER_WEIGHT == 2.0
    for number in ("23", "26", "2008"):
        assert _term_rarity(number, {}, 10) == pytest.approx(NUMBER_WEIGHT * plain(number))
    for number in ("10", "100", "2010", "spill"):
        assert _term_rarity(number, {}, 10) == pytest.approx(plain(number))
