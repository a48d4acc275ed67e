"""Pure grouping decisions: which publication days to trust, time decay, and the choice of story."""

from __future__ import annotations

from datetime import date

from dateline.link.grouping import (
    ArticleFeatures,
    StoryProfile,
    choose_story,
    grouping_day,
    recency_factor,
)
from dateline.records import PublicationDate


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
    stale = StoryProfile(9, rockets.terms, rockets.actors, date(2024, 1, 1), date(2024, 1, 2), 2)
    assert choose_story(article, [stale]) is None
