"""Cost of adding one article to stories in stores of 1,000, 10,000 and 100,000 articles.

The stores are built quickly: synthetic articles made of real Timeline17 sentences are inserted
with SQL and grouped five to a story through the link stage's own profile and index functions (no
spaCy). Then fresh articles, also of real sentences, go through the real path: ``add_article`` and
``assign_story`` in one transaction; every article's paragraphs are in its outlet's paragraph index (a
site's boilerplate), where each paragraph of a fresh article is looked up. Goal: the largest store's time per
article stays under 3x the smallest's (candidate retrieval through the inverted index, not a scan over stories).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.corpus import real_sentences
from dateline.link import assign_story
from dateline.link.duplicates import content_hash, fingerprint
from dateline.link.grouping import ArticleFeatures, add_to_profile, new_profile
from dateline.link.text import normalize, term_counts
from dateline.records import Actor, Analysis, Article, Mention, PublicationDate
from dateline.store import SqliteStore
from dateline.store import stories as sql

STORY_SIZE = 5
SENTENCES_PER_ARTICLE = 8
ACTOR_POOL = 2000
OUTLETS = 12
FIRST_DAY = date(2009, 1, 1)


def _actors(rng: random.Random) -> list[str]:
    return [f"actor {rng.randrange(ACTOR_POOL)}" for _ in range(3)]


def build_store(path: Path, articles: int, sentences: list[str], rng: random.Random) -> SqliteStore:
    """A store holding ``articles`` synthetic articles in stories of five, with a full story index."""
    store = SqliteStore(str(path))
    now = datetime.now(UTC).isoformat(timespec="seconds")
    doc_freq: Counter[str] = Counter()
    with store.transaction():
        for story_start in range(0, articles, STORY_SIZE):
            story_id = sql.create_story(store, f"story {story_start}")
            actors = _actors(rng)
            day = FIRST_DAY + timedelta(days=rng.randrange(3 * 365))
            profile = None
            for offset in range(min(STORY_SIZE, articles - story_start)):
                text = "\n\n".join(rng.sample(sentences, SENTENCES_PER_ARTICLE))
                counts = term_counts(text[:80], text)
                doc_freq.update(counts.keys())
                outlet = f"outlet{rng.randrange(OUTLETS)}"
                cur = store.conn.execute(
                    "INSERT INTO articles (content_hash, origin, title, outlet, language, text, raw, raw_kind, "
                    "removed_json, analysis_json, word_count, published_earliest, published_latest, "
                    "published_method, story_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (f"synthetic-{story_start + offset}", "synthetic", text[:80], outlet, "en", text, "", "text",
                     "[]", "{}", len(text.split()), day.isoformat(), day.isoformat(), "given", story_id, now),
                )
                # Its paragraphs in the outlet's index, as add_article files them: the sentences come from one
                # pool, so every paragraph of a fresh article is found printed by hundreds of stored ones.
                store.index_paragraphs(int(cur.lastrowid or 0), outlet, text)
                features = ArticleFeatures(
                    article_id=int(cur.lastrowid or 0), title=text[:80],
                    terms=normalize({t: float(c) for t, c in counts.items()}, 40),
                    actors=normalize({a: 1.0 for a in actors}), day=day, outlet=outlet,
                )
                sql.save_features(store, features)
                profile = new_profile(story_id, features) if profile is None else add_to_profile(profile, features)
            if profile is not None:
                sql.save_profile(store, profile)
        store.conn.executemany(
            "INSERT INTO term_doc_freq (term, df) VALUES (?, ?)", list(doc_freq.items())
        )
        store.conn.execute("INSERT INTO link_counters (name, value) VALUES ('docs', ?)", (articles,))
    return store


def time_additions(store: SqliteStore, sentences: list[str], count: int, rng: random.Random) -> float:
    """Median seconds to store and assign one fresh article."""
    took = []
    for i in range(count):
        text = "\n\n".join(rng.sample(sentences, SENTENCES_PER_ARTICLE))
        day = FIRST_DAY + timedelta(days=rng.randrange(3 * 365))
        keys = _actors(rng)
        analysis = Analysis(
            actors=tuple(Actor(k, k, "PERSON") for k in keys),
            mentions=tuple(Mention(0, 1, k, k, "PERSON") for k in keys),
        )
        article = Article(
            origin=f"fresh-{i}", title=text[:80], text=text, raw=text, raw_kind="text", language="en",
            outlet=f"outlet{rng.randrange(OUTLETS)}", published=PublicationDate(day, day, "given"),
        )
        started = time.perf_counter()
        with store.transaction():
            article_id = store.add_article(article, analysis, content_hash(text), fingerprint(text))
            assign_story(store, article_id)
        took.append(time.perf_counter() - started)
    return statistics.median(took)


def main() -> None:
    """Build the three stores, time additions to each and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--additions", type=int, default=60)
    args = parser.parse_args()
    sentences = real_sentences(400)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            rng = random.Random(size)
            started = time.perf_counter()
            store = build_store(Path(folder) / f"store-{size}.db", size, sentences, rng)
            built = time.perf_counter() - started
            per_article = time_additions(store, sentences, args.additions, random.Random(1))
            store.close()
            results.append((size, per_article, built))
            print(f"{size:>7} articles: {per_article * 1000:7.2f} ms per added article (store built in {built:.0f} s)")
    ratio = results[-1][1] / results[0][1]
    verdict = "ok" if ratio < 3 else "TOO SLOW"
    print(f"ratio largest/smallest: {ratio:.2f} (goal < 3: {verdict})")


if __name__ == "__main__":
    main()
