"""The context every request handler shares, a store connection per request, and page rendering."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from jinja2 import Environment
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from dateline.errors import NotFoundError
from dateline.store import SqliteStore, open_store
from dateline.web.coverage import SharedAnalyzer
from dateline.web.data import StoryCache
from dateline.web.security import csrf_token, set_csrf_cookie

T = TypeVar("T")


@dataclass(frozen=True)
class WebContext:
    """What every handler needs: where the store is, the caches, and the safety settings."""

    db: str
    cache: StoryCache
    analyzer: SharedAnalyzer
    allow_private: bool
    token: str | None
    templates: Environment


def context_of(request: Request) -> WebContext:
    """The app's shared context."""
    context: WebContext = request.app.state.context
    return context


async def with_store(request: Request, work: Callable[[SqliteStore], T]) -> T:
    """Run ``work`` on a fresh store connection in a worker thread, and close the connection."""
    db = context_of(request).db

    def run() -> T:
        with open_store(db) as store:
            return work(store)

    return await run_in_threadpool(run)


def render(request: Request, template: str, status_code: int = 200, **values: object) -> HTMLResponse:
    """A page from a template, with the CSRF token its forms need (setting the cookie if new)."""
    token, fresh = csrf_token(request)
    page = context_of(request).templates.get_template(template)
    html = page.render(request=request, csrf_token=token, **values)
    response = HTMLResponse(html, status_code=status_code)
    if fresh:
        set_csrf_cookie(response, token)
    return response


SQLITE_MAX_INT = 2**63 - 1


def path_id(request: Request, name: str) -> int:
    """An id from the path; ids beyond SQLite's integers cannot exist, so they are simply not found."""
    value = int(request.path_params[name])
    if value > SQLITE_MAX_INT:
        raise NotFoundError(f"{name.replace('_id', '')} {value}: no such {name.replace('_id', '')}")
    return value
