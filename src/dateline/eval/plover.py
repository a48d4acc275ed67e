"""Score Dateline's event kinds and actors on the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt).

The file is a JSON list of 322 coded sentences (plus one DOCUMENT record) with a gold ``event`` type
and ``source``/``target`` actors (``actorText``). The file uses PLOVER 0.5 names; four of them were
renamed or merged in the current ontology that Dateline follows, so gold types are mapped:
DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT.

Each sentence is analyzed as a one-sentence article. The predicted kind is that of the first event
with a PLOVER kind (not STATEMENT or OTHER), else OTHER. Scores:

* type accuracy: predicted kind == gold type;
* any-event accuracy: gold type is the kind of some event of the sentence;
* source / target match, over sentences whose gold lists one, on the chosen event: its actor
  (target) names a gold actor (same canonical key, same country through demonyms, or one name's
  last word equals the other's).

Run ``python -m dateline.eval.plover --data ../shared/data/plover``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.analyze import Analyzer, canonical_key
from dateline.analyze.gazetteer import Gazetteer, load_gazetteer
from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.records import Analysis, Article, Event

FILE_NAME = "PLOVER_GSR_CAMEO.txt"
DEFAULT_DATA = Path("../shared/data/plover")
GOLD_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NON_PLOVER = frozenset({"STATEMENT", "OTHER"})


@dataclass(frozen=True)
class GoldRecord:
    """One coded sentence."""

    text: str
    kind: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class PloverReport:
    """Accuracy of kinds and actors over the coded sentences."""

    sentences: int
    type_correct: int
    any_event_correct: int
    with_source: int
    source_correct: int
    with_target: int
    target_correct: int
    majority_kind: str
    majority_count: int
    confusions: tuple[tuple[str, str, int], ...]
    seconds: float


def find_file(data_dir: Path) -> Path:
    """The GSR file under ``data_dir`` (the file itself, its folder, or the shared data root)."""
    for candidate in (data_dir, data_dir / FILE_NAME, data_dir / "plover" / FILE_NAME):
        if candidate.is_file():
            return candidate
    raise SourceError(str(data_dir), f"no {FILE_NAME} here or in plover/")


def _actor_texts(value: Any) -> tuple[str, ...]:
    """Gold actor texts from a ``source``/``target`` field (a list of dicts, or "")."""
    if not isinstance(value, list):
        return ()
    return tuple(str(item["actorText"]) for item in value if isinstance(item, dict) and item.get("actorText"))


def read_gold(path: Path) -> list[GoldRecord]:
    """The coded sentences of the file, with gold types mapped to current PLOVER names."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SourceError(str(path), f"not a PLOVER GSR JSON list: {error}") from error
    gold = []
    for record in records:
        kind = str(record.get("event", ""))
        if kind == "DOCUMENT" or not record.get("text"):
            continue
        gold.append(GoldRecord(str(record["text"]), GOLD_RENAMES.get(kind, kind),
                               _actor_texts(record.get("source")), _actor_texts(record.get("target"))))
    return gold


def chosen_event(analysis: Analysis) -> Event | None:
    """The event that stands for the sentence: the first with a PLOVER kind, else the first."""
    plover = [e for e in analysis.events if e.kind not in NON_PLOVER]
    return plover[0] if plover else (analysis.events[0] if analysis.events else None)


def _name_forms(text: str, gazetteer: Gazetteer) -> set[str]:
    """Keys a name may go by: itself, the country of a demonym, the government of a capital."""
    forms = {canonical_key(text)}
    country = gazetteer.demonym_country(text) or gazetteer.metonym_country(text)
    place = gazetteer.place(text)
    if place is not None:
        forms.add(canonical_key(place.name))
        country = country or place.country
    if country is not None:
        forms.update({canonical_key(country), canonical_key(f"government of {country}")})
    return forms


def same_actor(gold_texts: Sequence[str], key: str | None, analysis: Analysis, gazetteer: Gazetteer) -> bool:
    """Whether the actor ``key`` names one of the gold actors."""
    if key is None:
        return False
    ours = {key} | {canonical_key(m.text) for m in analysis.mentions if m.actor_key == key}
    for text in gold_texts:
        forms = _name_forms(text, gazetteer)
        if forms & ours:
            return True
        last_words = {f.rsplit(" ", 1)[-1] for f in forms}
        if any(o.rsplit(" ", 1)[-1] in last_words for o in ours):
            return True
    return False


def run(data_dir: Path, analyzer: Analyzer | None = None) -> PloverReport:
    """Analyze every coded sentence and score kinds and actors. Raises SourceError without the file."""
    gold = read_gold(find_file(data_dir))
    analyzer = analyzer or Analyzer.load()
    gazetteer = load_gazetteer()
    started = time.perf_counter()
    articles = [Article(origin=f"plover:{i}", title="", text=g.text, raw=g.text, raw_kind="text",
                        language="en") for i, g in enumerate(gold)]
    counts: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for record, analysis in zip(gold, analyzer.analyze_many(articles), strict=True):
        event = chosen_event(analysis)
        predicted = event.kind if event is not None and event.kind not in NON_PLOVER else "OTHER"
        counts["type"] += predicted == record.kind
        counts["any"] += any(e.kind == record.kind for e in analysis.events)
        if predicted != record.kind:
            confusions[(record.kind, predicted)] += 1
        if record.sources:
            counts["with_source"] += 1
            counts["source"] += same_actor(record.sources, event.actor_key if event else None, analysis, gazetteer)
        if record.targets:
            counts["with_target"] += 1
            counts["target"] += same_actor(record.targets, event.target_key if event else None, analysis, gazetteer)
    majority, majority_count = Counter(g.kind for g in gold).most_common(1)[0]
    return PloverReport(
        len(gold), counts["type"], counts["any"], counts["with_source"], counts["source"],
        counts["with_target"], counts["target"], majority, majority_count,
        tuple((g, p, n) for (g, p), n in confusions.most_common(8)), time.perf_counter() - started,
    )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def format_report(report: PloverReport) -> str:
    """The report as plain text."""
    lines = [
        f"PLOVER GSR: {report.sentences} coded sentences ({report.seconds:.1f} s)",
        f"  event type accuracy       {_pct(report.type_correct, report.sentences)}  "
        f"({report.type_correct}/{report.sentences})",
        f"  gold type among any event {_pct(report.any_event_correct, report.sentences)}",
        f"  majority-class baseline   {_pct(report.majority_count, report.sentences)}  ({report.majority_kind})",
        f"  source actor match        {_pct(report.source_correct, report.with_source)}  "
        f"({report.source_correct}/{report.with_source})",
        f"  target actor match        {_pct(report.target_correct, report.with_target)}  "
        f"({report.target_correct}/{report.with_target})",
        "  most frequent confusions (gold -> predicted): "
        + ", ".join(f"{g}->{p} {n}" for g, p, n in report.confusions),
    ]
    return "\n".join(lines)


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(args.data))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the report."""
    parser = eval_parser("python -m dateline.eval.plover", __doc__, DEFAULT_DATA, "folder holding PLOVER_GSR_CAMEO.txt")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
