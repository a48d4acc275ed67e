"""Cost of filing one article's actors under stored names, in stores of 10,000 to 300,000 actors.

Ingest asks the store, for each actor of a new article, which stored actors it could be: the same key, or
a person with the same surname (``known_actors_for``). The stores hold synthetic people ("given surname",
a pool of surnames so that some are shared) inserted with SQL through the real schema. The baseline in
the same run is the lookup as it was before schema 3: ``key = ? OR key LIKE '% surname'``, a scan of
every actor. Goal: the largest store's time per article stays under 3x the smallest's.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import tempfile
import time
from pathlib import Path

from dateline.analyze.names import surname_key
from dateline.records import Actor
from dateline.store import SqliteStore
from dateline.store.actors import known_actors_for

ACTORS_PER_ARTICLE = 25
ARTICLES = 40


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


def build_store(path: Path, actors: int, rng: random.Random) -> SqliteStore:
    """A store of ``actors`` people: given names from a pool, surnames from a pool a tenth the size."""
    store = SqliteStore(str(path))
    given = [_word(rng) for _ in range(2000)]
    surnames = [_word(rng) for _ in range(max(10, actors // 10))]
    rows = {}
    while len(rows) < actors:
        key = f"{rng.choice(given)} {rng.choice(surnames)}"
        rows[key] = (key, key.title(), "PERSON", None, surname_key(key))
    with store.transaction():
        store.conn.executemany("INSERT INTO actors (key, name, kind, affiliation, surname) VALUES (?,?,?,?,?)",
                               rows.values())
    store.conn.execute("ANALYZE")
    return store


def _articles(store: SqliteStore, rng: random.Random) -> list[tuple[Actor, ...]]:
    """Articles naming stored people by full name or surname alone, and people the store does not know."""
    keys = [str(r[0]) for r in store.conn.execute("SELECT key FROM actors ORDER BY random() LIMIT 2000")]
    articles = []
    for _ in range(ARTICLES):
        names = []
        for _ in range(ACTORS_PER_ARTICLE):
            key = rng.choice(keys)
            form = rng.random()
            key = surname_key(key) if form < 0.3 else f"{_word(rng)} {_word(rng)}" if form > 0.8 else key
            names.append(Actor(key, key.title(), "PERSON"))
        articles.append(tuple(names))
    return articles


def _old_lookup(store: SqliteStore, actors: tuple[Actor, ...]) -> int:
    found = 0
    for actor in actors:
        found += len(store.conn.execute(
            "SELECT key, name, kind, affiliation FROM actors WHERE key = ? OR key LIKE ? LIMIT 20",
            (actor.key, f"% {actor.key}"),
        ).fetchall())
    return found


def _median_ms(lookup: object, store: SqliteStore, articles: list[tuple[Actor, ...]]) -> float:
    took = []
    for actors in articles:
        started = time.perf_counter()
        lookup(store, actors)  # type: ignore[operator]
        took.append(time.perf_counter() - started)
    return statistics.median(took) * 1000


def main(argv: list[str] | None = None) -> int:
    """Print the time per article at each store size, the ratio largest/smallest, and the old lookup's."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    args = parser.parse_args(argv)
    rng = random.Random(7)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            store = build_store(Path(folder) / f"actors{size}.db", size, rng)
            articles = _articles(store, rng)
            rows.append((size, _median_ms(known_actors_for, store, articles), _median_ms(_old_lookup, store, articles)))
            store.close()
    print(f"Filing one article's {ACTORS_PER_ARTICLE} actors (median of {ARTICLES} articles):")
    print(f"{'actors':>9} {'indexed ms':>11} {'scan ms (before)':>17}")
    for size, new, old in rows:
        print(f"{size:>9,} {new:>11.2f} {old:>17.2f}")
    (_, small_new, small_old), (_, large_new, large_old) = rows[0], rows[-1]
    print(f"ratio largest/smallest store: indexed {large_new / small_new:.2f} (goal < 3), "
          f"scan {large_old / small_old:.1f}")
    print(f"at {rows[-1][0]:,} actors the indexed lookup is {large_old / large_new:.0f}x faster than the scan")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
