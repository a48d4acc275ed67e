"""Score timeline building on Timeline17 with the tilse metrics used by news-tls (ACL 2020).

Each ``<topic>/InputDocs/<publication date>/<id>.htm.txt`` is a tokenized article, one sentence per
line; each ``<topic>/timelines/*.txt`` a reference timeline (a date line, its sentences, a line of
dashes). Following news-tls, for every reference timeline the input is limited to its first..last
date, and the predicted timeline has as many dates as the reference and, per date, the reference's
mean number of sentences (rounded).

Dateline's cheap path (the full analyzer over ~2,900 articles would take far longer than the 10
minutes allowed): the temporal tagger dates every sentence (expressions resolved against the given
publication date); a date's score is the number of articles published on it or mentioning it; the
top dates are kept. A date's pool is the sentences published on it, the leads (first five
sentences) of articles published the next day and the sentences mentioning it; its summary takes,
among the pool's lead sentences and sentences mentioning the date, those that together come closest
to the pool's centroid (greedily, as news-tls's CentroidOpt), without near-repeats.

Metrics (Martschat & Markert 2017, tilse): Date-F1 over the sets of dates; alignment ROUGE-1/2 F1
("align+ m:1", ``align_date_content_costs_many_to_one``): each predicted date is matched to the
reference date of least cost (1 - 1/(days apart + 1)) x (1 - approximate ROUGE-1 F1), for precision,
and each reference date to a predicted date, for recall; n-gram matches are weighted by
1/(days apart + 1). ROUGE counts use lower-cased alphanumeric tokens without stop words and with a
light suffix stemmer (ROUGE-1.5.5 uses the SMART stop list and Porter stemming: close, not identical).

Run ``python -m dateline.eval.timeline17 --data ../shared/data/timeline17``.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.link.coverage import DatedSentence, named_days
from dateline.link.digest import build_digest
from dateline.link.text import STOP_WORDS, stem
from dateline.temporal import tag_times

DEFAULT_DATA = Path("../shared/data/timeline17")
_TOKEN = re.compile(r"[a-z0-9]+")
_GLUE = re.compile(r" ([,.;:!?%)])")

TimelineDict = dict[date, list[str]]


@dataclass(frozen=True)
class TopicScore:
    """Scores of one reference timeline."""

    topic: str
    timeline: str
    dates: int
    date_f1: float
    ar1_f1: float
    ar2_f1: float


@dataclass(frozen=True)
class Report:
    """Per-timeline scores and their means."""

    scores: tuple[TopicScore, ...]
    date_f1: float
    ar1_f1: float
    ar2_f1: float
    seconds: float


# ---------------------------------------------------------------------- reading


def read_reference(path: Path) -> TimelineDict:
    """A reference timeline file as date -> sentences."""
    timeline: TimelineDict = {}
    current: date | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("-----"):
            current = None
        elif current is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
            current = date.fromisoformat(line)
            timeline.setdefault(current, [])
        elif current is not None:
            timeline[current].append(line)
    return timeline


def detokenize(text: str) -> str:
    """A Timeline17 tokenized line as plain text ("it 's" -> "it's", "-LRB- x -RRB-" -> "(x)")."""
    text = text.replace("`` ", '"').replace(" ''", '"').replace(" 's ", "'s ").replace(" n't", "n't")
    return _GLUE.sub(r"\1", text).replace("-LRB- ", "(").replace(" -RRB-", ")")


def read_sentences(topic_dir: Path) -> list[DatedSentence]:
    """Every sentence of a topic's articles, dated by the temporal tagger against its publication day."""
    sentences = []
    for article, path in enumerate(sorted(topic_dir.glob("InputDocs/*/*.txt"))):
        published = date.fromisoformat(path.parent.name)
        for position, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines()):
            if len(line.split()) < 3:
                continue
            days = named_days(tag_times(detokenize(line), anchor=published))
            sentences.append(DatedSentence(line.strip(), published, article, days, position))
    return sentences


# ---------------------------------------------------------------------- predicting


def predict(
    sentences: Sequence[DatedSentence], first: date, last: date, dates: int, per_date: int
) -> TimelineDict:
    """A timeline of ``dates`` days within [first, last], ``per_date`` sentences each: the story digest."""
    digest = build_digest(sentences, dates, per_date, first, last)
    return {day: [s.text for s in chosen] for day, chosen in digest.items()}


# ---------------------------------------------------------------------- metrics


def date_f1(predicted: Mapping[date, object], reference: Mapping[date, object]) -> float:
    """F1 of the predicted set of dates against the reference set."""
    shared = len(set(predicted) & set(reference))
    if not shared:
        return 0.0
    precision, recall = shared / len(predicted), shared / len(reference)
    return 2 * precision * recall / (precision + recall)


def _rouge_tokens(sentence: str) -> list[str]:
    return [stem(t) for t in _TOKEN.findall(sentence.casefold()) if t not in STOP_WORDS]


def _ngrams(sentences: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    grams: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        tokens = _rouge_tokens(sentence)
        grams.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def rouge_counts(predicted: Sequence[str], reference: Sequence[str], n: int) -> tuple[int, int, int]:
    """ROUGE-n counts: matched n-grams, predicted n-grams, reference n-grams."""
    mine, theirs = _ngrams(predicted, n), _ngrams(reference, n)
    hits = sum(min(count, theirs[gram]) for gram, count in mine.items())
    return hits, sum(mine.values()), sum(theirs.values())


def _approximate_rouge1(predicted: Sequence[str], reference: Sequence[str]) -> float:
    """tilse's cheap ROUGE-1 F1 on raw tokens, used only to cost the alignment."""
    mine = Counter(t for s in predicted for t in s.split())
    theirs = Counter(t for s in reference for t in s.split())
    match = sum(min(c, theirs[t]) for t, c in mine.items())
    if not match:
        return 0.0
    precision, recall = match / sum(mine.values()), match / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def _date_weight(a: date, b: date) -> float:
    return 1.0 / (abs(a.toordinal() - b.toordinal()) + 1)


def alignment_rouge_f1(predicted: TimelineDict, reference: TimelineDict, n: int) -> float:
    """Alignment ROUGE-n F1 with many-to-one date-and-content alignment (tilse's "align+ m:1")."""
    if not predicted or not reference:
        return 0.0
    content = {
        (p, r): _approximate_rouge1(predicted[p], reference[r]) for p in predicted for r in reference
    }

    def cost(p: date, r: date) -> float:
        return (1 - _date_weight(p, r)) * (1 - content[(p, r)])

    pred_dates, ref_dates = sorted(predicted), sorted(reference)
    hits_p, denom_p = 0.0, 0.0
    for p in pred_dates:
        r = min(ref_dates, key=lambda d: cost(p, d))
        hits, peer, _model = rouge_counts(predicted[p], reference[r], n)
        hits_p += _date_weight(p, r) * hits
        denom_p += peer
    hits_r, denom_r = 0.0, 0.0
    for r in ref_dates:
        p = min(pred_dates, key=lambda d: cost(d, r))
        hits, _peer, model = rouge_counts(predicted[p], reference[r], n)
        hits_r += _date_weight(p, r) * hits
        denom_r += model
    precision = hits_p / denom_p if denom_p else 0.0
    recall = hits_r / denom_r if denom_r else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------------- running


def score_topic(topic_dir: Path) -> list[TopicScore]:
    """Predict and score one timeline per reference timeline of a topic folder."""
    sentences = read_sentences(topic_dir)
    scores = []
    for path in sorted(topic_dir.glob("timelines/*.txt")):
        reference = read_reference(path)
        if not reference:
            continue
        per_date = max(1, round(sum(len(v) for v in reference.values()) / len(reference)))
        predicted = predict(sentences, min(reference), max(reference), len(reference), per_date)
        scores.append(
            TopicScore(
                topic=topic_dir.name, timeline=path.name, dates=len(reference),
                date_f1=date_f1(predicted, reference),
                ar1_f1=alignment_rouge_f1(predicted, reference, 1),
                ar2_f1=alignment_rouge_f1(predicted, reference, 2),
            )
        )
    return scores


def run(data_dir: Path = DEFAULT_DATA) -> Report:
    """Score every topic folder; the means are over reference timelines, as in news-tls."""
    started = time.perf_counter()
    topics = sorted(p for p in data_dir.iterdir() if (p / "timelines").is_dir()) if data_dir.is_dir() else []
    if not topics:
        raise SourceError(str(data_dir), "no Timeline17 topic folders (with timelines/) found")
    return report_of([score for topic in topics for score in score_topic(topic)], started)


def report_of(scores: Sequence[TopicScore], started: float) -> Report:
    """The per-timeline scores with their means (over reference timelines, as in news-tls)."""
    count = len(scores) or 1
    return Report(
        scores=tuple(scores),
        date_f1=sum(s.date_f1 for s in scores) / count,
        ar1_f1=sum(s.ar1_f1 for s in scores) / count,
        ar2_f1=sum(s.ar2_f1 for s in scores) / count,
        seconds=time.perf_counter() - started,
    )


def format_report(report: Report) -> str:
    """A table of per-timeline scores and the means."""
    lines = [f"{'topic':<24} {'timeline':<48} {'dates':>5} {'Date-F1':>8} {'AR-1':>7} {'AR-2':>7}"]
    for s in report.scores:
        lines.append(
            f"{s.topic:<24} {s.timeline[:48]:<48} {s.dates:>5} {s.date_f1:>8.3f} {s.ar1_f1:>7.3f} {s.ar2_f1:>7.3f}"
        )
    lines.append(
        f"{'mean':<24} {'':<48} {'':>5} {report.date_f1:>8.3f} {report.ar1_f1:>7.3f} {report.ar2_f1:>7.3f}"
    )
    lines.append(f"({len(report.scores)} reference timelines, {report.seconds:.0f} s)")
    return "\n".join(lines)


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(args.data))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: score and print."""
    parser = eval_parser("python -m dateline.eval.timeline17", __doc__, DEFAULT_DATA, "the timeline17 folder")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
