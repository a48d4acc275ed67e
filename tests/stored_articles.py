"""Articles stored the way the pipeline stores them, from hand-written actors: fast stores for CLI tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dateline.link import assign_story
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Actor, Analysis, Article, Mention, PublicationDate
from dateline.store import SqliteStore


def store_article(
    store: SqliteStore, number: int, actors: Sequence[tuple[str, str, str]], title: str = "Report {number}"
) -> int:
    """Store one article, published 2025-07-NUMBER, that mentions ``actors`` (key, name, kind) and has no
    dated event; group it into a story. Returns its id."""
    text = f"Report {number}: " + " ".join(f"{name} spoke on day {number}." for _, name, _ in actors)
    day = date(2025, 7, number)
    article = Article(
        origin=f"page{number}.txt", title=title.format(number=number), text=text, raw=text, raw_kind="text",
        outlet="example.com", published=PublicationDate(day, day, "given"), language="en",
    )
    analysis = Analysis(
        actors=tuple(Actor(key, name, kind) for key, name, kind in actors),
        mentions=tuple(Mention(0, 1, name, key, kind) for key, name, kind in actors),
    )
    with store.transaction():
        article_id = store.add_article(article, analysis, content_hash(text), fingerprint(text))
        assign_story(store, article_id)
    return article_id
