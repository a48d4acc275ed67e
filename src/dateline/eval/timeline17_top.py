"""Score ``dateline timeline STORY --top K`` against journalists' timelines (Timeline17).

:mod:`dateline.eval.timeline17` scores the digest on the tagger's sentence dates. This scores the
product's other short list, the timeline's top entries, through the whole product path: each article
of a topic is pasted as text with its folder's date and outlet, analysed, stored and grouped as ingest
does (but each page is kept as its own article: ingest's duplicate check is skipped, as the set holds a
few pages twice and the reference was written from all of them), the topic's stories are merged into
one (as a user would with ``dateline story merge``), its timeline built, and the ``K`` top entries kept
(``K`` = the reference's number of dates; only day-precise entries within the reference's first..last
date count, as for the digest). Each kept entry is scored by its date and its first source's sentence:
Date-F1 and alignment ROUGE-1/2 with the same scorer as the digest.

Analysis is the slow part (about 20-60 s per topic of 75-300 articles), so the default is the four
topics the ranking was developed on; ``--topics all`` scores all eleven.

Run ``python -m dateline.eval.timeline17_top --data ../shared/data/timeline17 [--topics NAME ... | all]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from dateline.analyze import Analyzer, resolve_against
from dateline.errors import DatelineError, SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.timeline17 import (
    DEFAULT_DATA,
    Report,
    TimelineDict,
    TopicScore,
    alignment_rouge_f1,
    date_f1,
    detokenize,
    format_report,
    read_reference,
    report_of,
)
from dateline.link import assign_story, list_stories, merge_stories, story_timeline, top_entries
from dateline.link.actors import unify_actors
from dateline.link.duplicates import content_hash, fingerprint
from dateline.pipeline import prepare_article
from dateline.records import Article, RawInput, Timeline
from dateline.store import SqliteStore
from dateline.store.actors import known_actors_for
from dateline.temporal import timex_interval

DEVELOPMENT_TOPICS = ("H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc")


def read_topic(topic_dir: Path) -> list[Article]:
    """The topic's articles as ingest reads pasted text with a given date and outlet (empty pages skipped)."""
    outlet = topic_dir.name.split("_", 1)[-1]
    articles = []
    for path in sorted(topic_dir.glob("InputDocs/*/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        text = "\n\n".join(detokenize(line) for line in lines if line.strip())
        raw = RawInput(
            origin=str(path), body=text, kind="text",
            given_published=date.fromisoformat(path.parent.name), given_outlet=outlet,
        )  # fmt: skip
        try:
            articles.append(prepare_article(raw))
        except DatelineError:
            continue  # an empty page or one of only furniture, as ingest would refuse it
    return articles


def topic_timeline(articles: Sequence[Article], analyzer: Analyzer) -> Timeline:
    """The timeline of all the articles as one story, built by the product path in a fresh store."""
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(str(Path(folder) / "topic.db"))
        try:
            for number, (article, analysis) in enumerate(zip(articles, analyzer.analyze_many(articles), strict=True)):
                with store.transaction():
                    analysis = unify_actors(analysis, known_actors_for(store, analysis.actors), resolve_against)
                    key = content_hash(article.text + str(number))  # the set repeats a few pages; keep each
                    assign_story(store, store.add_article(article, analysis, key, fingerprint(article.text)))
            stories = [story.id for story in list_stories(store)]
            for other in stories[1:]:
                merge_stories(store, stories[0], other)
            return story_timeline(store, stories[0], saved=False)  # a throwaway store: nothing to save for
        finally:
            store.close()


def predicted_timeline(timeline: Timeline, first: date, last: date, count: int) -> TimelineDict:
    """The ``count`` top day-precise entries within [first, last], as date -> their first sources' sentences."""
    inside = []
    for entry in timeline.entries:
        interval = timex_interval(entry.date) if entry.date and entry.precision == "day" else None
        if interval is not None and first <= interval[0] <= last:
            inside.append(entry)
    predicted: TimelineDict = {}
    for entry in top_entries(Timeline(timeline.story, tuple(inside), ()), count).entries:
        interval = timex_interval(entry.date or "")
        assert interval is not None
        predicted.setdefault(interval[0], []).append(entry.sources[0].sentence)
    return predicted


def score_topic(topic_dir: Path, analyzer: Analyzer) -> list[TopicScore]:
    """One score per reference timeline of the topic."""
    timeline = topic_timeline(read_topic(topic_dir), analyzer)
    scores = []
    for path in sorted(topic_dir.glob("timelines/*.txt")):
        reference = read_reference(path)
        if not reference:
            continue
        predicted = predicted_timeline(timeline, min(reference), max(reference), len(reference))
        scores.append(TopicScore(
            topic=topic_dir.name, timeline=path.name, dates=len(reference),
            date_f1=date_f1(predicted, reference),
            ar1_f1=alignment_rouge_f1(predicted, reference, 1),
            ar2_f1=alignment_rouge_f1(predicted, reference, 2),
        ))  # fmt: skip
    return scores


def run(data_dir: Path = DEFAULT_DATA, topics: Sequence[str] = DEVELOPMENT_TOPICS) -> Report:
    """Score the named topic folders (``["all"]``: every one); the means are over reference timelines."""
    started = time.perf_counter()
    found = sorted(p for p in data_dir.iterdir() if (p / "timelines").is_dir()) if data_dir.is_dir() else []
    if not found:
        raise SourceError(str(data_dir), "no Timeline17 topic folders (with timelines/) found")
    if "all" in topics and len(topics) > 1:
        raise SourceError(str(data_dir), "give either --topics all or topic names, not both")
    chosen = found if list(topics) == ["all"] else [p for p in found if p.name in topics]
    missing = set(topics) - {p.name for p in found} - {"all"}
    if missing:
        raise SourceError(str(data_dir), f"no topic folder {', '.join(sorted(missing))}")
    analyzer = Analyzer.load()
    return report_of([score for topic in chosen for score in score_topic(topic, analyzer)], started)


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(args.data, args.topics))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: score and print."""
    parser = eval_parser("python -m dateline.eval.timeline17_top", __doc__, DEFAULT_DATA, "the timeline17 folder")
    parser.add_argument(
        "--topics", nargs="+", default=list(DEVELOPMENT_TOPICS),
        help="topic folders to score, or 'all' (default: the four the ranking was developed on)",
    )  # fmt: skip
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
