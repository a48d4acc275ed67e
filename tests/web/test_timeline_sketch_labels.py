"""The story page's time axis labels each dot's date as the page does ("week of 3 May 2010"), not as a TIMEX3
value ("2010-W18"; a user test found raw week codes in the tooltips)."""

from __future__ import annotations

from dateline.records import TimelineEntry
from dateline.web.timeline_svg import sketch


def test_dot_labels_read_like_the_page() -> None:
    entries = [
        TimelineEntry("2010-W18", "week", "That's down from 60 percent", "OTHER", (), ()),
        TimelineEntry("2010-05-04", "day", "BP capped a leak", "OTHER", (), ()),
    ]
    drawn = sketch(entries, ["e1", "e2"])
    assert drawn is not None
    labels = sorted(dot.label for dot in drawn.dots)
    assert labels[0].startswith("4 May 2010: BP capped a leak"), labels
    assert not any("W18" in label for label in labels), labels
