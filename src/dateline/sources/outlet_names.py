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
    "news",
})
# Words a section adds after the outlet's name without a separator ("Breitbart Politics").
_TRAILING_SECTIONS = sorted((s for s in _SECTIONS if s not in ("us", "all", "home", "feed", "latest")), key=len,
                            reverse=True)
_TRAILING = re.compile(r"\s+(?:" + "|".join(re.escape(s) for s in _TRAILING_SECTIONS) + r")$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+(?:[-–—|>:»•/]|::)\s+|:\s+")


def feed_outlet(title: str | None, host: str | None = None) -> str | None:
    """The outlet a feed's title names, its section and feed words left out; None for a title of only those.

    ``host`` (the feed's web host) picks the part that names it ("Donald Trump | The Guardian" on theguardian.com,
    "Metro - News" on metro.co.uk, "Science News" on sciencenews.org).
    """
    if not title:
        return None
    parts = [part.strip() for part in _SEPARATORS.split(title) if part.strip()]
    site = _site_label(host) if host else ""
    for part in parts:
        letters = letters_of(part)
        if len(site) >= 3 and len(letters) >= 3 and (site in letters or letters in site):
            return part
    named = [part for part in parts if not _is_section(part)]
    if not named:
        return None
    outlet = named[0]
    trimmed = _TRAILING.sub("", outlet).strip()
    # Never down to a word that names nothing ("The Nation", "The World", "Sky Sports" stay whole; a review).
    whole = (len(trimmed.split()) < 2 and trimmed.casefold() in _TOO_LITTLE) or len(trimmed) < 4
    return outlet if whole or _is_section(trimmed) else trimmed


_TOO_LITTLE = frozenset({"the", "a", "an", "sky", "fox", "abc", "cbs", "nbc"})


_HOST_PREFIXES = frozenset({"www", "rss", "feeds", "feed", "m", "mobile", "news", "co", "com", "org", "net"})


def _site_label(host: str) -> str:
    """The site's own name in its host: "nytimes" of rss.nytimes.com, "metro" of metro.co.uk."""
    labels = [label for label in host.casefold().split(".")[:-1] if label not in _HOST_PREFIXES]
    return letters_of(max(labels, key=len)) if labels else ""


def letters_of(text: str) -> str:
    """A name's letters and digits, folded: how two spellings of one outlet compare ("USA TODAY", "usatoday")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _is_section(part: str) -> bool:
    folded = " ".join(part.casefold().replace("&", "and").split())
    return folded in _SECTIONS or folded.removesuffix(" rss") in _SECTIONS or folded.removesuffix(" news") in _SECTIONS
