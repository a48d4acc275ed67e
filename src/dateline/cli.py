"""The ``dateline`` command line: thin commands over the library's stages."""

from __future__ import annotations

import errno
import json
import os
import re
import select
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from dateline.cli_common import (
    DB_HELP,
    ID,
    READ_DB_HELP,
    SECONDS,
    OptionError,
    echo_json,
    note_merged,
    open_cli_store,
    timeline_of,
)
from dateline.cli_manage import MANAGE_COMMANDS
from dateline.errors import DatelineError
from dateline.sources.metadata import implausible_publication, one_line

if TYPE_CHECKING:
    from dateline.pipeline import Ingested, IngestReport


def _stdout_reader_gone() -> bool:
    """True when stdout is a pipe or socket whose reading end has closed (``dateline ... | head``).

    A BrokenPipeError can also come from elsewhere (a worker pool's pipe); that one is a failure.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # io.UnsupportedOperation under CliRunner, or closed
        return False
    if not hasattr(select, "poll"):  # Windows: no way to ask, so trust the error
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)  # POLLERR and POLLHUP are reported whatever is asked for
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


def _end_quietly_if_stdout_closed(exc: BrokenPipeError) -> NoReturn:
    """Exit with status 0 when the reader of stdout went away, as `git log | head` does; else re-raise.

    Output still buffered would meet the closed pipe again when Python flushes stdout at exit, so
    stdout is pointed at the null device first (the recipe in the ``signal`` module's documentation).
    """
    if not _stdout_reader_gone():
        raise exc
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    raise click.exceptions.Exit(0)


class DatelineGroup(click.Group):
    """Turns Dateline's own errors into one line on stderr and exit status 1, never a traceback.

    Output cut off by a reader that closed the pipe (`dateline actors | head -1`) ends quietly with
    status 0; click alone would exit 1.
    """

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:  # `dateline --help` and `--version` print while the arguments are parsed
            return super().make_context(info_name, args, parent, **extra)
        except BrokenPipeError as exc:
            _end_quietly_if_stdout_closed(exc)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # so that a closed pipe shows here, not when Python flushes at exit
            return result
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from exc
        except BrokenPipeError as exc:
            _end_quietly_if_stdout_closed(exc)
        except OSError as exc:
            # Writing the output failed (`export -o` into a missing folder, a full disk): one line, no traceback.
            where = f"{exc.filename}: " if exc.filename else ("output: " if exc.errno in _OUTPUT_ERRORS else "")
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc


_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG})


@click.group(cls=DatelineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
@click.option("--db", "root_db", metavar="TEXT",
              help="The store for the command that follows (its own --db wins): as `dateline --db FILE stories`.")
@click.pass_context
def main(ctx: click.Context, root_db: str | None) -> None:
    """Dateline turns news coverage from many outlets into dated, sourced story timelines.

    Typical use: `dateline ingest PAGES...`, then `dateline stories` and `dateline timeline ID`.
    """
    if root_db:
        # Every command reads its store from --db or $DATELINE_DB: the option given before the command stands in
        # for the variable while the command runs (a user test found `dateline --db X stories` refused).
        previous = os.environ.get("DATELINE_DB")
        os.environ["DATELINE_DB"] = root_db
        ctx.call_on_close(lambda: _restore_environment("DATELINE_DB", previous))


def _restore_environment(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


# The JSONL record format, shown under `ingest --help` (and so in docs/usage.md); sources/jsonl.py reads it.
JSONL_HELP = """JSONL input: a file named .jsonl or .ndjson, or either gzipped (.jsonl.gz, .ndjson.gz), holds one
JSON object per line (UTF-8), each line one input; stdin or a file not named as text or HTML (.txt, .md,
.html, ...) is read as JSONL when its first non-blank line is such an object. Fields: "text" (plain text)
or "html" (a page), one of them required and not blank ("html" wins when both are); "url", "title",
"outlet", "author" and "published" are optional; each is a string or null, and other fields are ignored.
"published" is an ISO 8601 date or date-time (2025-07-24, 2025-07-24T18:30:00+03:00) or an RFC 822 date
(Thu, 24 Jul 2025 18:30:00 GMT); the calendar day written is kept (no shift to UTC), and it re-dates a
stored copy that has no date or an inferred one. --published, --outlet and --author override every record's own (a
record's date then need not parse); --url and --title are refused for a JSONL file. Blank lines are skipped. A bad line
(not JSON, not an object, a field that is not a string, no "text" or "html", an unreadable "published" or
one before 1800 or after tomorrow, JSON nested too deep, a line over 20 MB) fails alone as PATH:LINE: reason;
the other lines go on and the exit status is 1. A file with no record at all is a failure.

\b
Example, news.jsonl (one record a line; "..." stands for the rest of each article):
{"text": "Parliament passed the budget ...", "title": "Budget passes", "author": "Jane Doe", "published": "2025-05-16"}
{"html": "<html><body><article><p>Forty people ...", "url": "https://coast.example/2025/05/15/rescue"}
{"text": "The storm passed ...", "outlet": "Coast Radio", "published": "Thu, 15 May 2025 09:00:00 GMT"}
"""


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2025-07-24") from exc


def _parse_publication_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A date that can be a publication date: from 1800 to tomorrow (``--since``/``--until`` take any day)."""
    day = _parse_date(ctx, param, value)
    problem = implausible_publication(day) if day is not None else None
    if problem is not None:
        raise click.BadParameter(f"{value!r} cannot be a publication date ({problem})")
    return day


def _make_progress(total_hint: int | None) -> tuple[Callable[[str], None], Callable[[], None]]:
    """A progress bar on stderr when it is a terminal; silence otherwise."""
    if not sys.stderr.isatty():
        return (lambda _origin: None), (lambda: None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=Console(stderr=True), transient=True,
    )
    task = progress.add_task("", total=total_hint)
    progress.start()

    def advance(origin: str) -> None:
        progress.update(task, advance=1, description=Path(origin).name[:40])

    return advance, progress.stop


_ABSOLUTE_WEB_ADDRESS = re.compile(r"(?i)https?://[^\s/?#]+(?:[/?#]\S*)?$")  # any host: [::1]:8080, user@host


def _check_one_input(sources: tuple[str, ...], url: str | None, title: str | None) -> None:
    """Refuse --url or --title for SOURCES that name several inputs: each would get the same URL and headline.

    Several SOURCES, a directory and a JSONL file are known to hold several inputs before anything
    is read; a feed or OPML list is only known once fetched, so it is not caught here.
    """
    if url is not None and not _ABSOLUTE_WEB_ADDRESS.match(url):
        # A user test gave --url 'not a url' and saw it stored as the article's link.
        raise OptionError(f"--url {url!r} is not an absolute http(s) address (https://outlet.example/2025/07/18/story)")
    options = " and ".join(name for name, value in (("--url", url), ("--title", title)) if value is not None)
    if not options:
        return
    from dateline.sources.jsonl import is_jsonl

    if len(sources) > 1:
        problem = f"{len(sources)} SOURCES were given"
    elif Path(sources[0]).is_dir():
        problem = f"{sources[0]} is a directory"
    elif is_jsonl(Path(sources[0])):
        fields = options.replace("--", "")
        problem = f"{sources[0]} holds one input per line (give each record its own {fields})"
    else:
        return
    verb = "describe" if " and " in options else "describes"
    raise OptionError(f"{options} {verb} one input, but {problem}")


def _duplicates_count(report: IngestReport) -> str:
    """ "3 duplicates", saying how many of them were stored as reprints with edits (a user test read "0 ingested, 1
    duplicates" beside "stored as article 3" as a contradiction)."""
    reprints = sum(1 for duplicate in report.duplicates if duplicate.kind == "near")
    stored = f" ({reprints} stored as reprints with edits)" if reprints else ""
    return f"{len(report.duplicates)} duplicates{stored}"


def _ingested_notes(item: Ingested) -> str:
    """What the user should know of an article just stored (see ``Ingested.notes``), each in brackets."""
    return "".join(f" [{note}]" for note in item.notes("ingest again with --published YYYY-MM-DD"))


class _OutcomeLines:
    """Prints each input's outcome as soon as the ingest records it, not all at the end.

    A long ingest piped into a file or another program then shows how far it got, and one stopped
    with Ctrl-C has said what it stored. Failures go to stderr; with ``quiet`` (--json) nothing is
    printed, the JSON summary says it all.
    """

    def __init__(self, report: IngestReport, *, quiet: bool) -> None:
        self.report = report
        self.quiet = quiet
        self._shown = (0, 0, 0, 0)  # ingested, duplicates, failed, unchanged feeds already printed

    def echo_new(self) -> None:
        """Print the outcomes recorded since the last call."""
        from dateline.present.text import render_kept, render_redating

        report, (ingested, duplicates, failed, unchanged) = self.report, self._shown
        self._shown = (len(report.ingested), len(report.duplicates), len(report.failed), len(report.unchanged))
        if self.quiet:
            return
        for item in report.ingested[ingested:]:
            click.echo(f"+ article {item.article_id} (story {item.story_id}): {item.title}{_ingested_notes(item)}")
        for dup in report.duplicates[duplicates:]:
            redated = f"; {render_redating(dup.redated.published, dup.redated.was)}" if dup.redated else ""
            kept = f"; {render_kept(dup.kept)}" if dup.kept else ""
            relabelled = (
                f"; outlet set to {dup.relabelled.outlet!r}"
                + (f" (was {dup.relabelled.was!r})" if dup.relabelled.was else "") if dup.relabelled else ""
            )
            copy = f"; recorded as {dup.copy_by}'s copy" if dup.copy_by else ""
            if dup.kind == "near":
                click.echo(
                    f"= {dup.origin}: a reprint of article {dup.of_article} with edits, stored as article "
                    f"{dup.article_id} (its edited sentences count as its outlet's own reports)"
                )
                continue
            click.echo(
                f"= {dup.origin}: {dup.kind} duplicate of article {dup.of_article}{redated}{kept}{relabelled}{copy}"
            )
        for failure in report.failed[failed:]:
            click.echo(f"{failure.origin}: {failure.reason}", err=True)
        for feed in report.unchanged[unchanged:]:
            click.echo(f"= {feed.origin}: feed unchanged since it was last read, nothing new")


@main.command(epilog=JSONL_HELP)
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", envvar="DATELINE_DB", help=DB_HELP)
@click.option("--published", callback=_parse_publication_date,
              help="Publication date of every input (YYYY-MM-DD); it also re-dates an input already stored "
                   "whatever date it had, unless another outlet's copy of the text was stored first.")
@click.option("--outlet", help="Outlet name of every input; it also renames the outlet of an input read again "
                              "(the same file or URL) or stored without one.")
@click.option("--url", help="Original URL of the one input (a year/month/day in its path also dates an undated "
                           "page); only with a single SOURCE that is one page.")
@click.option("--title", help="Headline of the one input, overriding what extraction finds; only with a single "
                             "SOURCE that is one page.")
@click.option("--author", help="Byline of every input, overriding what the page, a feed or a JSONL record gives (an "
                              "input already stored keeps its own).")
@click.option("--timeout", default=10.0, show_default=True, type=SECONDS, help="Seconds before a fetch gives up.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for extraction and analysis.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(
    sources: tuple[str, ...], db: str | None, published: date | None, outlet: str | None,
    url: str | None, title: str | None, author: str | None, timeout: float, workers: int, as_json: bool,
) -> None:
    """Read SOURCES into the store: files, directories, - (stdin), URLs, RSS/Atom feeds, OPML, JSONL.

    A directory is read with its subfolders, in name order, hidden files left out, linked folders
    followed (each folder once). Each input is stored in its own transaction; the same content twice
    is stored once and reprints are linked to their original. The same text from another source
    naming another outlet or URL (a wire story a second outlet printed) is recorded as that outlet's
    copy: timelines cite it with the original, as a copy, not as an independent report. An input
    already stored that comes with --published re-dates the stored article whatever its date (to fix
    a wrong one, ingest it again with the right one), unless it is another outlet's copy of the text
    (--outlet names another outlet than the stored one: then only a missing or guessed date
    changes). The same file or URL given again with --outlet takes that outlet name (another
    source's copy renames only a missing outlet); a feed entry's or JSONL record's date re-dates it
    only if it has no date or one inferred from its text or URL (a date given before or read from
    the page is kept). Its times and events are then anchored again on the new date. Exit status 1
    if any input failed, a failed re-date included.
    """
    from dateline.analyze import Analyzer
    from dateline.pipeline import Ingestor, IngestReport
    from dateline.sources import Fetcher, GivenMetadata
    from dateline.store.codec import to_jsonable

    _check_one_input(sources, url, title)
    given = GivenMetadata(published=published, outlet=outlet, url=url, title=title, author=one_line(author))
    report = IngestReport()
    outcomes = _OutcomeLines(report, quiet=as_json)
    advance, stop = _make_progress(None)

    def progress(origin: str) -> None:
        advance(origin)
        outcomes.echo_new()

    with open_cli_store(db, create=True) as store, Fetcher(timeout=timeout) as fetcher:
        try:
            Ingestor(store, Analyzer.load).ingest(
                list(sources), given, fetcher=fetcher, progress=progress, workers=workers, report=report
            )
        except KeyboardInterrupt:
            # Each input is stored in its own transaction: say what was kept (a review saw only "Aborted!").
            stop()
            outcomes.echo_new()
            click.echo(
                f"interrupted: {len(report.ingested)} ingested, {_duplicates_count(report)}, "
                f"{len(report.failed)} failed before it; the input being read was not stored", err=True
            )
            sys.exit(130)
        finally:
            stop()
    outcomes.echo_new()
    if as_json:
        echo_json({
            "ingested": [vars(i) for i in report.ingested],
            "duplicates": [to_jsonable(d) for d in report.duplicates],
            "failed": [vars(f) for f in report.failed],
            "unchanged_feeds": [f.origin for f in report.unchanged],
        })
    else:
        unchanged = f", {len(report.unchanged)} feed(s) unchanged" if report.unchanged else ""
        click.echo(
            f"{len(report.ingested)} ingested, {_duplicates_count(report)}, {len(report.failed)} failed" + unchanged
        )
    if not report.ok:
        sys.exit(1)


@main.command()
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
@click.option("--story", "story_id", type=ID, help="Only this story's articles (and their reprints).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def articles(db: str | None, limit: int | None, story_id: int | None, as_json: bool) -> None:
    """List stored articles, newest first, with the story each is in."""
    from dateline.link import get_story
    from dateline.present import article_summary_json
    from dateline.present.text import render_article_list

    with open_cli_store(db) as store:
        if story_id is not None:
            shown = get_story(store, story_id).id  # NotFoundError for an unknown story
            note_merged(story_id, shown)
            story_id = shown
        rows = store.list_articles(limit, story_id=story_id)
    if as_json:
        echo_json([article_summary_json(r) for r in rows])
    else:
        click.echo(render_article_list(rows))


@main.command()
@click.argument("article_id", type=ID)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def article(article_id: int, db: str | None, as_json: bool) -> None:
    """Show one article: metadata, clean text, removed furniture, times, actors, quotes, events."""
    from dateline.present import article_json
    from dateline.present.text import render_article

    with open_cli_store(db) as store:
        stored = store.get_article(article_id, copies=True)
    click.echo(json.dumps(article_json(stored), ensure_ascii=False, indent=2) if as_json
               else render_article(stored))


@main.command()
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stories(db: str | None, limit: int | None, offset: int, as_json: bool) -> None:
    """List stories by latest activity."""
    from dateline.link import list_stories
    from dateline.present import story_json
    from dateline.present.text import render_stories

    with open_cli_store(db) as store:
        found = list_stories(store, limit, offset)
    if as_json:
        echo_json([story_json(s) for s in found])
    else:
        click.echo(render_stories(found))


@main.command()
@click.argument("story_id", type=ID)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option(
    "--top", type=click.IntRange(min=1),
    help="Only the N entries an editor would keep, in date order: the most important (independent outlets, "
    "how much of the coverage speaks of the day), spread over the story's days.",
)
@click.option("--since", callback=_parse_date, help="Only entries dated on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=_parse_date, help="Only entries dated on or before this day (YYYY-MM-DD).")
@click.option(
    "--min-outlets", type=click.IntRange(min=1), default=1, show_default=True,
    help="Only entries that at least N independent outlets report (a copy of another's text does not count).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def timeline(
    story_id: int, db: str | None, top: int | None, since: date | None, until: date | None, min_outlets: int,
    as_json: bool,
) -> None:
    """Show a story's timeline: each happening once, with every outlet that reported it.

    --since, --until and --min-outlets narrow a long timeline first; --top then keeps the N most important of
    what is left.
    """
    from dateline.link import filter_entries, top_entries
    from dateline.present import timeline_json
    from dateline.present.text import render_timeline

    if since is not None and until is not None and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    with open_cli_store(db) as store:
        tl = timeline_of(store, story_id)
    tl = filter_entries(tl, since, until, min_outlets)
    if top is not None:
        tl = top_entries(tl, top)
    click.echo(json.dumps(timeline_json(tl), ensure_ascii=False, indent=2) if as_json else render_timeline(tl))


@main.command()
@click.argument("story_id", type=ID)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def conflicts(story_id: int, db: str | None, as_json: bool) -> None:
    """Show where the sources of a story disagree (dates, numbers, roles, assertions)."""
    from dateline.present.shapes import conflict_json
    from dateline.present.text import render_conflicts

    with open_cli_store(db) as store:
        tl = timeline_of(store, story_id)
    if as_json:
        echo_json([conflict_json(c) for c in tl.conflicts])
    else:
        click.echo(render_conflicts(tl))


@main.command()
@click.argument("story_id", type=ID)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--days", type=click.IntRange(min=1), default=10, show_default=True, help="How many key days.")
@click.option("--per-day", type=click.IntRange(min=1), default=2, show_default=True,
              help="How many sentences tell each day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def digest(story_id: int, db: str | None, days: int, per_day: int, as_json: bool) -> None:
    """Show a story's key days, each told in its best sentences ("what we know so far").

    Days are those the coverage is published on or names most often; each day's sentences are the
    ones that together best cover what its articles say, each cited with its outlet and article.
    """
    from dateline.link import story_digest
    from dateline.present.shapes import digest_json
    from dateline.present.text import render_digest

    with open_cli_store(db) as store:
        found = story_digest(store, story_id, days, per_day)
    note_merged(story_id, found.story.id)
    if as_json:
        echo_json(digest_json(found))
    else:
        click.echo(render_digest(found))


for _command in MANAGE_COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":
    main()
