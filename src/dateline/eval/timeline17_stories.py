"""Score story grouping on real multi-outlet coverage: a week of each Timeline17 event.

ECB+ (``dateline.eval.ecb_stories``) tests the hard case of two similar events that must stay apart, with
short texts and few dates. This set tests the everyday one: a week of one developing story, reported at
length by several outlets, must become one story. For each event (the part of a Timeline17 folder name
before ``_``: bpoil, Finan, H1N1, haiti, MJ) the 7-day window with the most articles is taken, at most 40 of
its articles (seeded), each pasted as text through extraction with its folder's date as the given date and
its outlet, analysed and ingested in a shuffled order. Gold story = the event. B-cubed precision, recall, F1.

``--same-week`` moves every event's window onto one common week (the analysis keeps the real dates), so
five unrelated stories run at the same time: time proximity alone must not merge them.

Run ``python -m dateline.eval.timeline17_stories --data ../shared/data/timeline17 [--same-week]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dateline.analyze import Analyzer
from dateline.errors import DatelineError, SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.ecb_stories import bcubed, ingest_in_order
from dateline.eval.timeline17 import DEFAULT_DATA, detokenize
from dateline.pipeline import prepare_article
from dateline.records import Article, RawInput

WINDOW_DAYS = 7
PER_EVENT = 40


@dataclass(frozen=True)
class GroupingReport:
    """B-cubed scores of one ingest order."""

    articles: int
    events: int
    stories: int
    precision: float
    recall: float
    f1: float
    seed: int


def event_weeks(data_dir: Path, per_event: int = PER_EVENT) -> list[tuple[str, date, Path]]:
    """(event, day, path) of the articles in each event's busiest week, at most ``per_event`` per event."""
    by_event: dict[str, list[tuple[date, Path]]] = defaultdict(list)
    for path in sorted(data_dir.glob("*/InputDocs/*/*.txt")):
        by_event[path.parts[-4].split("_")[0]].append((date.fromisoformat(path.parent.name), path))
    if not by_event:
        raise SourceError(str(data_dir), "no Timeline17 articles (InputDocs) found")
    picked: list[tuple[str, date, Path]] = []
    for event, docs in sorted(by_event.items()):
        per_day = Counter(day for day, _ in docs)
        start = max(
            sorted(per_day),
            key=lambda first: sum(n for day, n in per_day.items() if first <= day < first + timedelta(WINDOW_DAYS)),
        )
        week = [(day, path) for day, path in docs if start <= day < start + timedelta(WINDOW_DAYS)]
        random.Random(0).shuffle(week)
        picked += [(event, day, path) for day, path in week[:per_event]]
    return picked


def read_articles(data_dir: Path, same_week: bool = False) -> tuple[dict[str, Article], dict[str, str]]:
    """The week's articles as ingest would read pasted text with a given date and outlet, and their events."""
    articles: dict[str, Article] = {}
    gold: dict[str, str] = {}
    for event, day, path in event_weeks(data_dir):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        text = "\n\n".join(detokenize(line) for line in lines if line.strip())
        outlet = path.parts[-4].split("_", 1)[-1]
        raw = RawInput(origin=str(path), body=text, kind="text", given_published=day, given_outlet=outlet)
        try:
            articles[str(path)] = prepare_article(raw)
        except DatelineError:
            continue  # empty or all furniture, as ingest would report
        gold[str(path)] = event
    if same_week:
        articles = _onto_one_week(articles, gold)
    return articles, gold


def _onto_one_week(articles: dict[str, Article], gold: dict[str, str]) -> dict[str, Article]:
    """Every event's articles moved by whole days so that all events' weeks start on the same day."""
    starts: dict[str, date] = {}
    for key, article in articles.items():
        assert article.published is not None
        starts[gold[key]] = min(starts.get(gold[key], article.published.best), article.published.best)
    common = max(starts.values())
    moved = {}
    for key, article in articles.items():
        assert article.published is not None
        day = article.published.best + (common - starts[gold[key]])
        published = dataclasses.replace(article.published, earliest=day, latest=day)
        moved[key] = dataclasses.replace(article, published=published)
    return moved


def run_orders(
    data_dir: Path, seeds: Sequence[int], same_week: bool = False, analyzer: Analyzer | None = None
) -> list[GroupingReport]:
    """One report per shuffle seed; each article is analysed once."""
    articles, gold = read_articles(data_dir, same_week)
    analyses = dict(zip(articles, (analyzer or Analyzer.load()).analyze_many(articles.values()), strict=True))
    reports = []
    for seed in seeds:
        order = list(articles)
        random.Random(seed).shuffle(order)
        predicted = ingest_in_order(order, articles, analyses)
        precision, recall, f1 = bcubed(predicted, gold)
        reports.append(GroupingReport(
            len(articles), len(set(gold.values())), len(set(predicted.values())), precision, recall, f1, seed,
        ))  # fmt: skip
    return reports


def run(data_dir: Path = DEFAULT_DATA, seed: int = 0, same_week: bool = False) -> GroupingReport:
    """Score one shuffled ingest order."""
    return run_orders(data_dir, [seed], same_week)[0]


def format_report(report: GroupingReport) -> str:
    """The report as two lines of text."""
    return (
        f"Timeline17 event weeks: {report.articles} articles, {report.events} events, {report.stories} stories found "
        f"(shuffle seed {report.seed})\n"
        f"B-cubed precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}"
    )


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    reports = run_orders(args.data, args.seed, args.same_week)
    yield "\n".join(format_report(report) for report in reports)
    if len(reports) > 1:
        mean = [sum(getattr(r, name) for r in reports) / len(reports) for name in ("precision", "recall", "f1")]
        yield f"mean: B-cubed precision {mean[0]:.3f}  recall {mean[1]:.3f}  F1 {mean[2]:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: score and print."""
    parser = eval_parser("python -m dateline.eval.timeline17_stories", __doc__, DEFAULT_DATA, "the timeline17 folder")
    parser.add_argument("--seed", type=int, nargs="+", default=[0, 1, 2], help="shuffle seed(s) of the ingest order")
    parser.add_argument("--same-week", action="store_true", help="move every event onto one common week")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
