"""Story listing and story pages in a store of 100,000 articles: both must stay under 100 ms at the median.

The store is built as in ``bench_story_add`` (synthetic articles of real Timeline17 sentences, five to a
story, with the link stage's own index). Requests go through the real web app in process; the baseline
in the same run is the app serving its stylesheet, so the ratio says what the store work costs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from starlette.testclient import TestClient

from benchmarks.bench_story_add import build_store
from benchmarks.corpus import real_sentences
from dateline.link import list_stories
from dateline.web import create_app


def _median_ms(client: TestClient, paths: list[str]) -> float:
    took = []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        took.append(time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(took) * 1000


def main() -> None:
    """Build the store, then time the listing and story pages against the stylesheet baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.db"
        started = time.perf_counter()
        store = build_store(path, args.articles, real_sentences(400), rng)
        story_ids = [s.id for s in list_stories(store, 2000)]
        store.close()
        built = time.perf_counter() - started
        with TestClient(create_app(str(path))) as client:
            baseline = _median_ms(client, ["/static/style.css"] * args.requests)
            listing = _median_ms(client, [f"/?page={1 + i % 20}" for i in range(args.requests)])
            api = _median_ms(client, [f"/api/stories/{rng.choice(story_ids)}" for _ in range(args.requests)])
            pages = _median_ms(client, [f"/stories/{rng.choice(story_ids)}" for _ in range(args.requests)])
    print(f"store of {args.articles} articles in {args.articles // 5} stories (built in {built:.0f} s)")
    print(f"baseline, stylesheet:      {baseline:7.2f} ms median")
    for name, value in (("stories page (50/page)", listing), ("story JSON (API)", api), ("story page", pages)):
        verdict = "ok" if value < 100 else "TOO SLOW"
        print(f"{name:<26} {value:7.2f} ms median  = {value / baseline:5.1f}x baseline  (goal < 100 ms: {verdict})")


if __name__ == "__main__":
    main()
