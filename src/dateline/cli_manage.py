"""CLI commands to correct stories, list actors, export, serve the web UI and run evaluations."""

from __future__ import annotations

import dataclasses
import errno
import importlib
import os
import socket
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from dateline.cli_common import DB_HELP, ID, READ_DB_HELP, echo_json, missing_store, open_cli_store, timeline_of
from dateline.errors import DatelineError


@click.group()
def story() -> None:
    """Correct the grouping of articles into stories; corrections persist across later ingests."""


@story.command("merge")
@click.argument("story_a", type=ID)
@click.argument("story_b", type=ID, nargs=-1, required=True)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
def story_merge(story_a: int, story_b: tuple[int, ...], db: str | None) -> None:
    """Merge story B (one or more stories) into story A, all or none.

    B's id keeps leading to A: `timeline B` shows A with a note on stderr, its web page moves to A's.
    """
    from dateline.link import merge_stories

    if story_a in story_b:
        raise click.ClickException(f"story {story_a}: cannot merge a story with itself")
    if len(set(story_b)) < len(story_b):
        twice = next(b for b in story_b if story_b.count(b) > 1)
        raise click.ClickException(f"story {twice}: named twice")
    with open_cli_store(db) as store:
        merged = merge_stories(store, story_a, *story_b)
    click.echo(f"story {merged.id}: {merged.title} ({_articles(len(merged.article_ids))})")


def _articles(count: int) -> str:
    return f"{count} article" if count == 1 else f"{count} articles"


@story.command("split")
@click.argument("story_id", type=ID)
@click.argument("article_ids", type=ID, nargs=-1, required=True)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
def story_split(story_id: int, article_ids: tuple[int, ...], db: str | None) -> None:
    """Move ARTICLE_IDS out of STORY_ID into a new story."""
    from dateline.link import split_story

    with open_cli_store(db) as store:
        new = split_story(store, story_id, list(article_ids))
    click.echo(f"story {new.id}: {new.title} ({_articles(len(new.article_ids))})")


@story.command("rename")
@click.argument("story_id", type=ID)
@click.argument("title")
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
def story_rename(story_id: int, title: str, db: str | None) -> None:
    """Give a story a title of your own; later ingests keep it."""
    from dateline.link import rename_story

    with open_cli_store(db) as store:
        renamed = rename_story(store, story_id, title)
    click.echo(f"story {renamed.id}: {renamed.title}")


@click.command()
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def actors(db: str | None, limit: int | None, as_json: bool) -> None:
    """List canonical actors across the store, most mentioned first."""
    from dateline.store.actors import list_actors

    with open_cli_store(db) as store:
        found = list_actors(store, limit)
    if as_json:
        echo_json([dataclasses.asdict(a) for a in found])
        return
    if not found:
        click.echo("No actors yet.")
    for a in found:
        click.echo(f"{a.name:<40} {a.kind:<10} {a.articles:>4} article(s) {a.mentions:>5} mention(s)")


@click.command()
@click.argument("name")
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--exact", is_flag=True, help="Only the actor whose key or display name is NAME (case aside), such as "
                                            "a surname stored alone that NAME would otherwise find ambiguous.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def actor(name: str, db: str | None, exact: bool, as_json: bool) -> None:
    """Show one actor: its roles over time and the articles that mention it.

    NAME is an actor's name or key ("Jeb Bush"), another name of a stored place ("U.S." for the
    United States), or whole words of one actor's name ("Bush"; "us" does not match "Jeb Bush"). Case,
    accents and dots do not matter. A name that fits several actors is an error that lists them, and so
    is a surname stored alone, as a person or an organisation, beside full names with it ("Trump" beside
    "Donald Trump"). Another form
    of a stored full name finds it ("Hillary Rodham Clinton" for "Hillary Clinton").
    """
    from dateline.present import actor_json
    from dateline.store.actors import find_actor

    with open_cli_store(db) as store:
        found = find_actor(store, name, exact=exact)
    roles = [dataclasses.asdict(r) for r in found.roles]
    if as_json:
        echo_json(actor_json(found.key, found.name, found.kind, roles, list(found.article_ids)))
        return
    click.echo(f"{found.name} ({found.kind})")
    for r in found.roles:
        click.echo(f"  {r.role:<45} {r.first_date or '?'} .. {r.last_date or '?'}  ({r.articles} article(s))")
    click.echo(f"  mentioned in articles: {', '.join(map(str, found.article_ids))}")


@click.command()
@click.argument("story_id", type=ID)
@click.option("--db", envvar="DATELINE_DB", help=READ_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["timelinejs", "csv", "markdown", "jsonl", "json"]),
              default="markdown", show_default=True,
              help="timelinejs: Knight Lab TimelineJS; csv: a row per entry, its sentences one per line of a cell; "
                   "markdown: a 'what we know' list, each source by outlet, link and article id; jsonl: an entry "
                   "per line; json: what `timeline --json` prints.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
@click.option("--top", type=click.IntRange(min=1), help="Only the N entries `dateline timeline --top N` keeps.")
def export(story_id: int, db: str | None, fmt: str, output: str | None, top: int | None) -> None:
    """Export a story's timeline as TimelineJS JSON, CSV, Markdown, JSONL of entries or one JSON document."""
    from dateline.link import top_entries
    from dateline.present.exports import export_timeline

    with open_cli_store(db) as store:
        timeline = timeline_of(store, story_id)
        text = export_timeline(top_entries(timeline, top) if top else timeline, fmt)  # type: ignore[arg-type]
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@click.command()
@click.option("--db", envvar="DATELINE_DB", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="DATELINE_TOKEN", help="Access token; required to bind beyond 127.0.0.1.")
@click.option("--allow-private", is_flag=True, help="Let the add-coverage form fetch private/loopback URLs.")
def serve(db: str | None, host: str, port: int, token: str | None, allow_private: bool) -> None:
    """Start the web UI and JSON API.

    A SQLite store that does not exist yet is created, empty, for coverage added in the web UI; a line
    on stderr says so, in case --db or the folder was not the one meant.
    """
    from dateline.store import resolve_location
    from dateline.web import serve as run_server

    ensure_port_free(host, port)
    missing = missing_store(db)
    if missing is not None:
        click.echo(f"{missing}: no Dateline store here; starting an empty one (add coverage at /add)", err=True)
    run_server(resolve_location(db), host=host, port=port, token=token, allow_private=allow_private)


def ensure_port_free(host: str, port: int) -> None:
    """Raise DatelineError naming ``host:port`` when a server could not listen there.

    Binds, then closes, a socket on each address uvicorn would (asyncio's ``create_server``: every
    address ``host`` resolves to, SO_REUSEADDR, IPv6 sockets IPv6-only), so that a port in use is one
    line and exit status 1 rather than uvicorn's log lines and exit status 3. Another program can still
    take the port between this check and uvicorn's start; uvicorn then reports it as before.
    """
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise DatelineError(f"--host {host}: not a known address ({exc.strerror})") from exc
    with ExitStack() as probes:  # all held at once, as the server would hold them
        for family, kind, proto, _, address in dict.fromkeys(addresses):
            probe = probes.enter_context(socket.socket(family, kind, proto))
            if os.name == "posix":  # as asyncio does: a port in TIME_WAIT is free to uvicorn
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    raise DatelineError(f"{where} is already in use; give another --port") from exc
                raise DatelineError(f"{where}: cannot listen there ({exc.strerror})") from exc


# name -> (module under dateline.eval, default data folder relative to the repository, extra keyword arguments)
EVALUATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "time": ("tempeval", "../shared/data/tempeval3/TBAQ-cleaned", {}),
    "extract": ("extraction", "../shared/data/article-extraction-benchmark", {}),
    "quotes": ("polnear", "../shared/data/polnear", {"split": "dev"}),
    "events": ("plover", "../shared/data/plover", {}),
    "entities": ("ecb_entities", "../shared/data/ecbplus", {}),
    "stories": ("ecb_stories", "../shared/data/ecbplus", {}),
    "timelines": ("timeline17", "../shared/data/timeline17", {}),
    "top-entries": ("timeline17_top", "../shared/data/timeline17", {}),
}


@click.command("eval")
@click.argument("what", type=click.Choice(sorted(EVALUATIONS)))
@click.option("--data", type=click.Path(exists=True, file_okay=False), help="Folder of the evaluation set.")
def evaluate(what: str, data: str | None) -> None:
    """Score Dateline against a public annotated data set and print the figures."""
    module_name, default, kwargs = EVALUATIONS[what]
    module = importlib.import_module(f"dateline.eval.{module_name}")
    folder = Path(data or default)
    if not folder.is_dir():
        raise click.ClickException(f"{folder}: evaluation data not found (give --data)")
    report = module.run(folder, **kwargs)
    click.echo(module.format_report(report))


MANAGE_COMMANDS: list[click.Command] = [story, actors, actor, export, serve, evaluate]
