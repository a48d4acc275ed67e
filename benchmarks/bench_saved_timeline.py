"""A big story's timeline built from its articles, then read back from the store as the next command does.

Every command that shows a story (timeline, --top, conflicts, export) is its own process, and building the
timeline of a story of hundreds of articles takes seconds. The first command saves it in the store; the
next ones read it back while nothing it is built from has changed (``story_timeline``, what the commands
call). The store is the story page benchmark's (synthetic analysed articles of one developing story, ten
outlets, no spaCy). Baseline: the same call building the timeline (``saved=False``), in the same process,
so the ratio says how much faster the second and later commands get their timeline.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_story_page import build_store
from dateline.link import story_timeline
from dateline.store import open_store


def main() -> None:
    """Print the median time to build the timeline and to read it back, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        started = time.perf_counter()
        story = build_store(db, arguments.articles)
        print(f"store: one story of {arguments.articles} synthetic articles ({time.perf_counter() - started:.1f} s)")
        built, read = [], []
        with open_store(db) as store:
            for _ in range(arguments.runs):
                started = time.perf_counter()
                fresh = story_timeline(store, story, saved=False)
                built.append(time.perf_counter() - started)
                story_timeline(store, story)  # saves it
                started = time.perf_counter()
                again = story_timeline(store, story)
                read.append(time.perf_counter() - started)
                assert again == fresh
            size = store.conn.execute("SELECT length(body) FROM timeline_cache").fetchone()[0]
    slow, fast = statistics.median(built), statistics.median(read)
    print(f"timeline built from the articles: {slow:6.2f} s median of {arguments.runs} "
          f"({len(fresh.entries)} entries, {len(fresh.conflicts)} disagreements)")
    print(f"timeline read back from the store: {fast:5.2f} s median of {arguments.runs}  = {slow / fast:.1f}x faster")
    print(f"saved timeline: {size / 1e6:.1f} MB of JSON in the store")


if __name__ == "__main__":
    main()
