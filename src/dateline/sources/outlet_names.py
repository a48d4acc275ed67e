"""An outlet's name from a feed's title, which names a section too ("The New York Times - Politics",
"Breitbart Politics", "NYT > World", "Politics | The Guardian").

The outlet name counts independent sources (``--top``, ``--min-outlets``, disagreements), so one outlet must
keep one name however it is read: a user test's Washington Post was two outlets, "The Washington Post" from
its pages and "The Washington Post Politics" from its feed.
"""

from __future__ import annotations

import re

# Parts of a feed title that name a section or the feed itself, not the outlet.
_SECTIONS = frozenset({
    "politics", "world", "world news", "us", "u.s.", "us news", "u.s. news", "national", "nation", "international",
    "business", "economy", "markets", "money", "finance", "technology", "tech", "science", "health", "sports",
    "sport", "entertainment", "arts", "culture", "lifestyle", "travel", "opinion", "opinions", "commentary",
    "editorials", "environment", "climate", "education", "media", "local", "metro", "top stories", "top news",
    "latest", "latest news", "breaking news", "headlines", "home", "homepage", "front page", "most popular",
    "most read", "all", "all stories", "rss", "feed", "rss feed", "news feed", "europe", "asia", "africa",
    "americas", "middle east", "uk", "uk news", "elections", "election", "campaign", "white house", "congress",
})
# Words a section adds after the outlet's name without a separator ("Breitbart Politics").
_TRAILING_SECTIONS = sorted((s for s in _SECTIONS if s not in ("us", "all", "home", "feed", "latest")), key=len,
                            reverse=True)
_TRAILING = re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in _TRAILING_SECTIONS) + r")$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+(?:[-–—|>:»•/]|::)\s+|:\s+")


def feed_outlet(title: str | None) -> str | None:
    """The outlet a feed's title names, its section and feed words left out; None for a title of only those."""
    if not title:
        return None
    parts = [part.strip() for part in _SEPARATORS.split(title) if part.strip()]
    named = [part for part in parts if not _is_section(part)]
    if not named:
        return None
    outlet = named[0]
    trimmed = _TRAILING.sub("", outlet).strip()
    return trimmed if trimmed and not _is_section(trimmed) else outlet


def _is_section(part: str) -> bool:
    folded = " ".join(part.casefold().replace("&", "and").split())
    return folded in _SECTIONS or folded.removesuffix(" rss") in _SECTIONS or folded.removesuffix(" news") in _SECTIONS
