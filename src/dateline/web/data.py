"""What the pages and the API show, read from the store: story views, listings, search.

A story view (timeline, actors, articles) is built from every article of the story, which is the
costly part of a request; it is kept in a small in-process cache keyed by the :class:`Story` record
itself and its articles' publication dates, so any change to the story (a new article, a rename, a
merge, an article re-dated) makes a fresh key.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.link import build_timeline, get_story, list_stories, story_timeline
from dateline.link.digest import digest_story
from dateline.link.site_paragraphs import without_site_paragraphs
from dateline.records import Digest, Event, StoredArticle, Story, Timeline, TimelineEntry
from dateline.store import ArticleSummary, SqliteStore, search_words
from dateline.store.stories import member_dates

CACHE_SIZE = 32
KEY_DAYS = 6  # the story page's "Key days" panel
PANEL_ACTORS = 40
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class ActorPanelRow:
    """An actor of a story: how often and where it is mentioned, and the roles outlets gave it."""

    key: str
    name: str
    kind: str
    roles: tuple[tuple[str, str | None, str | None, int], ...]  # (role, first date, last date, articles)
    article_ids: tuple[int, ...]
    mentions: int


@dataclass(frozen=True)
class StoryView:
    """Everything the story page shows, computed once per version of the story."""

    timeline: Timeline
    actors: tuple[ActorPanelRow, ...]
    articles: tuple[ArticleSummary, ...]
    actor_names: dict[str, str]
    digest: Digest
    # Rendered page bodies of this version of the story, by variant (filled by the story page).
    rendered: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def news(self) -> tuple[TimelineEntry, ...]:
        """Entries about the story itself."""
        return tuple(e for e in self.timeline.entries if not e.background)

    @property
    def background(self) -> tuple[TimelineEntry, ...]:
        """Entries the articles recall as context."""
        return tuple(e for e in self.timeline.entries if e.background)


@dataclass(frozen=True)
class EventHit:
    """An analysed event whose sentence matches a search."""

    article_id: int
    story_id: int | None
    title: str
    event: Event


@dataclass(frozen=True)
class SearchResults:
    """Stories, articles and events matching a query."""

    query: str
    stories: tuple[Story, ...]
    articles: tuple[ArticleSummary, ...]
    events: tuple[EventHit, ...]


ViewKey = tuple[str, Story, tuple[tuple[Any, ...], ...]]


class StoryCache:
    """A thread-safe LRU of story views keyed by the Story record and its articles' publication dates.

    The Story record changes when articles join or the story is corrected; the dates change when an
    article is re-dated (its analysis with them), which may leave the Story record as it was.
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._views: OrderedDict[ViewKey, StoryView] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[ViewKey, threading.Lock] = {}

    def view(self, store: SqliteStore, story_id: int) -> StoryView:
        """The view of a story; raises NotFoundError for an unknown id."""
        story = get_story(store, story_id)
        key = (store.path, story, member_dates(store, story.id))
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        # One build per version of a story: concurrent requests for it wait for the first one.
        with building:
            with self._lock:
                if key in self._views:
                    self._views.move_to_end(key)
                    return self._views[key]
            ids = list(story.article_ids)
            articles, reprints = store.articles(ids, copies=True, repeated=True), store.reprints(ids)
            # The timeline, the costly part, as saved by an earlier command or server (or built and saved now).
            timeline = story_timeline(store, story.id, loaded=(articles, reprints))
            view = build_story_view(story, articles, reprints, timeline)
            with self._lock:
                self._views[key] = view
                self._building.pop(key, None)
                while len(self._views) > self._size:
                    self._views.popitem(last=False)
        return view


def build_story_view(
    story: Story,
    articles: Sequence[StoredArticle],
    reprints: Sequence[StoredArticle] = (),
    timeline: Timeline | None = None,
) -> StoryView:
    """Timeline (unless given), actor panel and article list of a story from its stored articles (and their
    reprints' edits)."""
    return StoryView(
        timeline=timeline if timeline is not None else build_timeline(story, articles, reprints),
        actors=actor_panel([without_site_paragraphs(a) for a in articles]),  # not the site's boilerplate's
        articles=tuple(summary_of(a) for a in articles),
        actor_names=actor_names_in(articles),
        digest=digest_story(story, articles, days=KEY_DAYS, per_day=1),
    )


def summary_of(stored: StoredArticle) -> ArticleSummary:
    """The listing row of a stored article."""
    article = stored.article
    pub = article.published
    return ArticleSummary(
        id=stored.id, title=article.title, outlet=article.outlet, url=article.url,
        published=pub.earliest.isoformat() if pub else None, published_method=pub.method if pub else "unknown",
        language=article.language, word_count=article.word_count, duplicate_of=stored.duplicate_of,
        story_id=stored.story_id,
    )


def actor_names_in(articles: Sequence[StoredArticle]) -> dict[str, str]:
    """Display name of every actor key the articles know."""
    names: dict[str, str] = {}
    for stored in articles:
        for actor in stored.analysis.actors:
            names.setdefault(actor.key, actor.name)
    return names


def actor_panel(articles: Sequence[StoredArticle], limit: int = PANEL_ACTORS) -> tuple[ActorPanelRow, ...]:
    """The story's actors, most widely reported first, with each role and when it was given."""
    found: dict[str, dict[str, Any]] = {}
    for stored in articles:
        published = stored.article.published.earliest.isoformat() if stored.article.published else None
        kinds = {a.key: (a.name, a.kind) for a in stored.analysis.actors}
        for mention in stored.analysis.mentions:
            name, kind = kinds.get(mention.actor_key, (mention.text, mention.kind))
            row = found.setdefault(mention.actor_key, {"name": name, "kind": kind, "ids": {}, "n": 0, "roles": {}})
            row["n"] += 1
            row["ids"][stored.id] = None
            if mention.role:
                role = row["roles"].setdefault(mention.role, [published, published, set()])
                role[0] = min(filter(None, (role[0], published)), default=None)
                role[1] = max(filter(None, (role[1], published)), default=None)
                role[2].add(stored.id)
    ranked = sorted(found.items(), key=lambda kv: (-len(kv[1]["ids"]), -kv[1]["n"], kv[1]["name"]))[:limit]
    return tuple(
        ActorPanelRow(
            key=key, name=row["name"], kind=row["kind"],
            roles=tuple((r, v[0], v[1], len(v[2])) for r, v in sorted(row["roles"].items(), key=_role_order)),
            article_ids=tuple(row["ids"]), mentions=row["n"],
        )
        for key, row in ranked
    )


def _role_order(item: tuple[str, list[Any]]) -> tuple[str, str]:
    return (item[1][0] or "9999", item[0])


def actor_names(store: SqliteStore, keys: Sequence[str]) -> dict[str, str]:
    """Display names of actor keys from the store's actor table (keys without a row are left out)."""
    wanted = list(dict.fromkeys(keys))
    names: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = store.conn.execute(
            f"SELECT key, name FROM actors WHERE key IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
        names.update({str(r[0]): str(r[1]) for r in rows})
    return names


def stories_with_names(
    store: SqliteStore, limit: int | None = None, offset: int = 0
) -> tuple[list[Story], dict[str, str]]:
    """Stories by latest activity (a page of them when ``limit`` is given) and their key actors' names."""
    stories = list_stories(store, limit, offset)
    return stories, actor_names(store, [k for s in stories for k in s.actors])


def search(store: SqliteStore, query: str, limit: int = SEARCH_LIMIT) -> SearchResults:
    """Articles matching the query in full text, their stories, and their events that match it too.

    Events are found inside the matching articles (an event's sentence is part of its article's
    text, so the article index finds every candidate) and kept when every query word is in them.
    """
    ids = store.search_articles(query, limit=limit)
    articles = store.articles(ids)
    # Each a whole word, as the full-text index matches them ("dead" no longer finds "deadline", nor "the" every
    # "there": a user test's ?q=the listed 2,784 events on a 1 MB page) and read as it reads them: "BP's" is "bp s"
    # and finds "BP’s", "swine-flu" finds "swine flu", "Erdogan" finds "Erdoğan" (a review).
    words = [phrase for w in search_words(query) if (phrase := _indexed_words(w)).strip()]
    hits = []
    for stored in articles:
        for event in stored.analysis.events:
            haystack = _indexed_words(f"{event.sentence} {event.summary}")
            if words and all(w in haystack for w in words):
                hits.append(EventHit(stored.id, stored.story_id, stored.article.title, event))
    story_ids = list(dict.fromkeys(a.story_id for a in articles if a.story_id is not None))
    stories = []
    for story_id in story_ids:
        stories.append(get_story(store, story_id))
    return SearchResults(
        query=query, stories=tuple(stories), articles=tuple(summary_of(a) for a in articles), events=tuple(hits)
    )


def _indexed_words(text: str) -> str:
    """The text's words as the full-text index reads them (FTS5's unicode61 tokenizer, PostgreSQL's folded
    'simple' configuration): case and accents folded away, split at every character that is no letter or digit;
    space-separated, with a space either side, so a word or a run of words is found whole by ``in``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " " + " ".join(_WORD.findall(folded)) + " "


_WORD = re.compile(r"[^\W_]+")
