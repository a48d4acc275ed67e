""""N units later" counts on from a day the text tells of, so it lands no later than the page unless told as ahead
(a user test's BP timeline: "Twelve days later, Hayward is grappling ..." dated 12 days after the page, marked
planned, and "Two decades later, they agree ... Exxon Valdez" in the 2030s)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times


def _value(text: str, phrase: str, anchor: date) -> tuple[str, str]:
    found = [t for t in tag_times(text, anchor) if t.text == phrase]
    assert found, [t.text for t in tag_times(text, anchor)]
    return found[0].value, found[0].anchor


@pytest.mark.parametrize(
    ("text", "phrase", "anchor", "value"),
    [
        # Counted on from an undated day of the story: no day known (was 2010-05-15).
        ("On the day he got news that the drilling rig caught fire, Tony Hayward received a series of updates. "
         "Twelve days later, Hayward is grappling with the widening oil slick.", "Twelve days later",
         date(2010, 5, 3), "XXXX-XX-XX"),
        # Counted on from a day before the page, past the page: no day known (was the 2030s).
        ("BP said on Monday that the leak had grown. The experts converging on Alaska had seen hundreds of spills. "
         "Two decades later, they agree on one thing: the first three days were lost.", "Two decades later",
         date(2010, 5, 7), "XXXX"),
        ("A declaration of national significance came nine days later, when a new leak was found.",
         "nine days later", date(2010, 5, 3), "XXXX-XX-XX"),
        # Still counted: within the past, and from a day still ahead.
        ("The rig exploded on April 20. Two days later it sank.", "Two days later", date(2010, 5, 3), "2010-04-22"),
        ("Clinton will campaign in Ohio on Monday. The event with Obama comes two weeks later.", "two weeks later",
         date(2016, 8, 26), "2016-W37"),
        ("The plant will close on Friday. Three days later the workers will be laid off.", "Three days later",
         date(2025, 7, 21), "2025-07-28"),
    ],
)
def test_later_counts_on_from_a_told_day(text: str, phrase: str, anchor: date, value: str) -> None:
    assert _value(text, phrase, anchor)[0] == value
