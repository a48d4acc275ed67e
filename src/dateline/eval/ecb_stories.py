"""Score story grouping on ECB+: each topic holds two real-world events on one theme.

Gold story = topic + half (``*ecb.xml`` or ``*ecbplus.xml``): the hard case of similar stories that
must stay apart (two rehab check-ins, two prison escapes). Every document is ingested into a real
store in a shuffled order through :func:`dateline.link.assign_story`, and the grouping is scored with
B-cubed precision, recall and F1 (Bagga & Baldwin 1998).

Features: the token XML is joined into text; an ECB+ document's leading URL line becomes its URL and
outlet, the next sentence its headline. Each article goes through the real analysis stage
(:class:`dateline.analyze.Analyzer`: sentences, actors, mentions) as ingest would. No publication
dates are given: those the temporal stage infers from the text are used as the pipeline would, and
grouping trusts only the confident, narrow ones.

Run ``python -m dateline.eval.ecb_stories --data ../shared/data/ecbplus``.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline.analyze import Analyzer, resolve_against
from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.ecb_times import detokenize
from dateline.link import assign_story, grouping
from dateline.link.actors import unify_actors
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Analysis, Article, PublicationDate
from dateline.store import SqliteStore
from dateline.store.actors import known_actors_for
from dateline.store.stories import story_members
from dateline.temporal import infer_publication_date

DEFAULT_DATA = Path("../shared/data/ecbplus")


@dataclass(frozen=True)
class EcbDocument:
    """One ECB+ document with its gold story."""

    name: str
    gold: str
    title: str
    text: str
    url: str | None


@dataclass(frozen=True)
class Report:
    """B-cubed scores of the grouping with the corpus counts."""

    documents: int
    gold_stories: int
    found_stories: int
    precision: float
    recall: float
    f1: float
    seconds: float
    seed: int


def read_document(path: Path) -> EcbDocument:
    """Read one token-XML document; raises SourceError when it cannot be parsed."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SourceError(str(path), f"not readable ECB+ XML ({exc})") from exc
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    tokens = [sentences[k] for k in sorted(sentences)]
    url = None
    if tokens and tokens[0] and tokens[0][0].startswith("http"):
        url = "".join(tokens.pop(0))
    texts = [detokenize(words)[0] for words in tokens]
    half = "ecbplus" if path.name.endswith("ecbplus.xml") else "ecb"
    return EcbDocument(
        name=path.name, gold=f"{path.parent.name}/{half}", title=texts[0] if texts else path.name,
        text="\n\n".join(texts), url=url,
    )


def read_corpus(data_dir: Path) -> list[EcbDocument]:
    """Every document of every topic folder, in name order."""
    paths = sorted(data_dir.glob("*/*.xml"))
    if not paths:
        raise SourceError(str(data_dir), "no ECB+ topic folders with .xml documents")
    return [read_document(p) for p in paths]


def bcubed(predicted: Mapping[str, int], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold classes (same item keys)."""
    by_cluster: dict[int, set[str]] = {}
    by_class: dict[str, set[str]] = {}
    for item, cluster in predicted.items():
        by_cluster.setdefault(cluster, set()).add(item)
        by_class.setdefault(gold[item], set()).add(item)
    precision = recall = 0.0
    for item, cluster in predicted.items():
        same = by_cluster[cluster] & by_class[gold[item]]
        precision += len(same) / len(by_cluster[cluster])
        recall += len(same) / len(by_class[gold[item]])
    n = len(predicted) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _article(doc: EcbDocument) -> Article:
    """The document as the sources stage gives pasted text: headline, text, URL and outlet, no date."""
    outlet = doc.url.split("/")[2] if doc.url and doc.url.count("/") >= 2 else None
    return Article(
        origin=doc.name, title=doc.title, text=doc.text, raw=doc.text, raw_kind="text", url=doc.url,
        outlet=outlet, published=infer_publication_date(doc.text), language="en",
    )


def run(data_dir: Path = DEFAULT_DATA, seed: int = 0, analyzer: Analyzer | None = None) -> Report:
    """Ingest every ECB+ document in a shuffled order through the analysis stage and score the stories found."""
    return run_orders(data_dir, [seed], analyzer)[0]


# The day every document is given with --same-day: a stress test of time proximity as evidence.
SAME_DAY = date(2013, 1, 1)


def run_orders(
    data_dir: Path, seeds: Sequence[int], analyzer: Analyzer | None = None, same_day: bool = False,
    undated: bool = False, oracle_size: int = 0,
) -> list[Report]:
    """One report per shuffle seed; each document is analysed once (its analysis does not depend on the order).

    ``same_day`` gives every document one publication date (the analysis keeps reading them undated), so
    the two events of each topic look concurrent: time proximity must not merge them. ``undated`` withholds the
    dates inferred from the text: in ECB+ mostly the ``ecbplus`` half's documents carry a date line, so a rule that
    leans on which stories are dated (rather than on when) shows up as a loss here. ``oracle_size`` > 0 is a
    diagnostic, not a score: the gold refuses every wrong join of an article into a story of at most that many
    articles (not a merge of two stories grown alike, which it leaves to grouping), to show
    how much of the error is made while stories are small.
    """
    if same_day and undated:
        raise ValueError("same_day and undated exclude each other")
    started = time.perf_counter()
    docs = read_corpus(data_dir)
    articles = {doc.name: _article(doc) for doc in docs}
    if same_day or undated:
        one_day = PublicationDate(SAME_DAY, SAME_DAY, "given") if same_day else None
        articles = {name: dataclasses.replace(article, published=one_day) for name, article in articles.items()}
    analyses = dict(zip(articles, (analyzer or Analyzer.load()).analyze_many(articles.values()), strict=True))
    analysis_seconds = time.perf_counter() - started
    gold = {d.name: d.gold for d in docs}
    reports = []
    for seed in seeds:
        started = time.perf_counter()
        order = list(docs)
        random.Random(seed).shuffle(order)
        predicted = ingest_in_order([doc.name for doc in order], articles, analyses, gold if oracle_size else None,
                                    oracle_size)
        precision, recall, f1 = bcubed(predicted, gold)
        reports.append(Report(
            documents=len(docs), gold_stories=len(set(gold.values())), found_stories=len(set(predicted.values())),
            precision=precision, recall=recall, f1=f1, seconds=analysis_seconds + time.perf_counter() - started,
            seed=seed,
        ))
    return reports


def ingest_in_order(
    keys: Sequence[str], articles: Mapping[str, Article], analyses: Mapping[str, Analysis],
    gold: Mapping[str, str] | None = None, oracle_size: int = 0,
) -> dict[str, int]:
    """Each article's story, ingested one by one in the order of ``keys`` into a fresh store, its actors filed
    under the stored names as ingest files them. With ``gold``, the oracle of :func:`run_orders`."""
    stored: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(str(Path(folder) / "stories.db"))
        oracle = _gold_oracle(store, stored, gold, oracle_size) if gold is not None else nullcontext()
        with oracle:
            for key in keys:
                article, text = articles[key], articles[key].text
                with store.transaction():
                    # The stored actors' names, as ingest files them ("Erdogan" under "Recep Tayyip Erdogan").
                    analysis = unify_actors(
                        analyses[key], known_actors_for(store, analyses[key].actors), resolve_against
                    )
                    stored[key] = store.add_article(article, analysis, content_hash(text + key), fingerprint(text))
                    assign_story(store, stored[key])
        # Each article's story at the end: grouping may have merged stories since it was assigned.
        predicted = {key: store.get_article(article_id).story_id for key, article_id in stored.items()}
        store.close()
    return {key: story_id for key, story_id in predicted.items() if story_id is not None}


def _gold_oracle(
    store: SqliteStore, stored: Mapping[str, int], gold: Mapping[str, str], size: int
) -> AbstractContextManager[object]:
    """While open, grouping never joins an article to a story of at most ``size`` articles whose most common gold
    story is another (a diagnostic: how much of the error is made while stories are small)."""
    from unittest import mock

    choose = grouping.choose_story
    golds = gold

    def refusing(
        features: grouping.ArticleFeatures, candidates: Sequence[grouping.StoryProfile], threshold: float | None = None
    ) -> int | None:
        keys = {article_id: key for key, article_id in stored.items()}
        mine = golds[keys[features.article_id]]
        allowed = []
        for profile in candidates:
            members = Counter(golds[keys[i]] for i, _ in story_members(store, profile.story_id) if i in keys)
            if profile.size <= size and members and members.most_common(1)[0][0] != mine:
                continue
            allowed.append(profile)
        return choose(features, allowed, threshold)

    return mock.patch.object(grouping, "choose_story", refusing)


def format_report(report: Report) -> str:
    """The report as a few lines of text."""
    return (
        f"ECB+ story grouping: {report.documents} documents, {report.gold_stories} gold stories, "
        f"{report.found_stories} found (shuffle seed {report.seed})\n"
        f"B-cubed precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}\n"
        f"({report.seconds:.0f} s)"
    )


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    reports = run_orders(args.data, args.seed, same_day=args.same_day, undated=args.undated, oracle_size=args.oracle)
    yield "\n".join(format_report(report) for report in reports)
    if len(reports) > 1:
        mean = [sum(getattr(r, name) for r in reports) / len(reports) for name in ("precision", "recall", "f1")]
        yield (f"mean over seeds {', '.join(map(str, args.seed))}: B-cubed precision {mean[0]:.3f}  "
               f"recall {mean[1]:.3f}  F1 {mean[2]:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: score and print."""
    parser = eval_parser("python -m dateline.eval.ecb_stories", __doc__, DEFAULT_DATA, "the ecbplus folder")
    parser.add_argument(
        "--seed", type=int, nargs="+", default=[0], help="shuffle seed(s) of the ingest order (several: also the mean)"
    )
    dates = parser.add_mutually_exclusive_group()
    dates.add_argument(
        "--same-day", action="store_true", help="give every document one date: a stress test of time proximity"
    )
    dates.add_argument(
        "--undated",
        action="store_true",
        help="withhold the dates inferred from the text: a check that grouping does not lean on which half is dated",
    )
    parser.add_argument(
        "--oracle", type=int, default=0, metavar="N",
        help="diagnostic, not a score: the gold refuses wrong joins into stories of at most N articles",
    )
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
