"""Helpers for the web tests: hand-built analysed articles, storing them, a live uvicorn server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import uvicorn
from starlette.applications import Starlette

from dateline.link import assign_story
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Actor, Analysis, Article, Event, Mention, PublicationDate, Sentence, TimeExpression
from dateline.store import SqliteStore

EVIL = "<script>alert('owned')</script>"


@dataclass(frozen=True)
class Said:
    """One sentence of a hand-built article: what happened, when, who did it."""

    text: str
    when: str | None
    actor: tuple[str, str] | None = None  # (key, name)
    kind: str = "meet"


def build_article(title: str, outlet: str, day: date, said: Sequence[Said], url: str | None = None) -> tuple[
    Article, Analysis
]:
    """An article and an analysis whose offsets really point into its text."""
    text, sentences, events, mentions, times, actors = "", [], [], [], [], {}
    for i, item in enumerate(said):
        start = len(text)
        text += item.text + ("\n\n" if i < len(said) - 1 else "")
        end = start + len(item.text)
        sentences.append(Sentence(i, start, end, item.text, item.when))
        key = None
        if item.actor:
            key, name = item.actor
            actors[key] = Actor(key, name, "PERSON", roles=("president",))
            at = item.text.find(name)
            if at >= 0:
                mentions.append(Mention(start + at, start + at + len(name), name, key, "PERSON", "president"))
        if item.when:
            times.append(TimeExpression(start, start + min(5, len(item.text)), item.text[:5], "DATE", item.when))
            events.append(Event(
                sentence_index=i, start=start, end=end, sentence=item.text, predicate=item.kind, kind=item.kind,
                date=item.when, precision="day" if len(item.when) == 10 else "month", date_source="expression",
                actor_key=key, summary=item.text.rstrip("."),
            ))
    article = Article(
        origin=f"{outlet}:{title}", title=title, text=text, raw=text, raw_kind="text", url=url, outlet=outlet,
        published=PublicationDate(day, day, "given"), language="en",
    )
    analysis = Analysis(
        sentences=tuple(sentences), times=tuple(times), actors=tuple(actors.values()),
        mentions=tuple(mentions), events=tuple(events),
    )
    return article, analysis


def store_article(store: SqliteStore, article: Article, analysis: Analysis) -> int:
    """Store an article the way the pipeline does (one transaction) and give it a story."""
    with store.transaction():
        article_id = store.add_article(article, analysis, content_hash(article.text), fingerprint(article.text))
        assign_story(store, article_id)
    return article_id


PUTIN = ("vladimir putin", "Vladimir Putin")
ERDOGAN = ("recep tayyip erdogan", "Recep Tayyip Erdogan")


def handmade_articles() -> list[tuple[Article, Analysis]]:
    """Two outlets on the same talks (one with hostile markup in its text), one unrelated story."""
    first = build_article(
        "Putin and Erdogan discuss Istanbul talks", "Example Wire", date(2025, 7, 18),
        [Said("Vladimir Putin spoke with Recep Tayyip Erdogan by phone on July 18 about Istanbul talks.",
              "2025-07-18", PUTIN, "consult"),
         Said("Delegations met in Istanbul on June 2 for a second round of talks.", "2025-06-02", None, "meet"),
         Said(f"A reader comment said {EVIL} and nothing more.", None)],
        url="https://wire.example/putin-erdogan",
    )
    second = build_article(
        "Third round of Istanbul talks between Russia and Ukraine", "Daily Example", date(2025, 7, 24),
        [Said("Recep Tayyip Erdogan welcomed the Istanbul talks on July 23 between Russia and Ukraine.",
              "2025-07-23", ERDOGAN, "meet"),
         Said("Putin and Erdogan spoke by phone on July 18 about the Istanbul talks.", "2025-07-18", PUTIN,
              "consult")],
        url="javascript:alert(1)",
    )
    other = build_article(
        "Harvest festival draws record crowds in a farming town", "Local Example", date(2025, 9, 1),
        [Said("The harvest festival opened on August 30 with a parade of tractors.", "2025-08-30", None, "celebrate")],
    )
    return [first, second, other]


@dataclass(frozen=True)
class LiveServer:
    """A uvicorn server in a thread, on a free port of 127.0.0.1."""

    url: str
    db: str


def run_server(app: Starlette) -> tuple[uvicorn.Server, threading.Thread, str]:
    """Start ``app`` on a socket bound to a free port; returns the server, its thread and its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 10 s")
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{port}"


