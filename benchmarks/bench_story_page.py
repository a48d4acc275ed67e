"""Story page speed: a story of 500 articles served over loopback; goal: median under 200 ms.

The store is built directly (``store.add_article`` + the link stage, no spaCy) from synthetic but
realistic analysed articles: ten outlets covering one developing story over two months, each article
with dated events, actors with roles, time expressions and a quote. The server runs in its own
process (uvicorn, as ``dateline serve`` runs it); the client times full page loads. The baseline is
the stylesheet fetched from the same server: the ratio says what the page costs beyond HTTP itself.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from dateline.link import assign_story, list_stories, merge_stories
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Mention,
    PublicationDate,
    Quote,
    Sentence,
    TimeExpression,
)
from dateline.store import open_store

OUTLETS = ["Wire One", "The Daily Ledger", "Harbor Times", "Capital Post", "Northern Courier", "Metro Herald",
           "Evening Standard Example", "Global Desk", "Radio Example", "The Observer Example"]
ACTORS = [("vladimir putin", "Vladimir Putin", "PERSON", "Russian President"),
          ("volodymyr zelensky", "Volodymyr Zelensky", "PERSON", "Ukrainian President"),
          ("recep tayyip erdogan", "Recep Tayyip Erdogan", "PERSON", "Turkish President"),
          ("hakan fidan", "Hakan Fidan", "PERSON", "Foreign Minister"),
          ("rustem umerov", "Rustem Umerov", "PERSON", "Defense Minister"),
          ("dmitry peskov", "Dmitry Peskov", "PERSON", "Kremlin spokesman"),
          ("russia", "Russia", "COUNTRY", None), ("ukraine", "Ukraine", "COUNTRY", None),
          ("turkey", "Turkey", "COUNTRY", None), ("united nations", "United Nations", "ORG", None)]
ACTS = [("met", "meet"), ("spoke with", "consult"), ("rejected a proposal from", "reject"),
        ("agreed on a prisoner exchange with", "agree"), ("criticised", "disapprove"),
        ("called on", "appeal"), ("threatened", "threaten"), ("hosted talks with", "meet")]
PLACES = ["Istanbul", "Ankara", "Kyiv", "Moscow", "Geneva", "Doha"]
START = date(2025, 6, 1)


TOPICS = ["a ceasefire along the front line", "prisoner exchanges", "grain exports through the Black Sea",
          "the return of deported children", "security guarantees", "sanctions relief", "energy infrastructure",
          "the Zaporizhzhia nuclear plant", "humanitarian corridors", "a memorandum on peace terms",
          "the repatriation of soldiers' remains", "a leaders' summit", "monitoring of a truce",
          "shipping insurance", "frozen assets", "territorial demands", "air defence deliveries"]
PHRASINGS = ["{who} {verb} {whom} in {place} on {when} to discuss {topic}.",
             "On {when}, {who} {verb} {whom} in {place}, with {topic} on the agenda.",
             "{who} {verb} {whom} on {when} in {place}; talks focused on {topic}, officials said.",
             "In {place} on {when}, {who} {verb} {whom} over {topic}, according to a statement."]


def _happenings(rng: random.Random, count: int = 160) -> list[tuple[date, tuple, str, str, tuple, str, str]]:
    """The developing story's underlying happenings: several outlets report each one."""
    found = []
    for _ in range(count):
        who, whom = rng.sample(ACTORS, 2)
        verb, kind = rng.choice(ACTS)
        found.append((START + timedelta(days=rng.randrange(75)), who, verb, kind, whom, rng.choice(PLACES),
                      rng.choice(TOPICS)))
    return sorted(found, key=lambda h: h[0])


def _article(rng: random.Random, n: int, happenings: list) -> tuple[Article, Analysis]:  # type: ignore[type-arg]
    """One analysed article reporting some recent happenings; its offsets point into its text."""
    published = START + timedelta(days=15 + rng.randrange(60))
    known = [h for h in happenings if h[0] <= published][-30:]
    parts: list[str] = []
    sentences, events, mentions, times, seen = [], [], [], [], {}
    for i, (day, who, verb, kind, whom, place, topic) in enumerate(rng.sample(known, min(len(known), 10))):
        when = f"{day:%B} {day.day}"
        text = rng.choice(PHRASINGS).format(who=who[1], verb=verb, whom=whom[1], place=place, when=when, topic=topic)
        text = text[0].upper() + text[1:]
        start = sum(len(p) + 1 for p in parts)
        parts.append(text)
        sentences.append(Sentence(i, start, start + len(text), text, day.isoformat()))
        for actor in (who, whom):
            at = text.index(actor[1])
            seen[actor[0]] = Actor(actor[0], actor[1], actor[2], (actor[3],) if actor[3] else ())
            mentions.append(Mention(start + at, start + at + len(actor[1]), actor[1], actor[0], actor[2], actor[3]))
        at = text.index(when)
        times.append(TimeExpression(start + at, start + at + len(when), when, "DATE", day.isoformat()))
        events.append(Event(i, start, start + len(text), text, verb.split()[0], kind, day.isoformat(), "day",
                            "expression", who[0], whom[0], summary=f"{who[1]} {verb} {whom[1]} in {place}"))
    quote = f"“We want this war to end,” {ACTORS[3][1]} said."
    quote_start = sum(len(p) + 1 for p in parts)
    parts.append(quote)
    text = " ".join(parts)
    analysis = Analysis(
        sentences=tuple(sentences), times=tuple(times), actors=tuple(seen.values()), mentions=tuple(mentions),
        quotes=(Quote(quote_start, quote_start + len(quote), quote, ACTORS[3][0], ACTORS[3][1], "said", True,
                      len(sentences)),),
        events=tuple(events),
    )
    outlet = OUTLETS[n % len(OUTLETS)]
    article = Article(
        origin=f"synthetic:{n}", title=f"Talks on ending the war: report {n} from {outlet}", text=text, raw=text,
        raw_kind="text", url=f"https://news{n % len(OUTLETS)}.example/story/{n}", outlet=outlet,
        published=PublicationDate(published, published, "given"), language="en",
    )
    return article, analysis


def build_store(path: str, articles: int, seed: int = 7) -> int:
    """Store ``articles`` synthetic articles, merge them into one story, and return its id."""
    rng = random.Random(seed)
    happenings = _happenings(rng)
    with open_store(path) as store:
        for n in range(articles):
            article, analysis = _article(rng, n, happenings)
            with store.transaction():
                article_id = store.add_article(article, analysis, content_hash(article.text), fingerprint(article.text))
                assign_story(store, article_id)
        stories = list_stories(store)
        keep = stories[0].id
        for other in stories[1:]:
            merge_stories(store, keep, other.id)
        return keep


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    code = f"from dateline.web import serve; serve({db!r}, port={port})"
    server = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/style.css", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start within 30 s")


def _timings(client: httpx.Client, url: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return times


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    """Build the store, serve it, time the story page and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        started = time.perf_counter()
        story_id = build_store(db, args.articles)
        print(f"store: {args.articles} articles in one story, built in {time.perf_counter() - started:.1f} s")
        port = _free_port()
        server = _start_server(db, port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
                cold = _timings(client, f"/stories/{story_id}", 1)[0]
                page = client.get(f"/stories/{story_id}")
                story = _timings(client, f"/stories/{story_id}", args.runs)
                baseline = _timings(client, "/static/style.css", args.runs)
                # Another variant of the page: the timeline is cached but this body is rendered afresh.
                fresh_render = _timings(client, f"/stories/{story_id}?conflicts=all", 1)[0]
        finally:
            server.terminate()
            server.wait(timeout=10)
    median = statistics.median(story)
    entries = page.text.count('<li class="entry')
    print(f"story page ({len(page.content) / 1024:.0f} KiB, {entries} entries): "
          f"median {median:.1f} ms, p95 {_p95(story):.1f} ms over {args.runs} loads (goal: median < 200 ms)")
    print(f"first load after start (timeline built, then cached): {cold:.0f} ms")
    print(f"first load of the all-disagreements variant (timeline cached, body rendered): {fresh_render:.0f} ms")
    print(f"baseline, stylesheet from the same server: median {statistics.median(baseline):.2f} ms; "
          f"ratio story/baseline {median / statistics.median(baseline):.1f}x")


if __name__ == "__main__":
    main()
