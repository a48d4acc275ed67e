"""The outlet a feed's title names: one outlet keeps one name whether read from its pages or its feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.records import RawInput
from dateline.sources import iter_inputs
from dateline.sources.outlet_names import feed_outlet


@pytest.mark.parametrize(("title", "outlet"), [
    ("The New York Times - Politics", "The New York Times"),
    ("The Washington Post Politics", "The Washington Post"),
    ("Breitbart Politics", "Breitbart"),
    ("NYT > U.S. > Politics", "NYT"),
    ("Politics | The Guardian", "The Guardian"),
    ("Reuters: World News", "Reuters"),
    ("BBC News - World", "BBC News"),
    ("Sky News - World News", "Sky News"),
    ("CNN.com - RSS Channel - Politics", "CNN.com"),
    ("BBC News", "BBC News"),  # an outlet's name keeps its own "News"
    ("U.S. News & World Report", "U.S. News & World Report"),
    ("Al Jazeera English", "Al Jazeera English"),
    ("Politics", None),  # only a section: the page or the host names the outlet
    ("Top Stories", None),
    (None, None),
])
def test_a_feed_title_names_its_outlet_without_the_section(title: str | None, outlet: str | None) -> None:
    assert feed_outlet(title) == outlet


def test_feed_entries_carry_the_outlet_name(tmp_path: Path) -> None:
    feed = tmp_path / "politics.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>The Washington Post - Politics</title>'
        "<item><title>Clinton accepts the nomination</title><link>https://example.com/a</link>"
        "<description>Hillary Clinton accepted the Democratic nomination in Philadelphia.</description></item>"
        "</channel></rss>"
    )
    (item,) = iter_inputs([str(feed)])
    assert isinstance(item, RawInput) and item.given_outlet == "The Washington Post"


@pytest.mark.parametrize(("title", "host", "outlet"), [
    ("Donald Trump | The Guardian", "www.theguardian.com", "The Guardian"),  # a topic feed: the host picks
    ("Metro - News", "metro.co.uk", "Metro"),
    ("Science News", "www.sciencenews.org", "Science News"),
    ("The Nation", None, "The Nation"),  # never trimmed down to "The" (a review)
    ("The World", None, "The World"),
    ("Sky Sports", None, "Sky Sports"),
    ("The New York Times - Politics", "rss.nytimes.com", "The New York Times"),
])
def test_the_feeds_host_picks_the_part_naming_it_and_names_are_never_cut_to_nothing(
    title: str, host: str | None, outlet: str
) -> None:
    assert feed_outlet(title, host) == outlet
