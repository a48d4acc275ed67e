"""The JSON shapes Dateline promises (CLI ``--json``, the web API, exports). Stable from now on."""

from __future__ import annotations

from typing import Any

from dateline.present.dates import date_bounds, date_label
from dateline.records import Conflict, Digest, SourceRef, StoredArticle, Story, Timeline, TimelineEntry
from dateline.store import ArticleSummary
from dateline.store.codec import to_jsonable

Json = dict[str, Any]


def story_json(story: Story) -> Json:
    """``{"id", "title", "articles", "outlets", "first_date", "last_date", "dates_guessed", "actors"}``."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.article_ids),
        "outlets": list(story.outlets),
        "first_date": story.first_date,
        "last_date": story.last_date,
        "dates_guessed": story.dates_guessed,
        "actors": list(story.actors),
    }


def source_json(ref: SourceRef) -> Json:
    """One outlet's report: ``{"article_id", "outlet", "url", "sentence", "copy_of"}``; ``copy_of`` is the
    article whose text a copy printed (a wire story in a second outlet), null for an outlet's own report."""
    return {
        "article_id": ref.article_id, "outlet": ref.outlet, "url": ref.url, "sentence": ref.sentence,
        "copy_of": ref.copy_of,
    }


def entry_json(entry: TimelineEntry) -> Json:
    """One timeline entry with every source that reported it."""
    first_day, last_day = date_bounds(entry.date)
    return {
        "date": entry.date,
        "precision": entry.precision,
        "date_label": date_label(entry.date) if entry.date else None,
        "first_day": first_day or None,
        "last_day": last_day or None,
        "summary": entry.summary,
        "type": entry.type,
        "actors": list(entry.actors),
        "sources": [source_json(s) for s in entry.sources],
        "modality": entry.modality,
        "background": entry.background,
        "importance": round(entry.importance, 4),
        "article_date": entry.article_date,
    }


def conflict_json(conflict: Conflict) -> Json:
    """A disagreement between sources, with both sources and both sentences."""
    return {
        "kind": conflict.kind,
        "description": conflict.description,
        "sources": [source_json(s) for s in conflict.sources],
    }


def timeline_json(timeline: Timeline) -> Json:
    """``{"story": {...}, "events": [...], "conflicts": [...], "guessed_dates": [article id, ...],
    "undated_articles": [article id, ...], "not_analysed_articles": [article id, ...]}``.

    ``guessed_dates`` lists the articles whose publication date is a guess from their text, on which
    the dates read from them rest; ``undated_articles`` those with no publication date that add no entry;
    ``not_analysed_articles`` those not in English, stored but not analysed.
    """
    return {
        "story": story_json(timeline.story),
        "events": [entry_json(e) for e in timeline.entries],
        "conflicts": [conflict_json(c) for c in timeline.conflicts],
        "guessed_dates": list(timeline.guessed),
        "undated_articles": list(timeline.undated),
        "not_analysed_articles": list(timeline.not_analysed),
    }


def digest_json(digest: Digest) -> Json:
    """``{"story": {...}, "days": [{"date", "sentences": [source, ...]}, ...], "guessed_dates": [...]}``, days
    in date order; ``guessed_dates`` as in :func:`timeline_json`."""
    return {
        "story": story_json(digest.story),
        "days": [{"date": d.date, "sentences": [source_json(s) for s in d.sources]} for d in digest.days],
        "guessed_dates": list(digest.guessed),
    }


def article_summary_json(summary: ArticleSummary) -> Json:
    """One row of the article listing."""
    return to_jsonable(summary)  # type: ignore[no-any-return]


def article_json(stored: StoredArticle) -> Json:
    """Everything stored about one article: metadata, clean text, furniture removed, analysis."""
    article = stored.article
    pub = article.published
    return {
        "id": stored.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "url": article.url,
        "origin": article.origin,
        "published": to_jsonable(pub) if pub else None,
        "language": article.language,
        "word_count": article.word_count,
        "caption": article.caption,
        "text": article.text,
        "removed": to_jsonable(article.removed),
        "duplicate_of": stored.duplicate_of,
        "copies": [
            {"origin": c.origin, "url": c.url, "outlet": c.outlet, "reprint_id": c.reprint_id} for c in stored.copies
        ],
        "story_id": stored.story_id,
        "analysis": to_jsonable(stored.analysis),
    }


def actor_json(key: str, name: str, kind: str, roles: list[Json], articles: list[int]) -> Json:
    """An actor across the store with its roles over time and the articles that mention it."""
    return {"key": key, "name": name, "kind": kind, "roles": roles, "articles": articles}
