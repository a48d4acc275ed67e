"""Weeks, weekends, decades and centuries read as an editor writes them (a user test found "195" unreadable)."""

from __future__ import annotations

import pytest

from dateline.present.dates import date_label
from dateline.web.format import human_date


@pytest.mark.parametrize(("value", "text", "page"), [
    ("2010-W16", "week of 2010-04-19", "week of 19 April 2010"),
    ("2010-W16-WE", "weekend of 2010-04-24", "weekend of 24 April 2010"),
    ("2009-W01", "week of 2008-12-29", "week of 29 December 2008"),  # ISO week 1 may start in December
    ("195", "1950s", "1950s"),
    ("19", "20th century", "20th century"),
    ("20", "21st century", "21st century"),  # not "2000s", the decade 200's label (a user test)
    ("10", "11th century", "11th century"),
    ("2010-SU", "summer 2010", "summer 2010"),
    ("2010-04-20", "2010-04-20", "20 April 2010"),
    ("2010-W54", "2010-W54", "2010-W54"),  # no such week: shown as given
    ("9999-W52-WE", "9999-W52-WE", "9999-W52-WE"),  # past the calendar's end: shown as given, no crash
    (None, "-", "undated"),
])
def test_date_labels(value: str | None, text: str, page: str) -> None:
    assert date_label(value) == text
    assert human_date(value) == page
