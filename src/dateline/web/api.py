"""The JSON API under ``/api/``: what the pages show, in the shapes of :mod:`dateline.present.shapes`.

The OpenAPI document describing every response is served at ``/api/openapi.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dateline.errors import DatelineError
from dateline.link import filter_entries, story_digest, top_entries
from dateline.present.exports import EXPORT_FORMATS, MEDIA_TYPES, export_timeline
from dateline.present.shapes import (
    actor_json,
    article_json,
    article_summary_json,
    digest_json,
    story_json,
    timeline_json,
)
from dateline.records import Timeline
from dateline.store import SqliteStore
from dateline.web.context import context_of, path_id, with_store
from dateline.web.data import ActorPanelRow, EventHit, StoryView, search, stories_with_names
from dateline.web.openapi import openapi_document

MAX_LIMIT = 1000
MAX_QUERY_CHARS = 200
MAX_DIGEST_DAYS = 100
MAX_DIGEST_PER_DAY = 10
MAX_OUTLETS = 1000


def _int_param(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if not raw:  # absent, or left empty in a form
        return default
    try:
        value = int(raw)
    except ValueError:
        raise DatelineError(f"query parameter {name}={raw!r}: expected a whole number") from None
    if not low <= value <= high:
        raise DatelineError(f"query parameter {name}={value}: expected a number from {low} to {high}")
    return value


async def list_stories_api(request: Request) -> Response:
    """Every story, latest activity first, with display names of their key actors."""
    stories, names = await with_store(request, stories_with_names)
    return JSONResponse({"stories": [story_json(s) for s in stories], "actor_names": names})


async def _story_view(request: Request) -> StoryView:
    story_id = path_id(request, "story_id")
    cache = context_of(request).cache
    return await with_store(request, lambda store: cache.view(store, story_id))


async def story_api(request: Request) -> Response:
    """One story."""
    return JSONResponse(story_json((await _story_view(request)).timeline.story))


def _date_param(params: Mapping[str, str], name: str) -> date | None:
    raw = params.get(name)
    if not raw:  # absent, or left empty in a form
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise DatelineError(f"query parameter {name}={raw!r}: expected a date YYYY-MM-DD") from None


NARROWING = ("top", "since", "until", "min_outlets")


def narrowed_timeline(params: Mapping[str, str], timeline: Timeline) -> Timeline:
    """The timeline narrowed by the query ``params`` as ``dateline timeline`` narrows it: ``since``, ``until``
    and ``min_outlets`` first, then the ``top`` entries (a user test asked for ``?top=10`` and got all 1,295
    entries). A parameter left empty (a form's blank field) narrows nothing; a bad one is a DatelineError."""
    since, until = _date_param(params, "since"), _date_param(params, "until")
    if since is not None and until is not None and since > until:
        raise DatelineError(f"query parameter since={since} is after until={until}")
    min_outlets = _int_param(params, "min_outlets", 1, 1, MAX_OUTLETS)
    narrowed = filter_entries(timeline, since, until, min_outlets)
    top = _int_param(params, "top", 0, 1, MAX_LIMIT)
    return top_entries(narrowed, top) if top else narrowed


async def timeline_api(request: Request) -> Response:
    """A story's timeline with its disagreements (``since``, ``until``, ``min_outlets``, ``top`` narrow it)."""
    timeline = (await _story_view(request)).timeline
    return JSONResponse(timeline_json(narrowed_timeline(request.query_params, timeline)))


async def story_digest_api(request: Request) -> Response:
    """A story's key days, each told in its best sentences (``days``, ``per_day`` query parameters)."""
    story_id = path_id(request, "story_id")
    days = _int_param(request.query_params, "days", 10, 1, MAX_DIGEST_DAYS)
    per_day = _int_param(request.query_params, "per_day", 2, 1, MAX_DIGEST_PER_DAY)
    found = await with_store(request, lambda store: story_digest(store, story_id, days, per_day))
    return JSONResponse(digest_json(found))


async def story_actors_api(request: Request) -> Response:
    """The actors panel of a story."""
    view = await _story_view(request)
    return JSONResponse({"story_id": view.timeline.story.id, "actors": [_actor(a) for a in view.actors]})


def _actor(row: ActorPanelRow) -> dict[str, Any]:
    roles = [{"role": r, "first_date": first, "last_date": last, "articles": n} for r, first, last, n in row.roles]
    return {**actor_json(row.key, row.name, row.kind, roles, list(row.article_ids)), "mentions": row.mentions}


async def story_articles_api(request: Request) -> Response:
    """The articles of a story, oldest first."""
    view = await _story_view(request)
    return JSONResponse(
        {"story_id": view.timeline.story.id, "articles": [article_summary_json(a) for a in view.articles]}
    )


async def story_export_api(request: Request) -> Response:
    """A story's timeline in an export format (TimelineJS JSON, CSV, Markdown, JSONL), narrowed as the timeline."""
    fmt = request.path_params["fmt"]
    if fmt not in EXPORT_FORMATS:
        raise DatelineError(f"export format {fmt!r}: unknown (choose one of {', '.join(EXPORT_FORMATS)})")
    view = await _story_view(request)
    narrowed = narrowed_timeline(request.query_params, view.timeline)
    return Response(export_timeline(narrowed, fmt), media_type=MEDIA_TYPES[fmt])


async def articles_api(request: Request) -> Response:
    """Stored articles, newest first, a page at a time."""
    limit = _int_param(request.query_params, "limit", 100, 1, MAX_LIMIT)
    offset = _int_param(request.query_params, "offset", 0, 0, 10**9)
    rows = await with_store(request, lambda store: store.list_articles(limit=limit, offset=offset))
    return JSONResponse({"articles": [article_summary_json(r) for r in rows], "limit": limit, "offset": offset})


async def article_api(request: Request) -> Response:
    """Everything stored about one article, analysis included."""
    article_id = path_id(request, "article_id")
    stored = await with_store(request, lambda store: store.get_article(article_id, copies=True))
    return JSONResponse(article_json(stored))


async def search_api(request: Request) -> Response:
    """Articles, stories and events matching a full-text query."""
    # The limits are the documented ones, on the text as given; a query of only spaces finds nothing.
    query = request.query_params.get("q", "")
    if not query or len(query) > MAX_QUERY_CHARS:
        raise DatelineError(f"query parameter q: give 1 to {MAX_QUERY_CHARS} characters to search for")
    query = query.strip()

    def run(store: SqliteStore) -> dict[str, Any]:
        found = search(store, query)
        return {
            "query": found.query,
            "stories": [story_json(s) for s in found.stories],
            "articles": [article_summary_json(a) for a in found.articles],
            "events": [_event_hit(h) for h in found.events],
        }

    return JSONResponse(await with_store(request, run))


def _event_hit(hit: EventHit) -> dict[str, Any]:
    e = hit.event
    return {
        "article_id": hit.article_id, "story_id": hit.story_id, "article_title": hit.title, "date": e.date,
        "precision": e.precision, "kind": e.kind, "modality": e.modality, "summary": e.summary or e.sentence,
        "sentence": e.sentence,
    }


async def openapi_api(request: Request) -> Response:
    """The OpenAPI 3.1 document of this API."""
    return JSONResponse(openapi_document())


ROUTES = [
    Route("/api/openapi.json", openapi_api, methods=["GET"]),
    Route("/api/stories", list_stories_api, methods=["GET"]),
    Route("/api/stories/{story_id:int}", story_api, methods=["GET"]),
    Route("/api/stories/{story_id:int}/timeline", timeline_api, methods=["GET"]),
    Route("/api/stories/{story_id:int}/digest", story_digest_api, methods=["GET"]),
    Route("/api/stories/{story_id:int}/actors", story_actors_api, methods=["GET"]),
    Route("/api/stories/{story_id:int}/articles", story_articles_api, methods=["GET"]),
    Route("/api/stories/{story_id:int}/export/{fmt:str}", story_export_api, methods=["GET"]),
    Route("/api/articles", articles_api, methods=["GET"]),
    Route("/api/articles/{article_id:int}", article_api, methods=["GET"]),
    Route("/api/search", search_api, methods=["GET"]),
]
