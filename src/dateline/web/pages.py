"""The HTML pages: stories (with search), a story's timeline, an article, add coverage, login, exports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment
from markupsafe import Markup
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.types import Message

from dateline.errors import DatelineError
from dateline.link import top_entries
from dateline.present.exports import EXPORT_FORMATS, FILE_SUFFIXES, MEDIA_TYPES, export_timeline
from dateline.present.text import date_is_guess, digest_days_told_once
from dateline.records import SourceRef, TimelineEntry
from dateline.sources.fetch import DEFAULT_MAX_BYTES, size_label
from dateline.store import SqliteStore
from dateline.web.api import NARROWING, narrowed_timeline
from dateline.web.context import context_of, path_id, render, with_store
from dateline.web.coverage import (
    MAX_PASTE_CHARS,
    MAX_UPLOAD_BYTES,
    MAX_UPLOAD_FILES,
    CoverageForm,
    CoverageResult,
    add_coverage,
)
from dateline.web.data import StoryView, search, stories_with_names
from dateline.web.highlight import marks_of, paragraphs
from dateline.web.security import CSRF_FIELD, csrf_ok, token_matches, with_token_cookie
from dateline.web.timeline_svg import sketch, story_window

MAX_QUERY_CHARS = 200
SHOWN_CONFLICTS = 25  # a big story can have hundreds; the rest are one click (and the API) away
SHOWN_SOURCES = 4  # quotes shown per entry, one per outlet; the other outlets are named
# Events a search page lists: "the" is in thousands of a big story's sentences (a user test's page was 1 MB).
SHOWN_EVENTS = 100
# A story with more entries than this opens on its DEFAULT_TOP most important (``?top=all`` shows every one).
BIG_STORY_ENTRIES = 300
DEFAULT_TOP = 100
SHOW_ALL = "all"


@dataclass(frozen=True)
class ShownEntry:
    """A timeline entry as the page shows it: one quoted source per outlet, the other outlets named."""

    anchor: str
    entry: TimelineEntry
    sources: tuple[SourceRef, ...]
    also: tuple[str, ...]
    copies: tuple[str, ...] = ()  # outlets that printed a source's very text (no independent report)


@dataclass(frozen=True)
class DateGroup:
    """Consecutive timeline entries sharing one date."""

    date: str | None
    precision: str
    entries: tuple[ShownEntry, ...]


def shown_entry(anchor: str, entry: TimelineEntry) -> ShownEntry:
    """Keep the first source of each outlet, quote up to SHOWN_SOURCES of them, name the rest."""
    by_outlet: dict[str, SourceRef] = {}
    copies: dict[str, None] = {}
    for ref in entry.sources:
        if ref.copy_of is None:
            by_outlet.setdefault(ref.teller, ref)
        else:
            copies[ref.outlet or ref.url or f"article {ref.article_id}"] = None
    firsts = list(by_outlet.values())
    return ShownEntry(
        anchor, entry, tuple(firsts[:SHOWN_SOURCES]), tuple(list(by_outlet)[SHOWN_SOURCES:]),
        tuple(c for c in copies if c not in by_outlet),
    )


STORIES_PER_PAGE = 50


async def stories_page(request: Request) -> Response:
    """Every story by latest activity; with ``?q=`` also the articles and events matching the query."""
    query = request.query_params.get("q", "").strip()[:MAX_QUERY_CHARS]
    page_param = request.query_params.get("page", "1")
    page = max(1, int(page_param)) if page_param.isdigit() else 1

    def load(store: SqliteStore) -> dict[str, Any]:
        stories, names = stories_with_names(store, STORIES_PER_PAGE + 1, (page - 1) * STORIES_PER_PAGE)
        return {
            "stories": stories[:STORIES_PER_PAGE], "names": names, "page": page,
            "next_page": page + 1 if len(stories) > STORIES_PER_PAGE else None,
            "results": search(store, query) if query else None,
        }

    return render(request, "stories.html", query=query, shown_events=SHOWN_EVENTS, **await with_store(request, load))


async def story_page(request: Request) -> Response:
    """A story: visual timeline, entries by date, background, disagreements, actors, articles."""
    story_id = path_id(request, "story_id")
    context = context_of(request)
    view = await with_store(request, lambda store: context.cache.view(store, story_id))
    if view.timeline.story.id != story_id:
        # A story merged into another: its page's address says which one is shown (a user test found the other
        # story served under the old id without a word).
        # A path, not an absolute URL built from the Host header and the (proxy-stripped) scheme.
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/stories/{view.timeline.story.id}{query}", status_code=302)
    body = _story_page_body(context.templates, view, request.query_params)
    return render(request, "story.html", story=view.timeline.story, body=Markup(body),
                  added=request.query_params.get("added"))


def _story_page_body(templates: Environment, view: StoryView, params: Mapping[str, str]) -> str:
    """The story page's body for its query ``params``: the narrowing the reader asked for (rendered for this
    request only), else the whole story or, for a big story, the bounded view it opens on (each rendered once
    per version of the story and reused)."""
    all_conflicts = params.get("conflicts") == "all"
    show_all = params.get("top", "").strip().lower() == SHOW_ALL
    asked = {name: params[name] for name in NARROWING if params.get(name) and not (name == "top" and show_all)}
    total = len(view.timeline.entries)
    if asked:
        # An editor's view: the top N entries, a period, what several outlets report (a user test found ?top=10
        # ignored on the page, with ~1,800 entries).
        shown = replace(view, timeline=narrowed_timeline(asked, view.timeline), rendered={})
        # Dates as the form's date fields show them ("20250701" is read, but a date field shows only 2025-07-01).
        asked.update({k: date.fromisoformat(v).isoformat() for k, v in asked.items() if k in ("since", "until")})
        return _story_body(templates, shown, all_conflicts, asked, total)
    # A big story opens on its most important entries: all 5,762 of a user test's story made a 5.3 MB page that
    # took 1.4 s. Any narrowing parameter, even a form's blank field, or ?top=all, shows what it asks for.
    bounded = total > BIG_STORY_ENTRIES and not any(name in params for name in NARROWING)
    variant = f"{'all' if all_conflicts else 'top'}{'-bounded' if bounded else ''}"
    if variant not in view.rendered:
        if bounded:
            opening = replace(view, timeline=top_entries(view.timeline, DEFAULT_TOP), rendered={})
            view.rendered[variant] = _story_body(
                templates, opening, all_conflicts, {"top": str(DEFAULT_TOP)}, total, opened_bounded=True
            )
        else:
            view.rendered[variant] = _story_body(templates, view, all_conflicts)
    return view.rendered[variant]


def _story_body(
    templates: Environment, view: StoryView, all_conflicts: bool, asked: dict[str, str] | None = None,
    total: int | None = None, opened_bounded: bool = False,
) -> str:
    """The page body; ``asked``: the narrowing the reader asked for (or the page opened on, ``opened_bounded``),
    of ``total`` entries in all."""
    news = _date_groups(view.news, "n")
    background = _date_groups(view.background, "b")
    # The sketch spans the news only, within the story's own dates: background reaching back years, or an entry
    # dated "the 21st century", would squeeze the story to a dot.
    shown = [item for group in news for item in group.entries]
    picture = sketch([item.entry for item in shown], [item.anchor for item in shown], story_window(view.timeline.story))
    conflicts = view.timeline.conflicts
    total = total if total is not None else len(view.timeline.entries)
    # Links back to this page keep what it shows; a big story's full view says so, or it would open bounded.
    here = urlencode(asked) if asked else (urlencode({"top": SHOW_ALL}) if total > BIG_STORY_ENTRIES else "")
    return templates.get_template("story_body.html").render(
        view=view, story=view.timeline.story, news=news, background=background, picture=picture,
        formats=EXPORT_FORMATS, names=view.actor_names, narrowing=urlencode(asked or {}), all_conflicts=all_conflicts,
        conflicts=conflicts if all_conflicts else conflicts[:SHOWN_CONFLICTS],
        hidden_conflicts=0 if all_conflicts else max(0, len(conflicts) - SHOWN_CONFLICTS),
        asked=asked or {}, total=total, opened_bounded=opened_bounded, here=here, show_all=SHOW_ALL,
        key_days=digest_days_told_once(view.digest),
    )


def _date_groups(entries: tuple[TimelineEntry, ...], prefix: str) -> list[DateGroup]:
    groups = []
    numbered = [shown_entry(f"{prefix}{i}", e) for i, e in enumerate(entries, 1)]
    for (when, precision), items in groupby(numbered, key=lambda s: (s.entry.date, s.entry.precision)):
        groups.append(DateGroup(when, precision, tuple(items)))
    return groups


async def article_page(request: Request) -> Response:
    """An article's clean text with the analysis highlighted, and the furniture that was removed."""
    article_id = path_id(request, "article_id")
    stored = await with_store(request, lambda store: store.get_article(article_id, copies=True))
    names = {a.key: a.name for a in stored.analysis.actors}
    text = paragraphs(stored.article.text, marks_of(stored.analysis, names))
    guess = date_is_guess(stored.article.published)
    return render(request, "article.html", stored=stored, article=stored.article, analysis=stored.analysis,
                  paragraphs=text, names=names, date_is_guess=guess)


async def export_download(request: Request) -> Response:
    """A story's timeline as a download in one of the export formats."""
    story_id = path_id(request, "story_id")
    fmt = request.path_params["fmt"]
    if fmt not in EXPORT_FORMATS:
        raise DatelineError(f"export format {fmt!r}: unknown (choose one of {', '.join(EXPORT_FORMATS)})")
    cache = context_of(request).cache
    view: StoryView = await with_store(request, lambda store: cache.view(store, story_id))
    # Narrowed as the page it is linked from.
    body = export_timeline(narrowed_timeline(request.query_params, view.timeline), fmt)
    name = f"story-{view.timeline.story.id}.{FILE_SUFFIXES[fmt]}"
    disposition = {"content-disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=disposition)


async def add_form(request: Request) -> Response:
    """The form to paste an article or give a URL or feed."""
    return render(request, "add.html", form=CoverageForm(), error=None)


async def add_submit(request: Request) -> Response:
    """Ingest the submitted coverage and go to the story it joined (or show the form with the error)."""
    # A pasted text of MAX_PASTE_CHARS is a form part of up to four bytes a character; the multipart parser's own
    # cap (1 MB) would refuse it.
    try:
        capped = _capped(request)
        async with capped.form(max_files=MAX_UPLOAD_FILES, max_part_size=4 * MAX_PASTE_CHARS + 1024) as data:
            if not csrf_ok(request, data.get(CSRF_FIELD)):
                return render(request, "error.html", status_code=403, status=403,
                              message="The form expired or came from another site: reload the page and submit again.")
            fields = {name: _field(data, name) for name in CoverageForm.__dataclass_fields__ if name != "files"}
            form = CoverageForm(**fields, files=())
            form = replace(form, files=await _uploads(data))
    except HTTPException as exc:
        # Too many files or too big a body: the form again with the reason, not the bare error page (a user test).
        return render(request, "add.html", status_code=400, form=CoverageForm(), error=f"the form: {exc.detail}")
    except DatelineError as exc:
        return render(request, "add.html", status_code=400, form=form, error=str(exc))
    context = context_of(request)
    try:
        result: CoverageResult = await with_store(
            request, lambda store: add_coverage(store, form, context.analyzer, context.allow_private)
        )
    except DatelineError as exc:
        return render(request, "add.html", status_code=400, form=form, error=str(exc))
    if result.story_id is None:
        return RedirectResponse(f"/articles/{result.article_id}", status_code=303)
    query = urlencode({"added": result.message})
    return RedirectResponse(f"/stories/{result.story_id}?{query}", status_code=303)


# The most a form may send: its files together, a pasted text, and the fields and part headers beside them. The
# parser writes every file to a temporary file before the form's token can be checked, so a bigger body (a page of
# another site may post one) is refused as it arrives, not stored to the end.
MAX_FORM_BYTES = MAX_UPLOAD_BYTES + 4 * MAX_PASTE_CHARS + 1024 * 1024
_TOO_BIG = (f"it is larger than {size_label(MAX_UPLOAD_BYTES)}: add the files in parts, or with `dateline ingest`")


def _capped(request: Request) -> Request:
    """The request with its body refused past MAX_FORM_BYTES: at once when its Content-Length says so, else as the
    parser reads past it (MultiPartException, which the form parsing makes an HTTPException)."""
    cap = MAX_FORM_BYTES
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise HTTPException(status_code=413, detail=_TOO_BIG)
    received = 0

    async def receive() -> Message:
        nonlocal received
        message = await request.receive()
        received += len(message.get("body", b""))
        if received > cap:
            raise MultiPartException(_TOO_BIG)
        return message

    return Request(request.scope, receive)


async def _uploads(data: FormData) -> tuple[tuple[str, bytes], ...]:
    """The files chosen in the form, as (name, content), each read up to one byte past the ingest cap (the sources
    stage refuses a larger one by name); an empty file field sends none. DatelineError past MAX_UPLOAD_BYTES."""
    found, total = [], 0
    for value in data.getlist("files"):
        if isinstance(value, UploadFile) and value.filename:
            content = await value.read(DEFAULT_MAX_BYTES + 1)
            total += len(content)
            if total > MAX_UPLOAD_BYTES:
                raise DatelineError(f"the files are larger than {size_label(MAX_UPLOAD_BYTES)} together: add them in "
                                    "parts, or with `dateline ingest`")
            found.append((upload_name(value.filename), content))
    return tuple(found)


def upload_name(filename: str) -> str:
    """An uploaded file's name as its origin: the path a folder upload sends ("2010-04-22/17.htm.txt", whose folder
    dates it as `dateline ingest` dates a file), at most its last three parts, without a drive, "." or ".."; a
    Windows path's backslashes read as slashes."""
    parts = [p for p in filename.replace("\\", "/").split("/") if p not in ("", ".", "..") and not p.endswith(":")]
    return "/".join(parts[-3:]) or "upload"


def _field(data: FormData, name: str) -> str:
    value = data.get(name)
    return value if isinstance(value, str) else ""


async def login_form(request: Request) -> Response:
    """Ask for the access token (only when the server was started with one)."""
    return render(request, "login.html", next=_safe_next(request.query_params.get("next")), error=None)


async def login_submit(request: Request) -> Response:
    """Check the token; on success set the cookie and go where the user was heading."""
    data = await request.form()
    target = _safe_next(_field(data, "next"))
    expected = context_of(request).token
    if not csrf_ok(request, data.get(CSRF_FIELD)):
        return render(request, "login.html", status_code=403, next=target, error="The form expired: try again.")
    if expected is None:
        return RedirectResponse(target, status_code=303)
    if not token_matches(expected, _field(data, "token")):
        return render(request, "login.html", status_code=401, next=target, error="That token is not right.")
    return with_token_cookie(RedirectResponse(target, status_code=303), expected)


def _safe_next(value: str | None) -> str:
    """Only a path on this site: an open redirect would hand the login to someone else's page."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


ROUTES = [
    Route("/", stories_page, methods=["GET"]),
    Route("/stories/{story_id:int}", story_page, methods=["GET"]),
    Route("/stories/{story_id:int}/export/{fmt:str}", export_download, methods=["GET"]),
    Route("/articles/{article_id:int}", article_page, methods=["GET"]),
    Route("/add", add_form, methods=["GET"]),
    Route("/add", add_submit, methods=["POST"]),
    Route("/login", login_form, methods=["GET"]),
    Route("/login", login_submit, methods=["POST"]),
]
