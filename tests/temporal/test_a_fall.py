"""A fall after "a" or "an" is a drop, not the season: "shares down 15.8% in a late fall" (a user test had autumn)."""

from __future__ import annotations

from datetime import date

from dateline.temporal import tag_times

DAY = date(2010, 6, 10)


def _values(text: str) -> list[str]:
    return [t.value for t in tag_times(text, DAY)]


def test_a_fall_is_a_drop() -> None:
    assert _values("The news sent BP's American shares down 15.8% in a late fall.") == []
    assert _values("Shares suffered an early fall.") == []


def test_the_season_stays() -> None:
    assert _values("The bill will be voted on in the fall.") == ["2010-FA"]
    assert _values("They met in late fall 2009.") == ["2009-FA"]
    assert _values("He retires this fall.") == ["2010-FA"]
    assert _values("It will open in late spring.") == ["2010-SP"]
