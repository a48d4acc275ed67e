"""The Starlette app: routes, templates, per-request store connections, errors, and ``serve``.

Each request opens its own connection to the SQLite store (in the worker thread that serves it) and
closes it afterwards; WAL mode lets readers run while an ingest writes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from dateline.errors import DatelineError, NotFoundError
from dateline.pipeline import ArticleAnalyzer
from dateline.store import open_store
from dateline.web import api, pages
from dateline.web.context import WebContext, render
from dateline.web.coverage import SharedAnalyzer, default_analyzer_factory
from dateline.web.data import StoryCache
from dateline.web.format import human_date, precision_label
from dateline.web.security import SecurityMiddleware, is_local_host, web_url

STATIC_DIR = Path(__file__).resolve().parent / "static"


def create_app(
    db: str,
    *,
    token: str | None = None,
    allow_private: bool = False,
    analyzer_factory: Callable[[], ArticleAnalyzer] | None = None,
) -> Starlette:
    """The web app over the store at ``db``.

    ``token``: every request must then carry it. ``allow_private``: let the add-coverage form fetch
    from private, loopback and link-local addresses (tests with a local server). ``analyzer_factory``
    replaces the default analysis stage (the app loads it once, on the first ingest).
    """
    open_store(db).close()  # fail now, with the store's message, if the file cannot be opened
    context = WebContext(
        db=db, cache=StoryCache(), analyzer=SharedAnalyzer(analyzer_factory or default_analyzer_factory),
        allow_private=allow_private, token=token, templates=_templates(),
    )
    app = Starlette(
        routes=[*pages.ROUTES, *api.ROUTES, Mount("/static", StaticFiles(directory=STATIC_DIR), name="static")],
        exception_handlers={NotFoundError: _not_found, DatelineError: _bad_input, HTTPException: _http_error},
    )
    app.state.context = context
    app.add_middleware(SecurityMiddleware, token=token)
    return app


def serve(
    db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, allow_private: bool = False
) -> None:
    """Run the app with uvicorn; refuses to listen beyond this machine without an access token."""
    if not is_local_host(host) and not token:
        raise DatelineError(
            f"--host {host}: the server would be reachable from other machines; give --token SECRET "
            "so that every request must present it (or bind to 127.0.0.1)"
        )
    import uvicorn

    uvicorn.run(create_app(db, token=token, allow_private=allow_private), host=host, port=port, log_level="info")


def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("dateline.web", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        auto_reload=False,  # templates ship with the package; skip a stat() per include
        lstrip_blocks=True,
    )
    env.filters["web_url"] = web_url
    env.filters["human_date"] = human_date
    env.filters["precision_label"] = precision_label
    return env


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, message=message)


async def _not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, str(exc))


async def _bad_input(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request, exc.status_code, str(exc.detail))
