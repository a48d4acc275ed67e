"""Adding coverage from the web form: pasted text, or a URL of an article or a feed.

The analyzer (a spaCy model) is loaded once per app and shared; ingests run one at a time because
the model is not safe to use from several threads at once and SQLite takes one writer anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dateline.errors import DatelineError
from dateline.pipeline import ArticleAnalyzer, Ingestor, IngestReport
from dateline.present.text import render_kept, render_redating
from dateline.records import PASTE_ORIGIN, RawInput
from dateline.sources import Fetcher, GivenMetadata
from dateline.sources.metadata import implausible_publication, one_line
from dateline.store import SqliteStore
from dateline.web.security import private_url_reason

MAX_PASTE_CHARS = 2_000_000
MAX_UPLOAD_FILES = 1000  # files one form may upload (a folder of a week's coverage) ...
MAX_UPLOAD_BYTES = 200 * 1024 * 1024  # ... and their size together
_GIVE_A_DATE = "add it again with its publication date"
_NOTES_SHOWN = 3
PRIVATE_FIX = "dateline serve --allow-private"


@dataclass(frozen=True)
class CoverageForm:
    """What the user submitted: either ``text`` or ``url``, with optional metadata."""

    text: str = ""
    url: str = ""
    title: str = ""
    outlet: str = ""
    published: str = ""
    source_url: str = ""
    author: str = ""
    files: tuple[tuple[str, bytes], ...] = ()  # uploaded files: (name, content)


@dataclass(frozen=True)
class CoverageResult:
    """Where the new coverage landed: the story to show, and one line saying what happened."""

    story_id: int | None
    article_id: int | None
    message: str


class SharedAnalyzer:
    """Loads the analyzer on first use and hands the same one to every ingest."""

    def __init__(self, factory: Callable[[], ArticleAnalyzer]) -> None:
        self._factory = factory
        self._analyzer: ArticleAnalyzer | None = None
        self.lock = threading.Lock()

    def get(self) -> ArticleAnalyzer:
        """The loaded analyzer (call while holding :attr:`lock`)."""
        if self._analyzer is None:
            self._analyzer = self._factory()
        return self._analyzer


def default_analyzer_factory() -> ArticleAnalyzer:
    """The real analysis stage; imported late because loading spaCy takes a moment."""
    from dateline.analyze import Analyzer

    return Analyzer.load()


def add_coverage(
    store: SqliteStore, form: CoverageForm, analyzer: SharedAnalyzer, allow_private: bool
) -> CoverageResult:
    """Ingest what the form gives and say which story it went into; DatelineError for bad input."""
    published = _parse_date(form.published)
    given = GivenMetadata(
        published=published, outlet=form.outlet.strip() or None,
        url=form.source_url.strip() or None, title=form.title.strip() or None,
        author=one_line(form.author),
    )
    if form.text.strip() and form.url.strip():
        # The address would go unread without a word (a user test): the pasted text's own address has its field.
        raise DatelineError("give the text or an address to fetch, not both (a pasted text's own address goes in "
                            "its Original address field)")
    if form.files and (form.text.strip() or form.url.strip()):
        raise DatelineError("give files, a text or an address to fetch, one of them")
    with analyzer.lock:
        ingestor = Ingestor(store, analyzer.get)
        if form.files:
            # A feed or OPML list among them is read as the CLI reads a file, its addresses fetched under the
            # server's setting for private addresses.
            with Fetcher(allow_private=allow_private) as fetcher:
                report = ingestor.ingest_documents(form.files, given, fetcher=fetcher)
        elif form.text.strip():
            report = ingestor.ingest_inputs(
                [_pasted(form.text, given)], user_date=published is not None, user_outlet=given.outlet is not None
            )
        elif form.url.strip():
            url = form.url.strip()
            if not url.lower().startswith(("http://", "https://")):
                raise DatelineError(f"{url}: give an http:// or https:// address")
            reason = None if allow_private else private_url_reason(url)
            if reason:
                # The refusal is the server's setting, not the user's mistake: say how to lift it (a user test).
                raise DatelineError(f"{reason}; to add from such an address, start the server with {PRIVATE_FIX}")
            with Fetcher(allow_private=allow_private) as fetcher:
                report = ingestor.ingest([url], given, fetcher=fetcher)
        else:
            raise DatelineError("the form is empty: paste an article's text, choose files or give a URL")
    return _result(store, report)


def _pasted(text: str, given: GivenMetadata) -> RawInput:
    if len(text) > MAX_PASTE_CHARS:
        raise DatelineError(f"{PASTE_ORIGIN}: the text is longer than {MAX_PASTE_CHARS:,} characters")
    return RawInput(
        origin=PASTE_ORIGIN, body=text.replace("\r\n", "\n"), kind="text", url=given.url,
        given_title=given.title, given_published=given.published, given_outlet=given.outlet,
        given_author=given.author,
    )


def _also(report: IngestReport, stored: bool = True) -> str:
    """What else became of several inputs (files, a feed) beside the articles added: duplicates (``stored``) and
    failures, the first failures named."""
    parts = []
    if report.duplicates and stored:
        parts.append(f"{len(report.duplicates)} already stored")
    if report.failed:
        named = "; ".join(f"{f.origin}: {f.reason}" for f in report.failed[:3])
        parts.append(f"{len(report.failed)} not added ({named}{'; ...' if len(report.failed) > 3 else ''})")
    return f" {', '.join(parts)[0].upper()}{', '.join(parts)[1:]}." if parts else ""


def _parse_date(value: str) -> date | None:
    if not value.strip():
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError as exc:
        raise DatelineError(f"publication date {value!r}: use the form YYYY-MM-DD") from exc
    problem = implausible_publication(day)
    if problem is not None:
        raise DatelineError(f"publication date {value!r}: cannot be a publication date ({problem})")
    return day


def _result(store: SqliteStore, report: IngestReport) -> CoverageResult:
    """The story to show: the first new article's, else the story of what it duplicates."""
    if report.ingested:
        first = report.ingested[0]
        more = f" and {len(report.ingested) - 1} more" if len(report.ingested) > 1 else ""
        # What the CLI's ingest line says too: a long paste cut for the analysis, a page not in English, no date;
        # of several files, of each that needs it (a user test's upload of 13 said nothing of its 2 undated).
        noted = [(added, note) for added in report.ingested for note in added.notes(_GIVE_A_DATE)]
        if more:
            notes = "".join(f" ({added.origin}: {note}.)" for added, note in noted[:_NOTES_SHOWN])
            if len(noted) > _NOTES_SHOWN:
                notes += f" ({len(noted) - _NOTES_SHOWN} more notes: see each article.)"
        else:
            notes = "".join(f" ({note}.)" for _, note in noted)
        return CoverageResult(
            first.story_id, first.article_id, f"Added “{first.title}”{more}.{notes}{_also(report)}"
        )
    if report.duplicates:
        dup = report.duplicates[0]
        original = store.get_article(dup.of_article)
        kind = "already stored" if dup.kind == "exact" else "a reprint of a stored article"
        message = f"This coverage is {kind}: “{original.article.title}”."
        note = (
            render_redating(dup.redated.published, dup.redated.was) if dup.redated
            else render_kept(dup.kept) if dup.kept else ""
        )
        if note:
            message += f" {note[0].upper()}{note[1:]}."
        if dup.relabelled:
            message += f" Outlet set to “{dup.relabelled.outlet}”."
        if dup.copy_by:
            message += f" Recorded as {dup.copy_by}’s copy."
        if len(report.duplicates) > 1:
            message += f" {len(report.duplicates) - 1} more already stored."
        # Failed files beside stored ones are still named (a user test's binary and broken .gz went unmentioned).
        return CoverageResult(original.story_id, original.id, message + _also(report, stored=False))
    if report.failed:
        raise DatelineError("; ".join(f"{f.origin}: {f.reason}" for f in report.failed[:3]))
    if report.unchanged:
        raise DatelineError(f"{report.unchanged[0].origin}: the feed has not changed since it was last read")
    raise DatelineError("nothing to add: the input held no article")
