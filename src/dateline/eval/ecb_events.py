"""Score same-event merging (one timeline entry per happening) against ECB+ event coreference.

ECB+ (``<topic>/<topic>_<n>ecb[plus].xml``) marks event mentions (``ACTION_*`` and ``NEG_ACTION_*``
markables anchored on tokens) and links the mentions of one real-world event across documents
(``CROSS_DOC_COREF`` relations whose ``note`` is the event's instance id); a mention in no relation is an
event of its own. Each gold story (a topic's ``ecb`` or ``ecbplus`` half) is read as one story: its
documents are analysed (the product's analysis stage, on the same text as the story-grouping eval), their
event reports grouped by :func:`dateline.link.events.group_reports`, and each report is aligned to the gold
mention inside its clause whose word starts as its predicate does ("kill" -> "killed"): a clause often holds
several events ("attacked and killed"), and pairing a report with all of them would score one merge as
several. Mentions no report is about count as events of their own.

Merging is scored on all reports, dated or not: ECB+'s older half has no publication dates, so most of
its events would get no date and stay off a timeline, which is the temporal tagger's matter, not this
one's. Reported: B-cubed precision, recall and F1 over the gold mentions, and precision, recall and F1 of
the cross-document links (pairs of mentions in two documents put in one entry), the merging a reader
sees as "one entry, several outlets".

Run ``python -m dateline.eval.ecb_events --data ../shared/data/ecbplus``.
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from dateline.analyze import Analyzer
from dateline.errors import SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.ecb_stories import bcubed
from dateline.eval.ecb_times import detokenize, read_tokens
from dateline.link.events import Report, collect_reports, group_reports
from dateline.records import Analysis, Article, StoredArticle
from dateline.temporal import infer_publication_date

DEFAULT_DATA = Path("../shared/data/ecbplus")
_ACTION_TAGS = ("ACTION_", "NEG_ACTION_")
_EVENT_NOTES = ("ACT", "NEG")


@dataclass(frozen=True)
class EventMention:
    """One gold event mention: where it is in its document's text, and the event it refers to."""

    document: str
    story: str
    start: int
    end: int
    event: str


@dataclass(frozen=True)
class EventDocument:
    """One ECB+ document as text, with its gold story and event mentions."""

    name: str
    story: str
    article: Article
    mentions: tuple[EventMention, ...]


@dataclass(frozen=True)
class MergeReport:
    """Scores of the merging over every gold story."""

    documents: int
    mentions: int
    aligned: int
    bcubed: tuple[float, float, float]
    links: tuple[float, float, float]
    seconds: float


def read_document(path: Path) -> EventDocument:
    """Text (as the story-grouping eval reads it) and gold event mentions of one file; SourceError if unreadable."""
    root, sentences = read_tokens(path)
    offsets: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    url = None
    position = 0
    for number in sorted(sentences):
        words = [word for _, word in sentences[number]]
        if not lines and url is None and words and words[0].startswith("http"):
            url = "".join(words)  # the first line is the page's address, not its text
            continue
        line, spans = detokenize(words)
        for (t_id, _), (start, end) in zip(sentences[number], spans, strict=True):
            offsets[t_id] = (position + start, position + end)
        lines.append(line)
        position += len(line) + 2
    text = "\n\n".join(lines)
    events = _event_of_mention(root)
    story = f"{path.parent.name}/{'ecbplus' if path.name.endswith('ecbplus.xml') else 'ecb'}"
    mentions = []
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        if not markable.tag.startswith(_ACTION_TAGS):
            continue
        anchors = [offsets[a.get("t_id", "")] for a in markable.iter("token_anchor") if a.get("t_id") in offsets]
        if anchors:
            m_id = markable.get("m_id", "")
            event = events.get(m_id, f"{path.name}#{m_id}")  # in no relation: an event of its own
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            mentions.append(EventMention(path.name, story, start, end, event))
    outlet = url.split("/")[2] if url and url.count("/") >= 2 else None
    article = Article(
        origin=path.name, title=lines[0] if lines else path.name, text=text, raw=text, raw_kind="text", url=url,
        outlet=outlet, published=infer_publication_date(text), language="en",
    )
    return EventDocument(path.name, story, article, tuple(mentions))


def _event_of_mention(root: ElementTree.Element) -> dict[str, str]:
    """Each event mention's event: the instance id of the cross-document relation it is a source of."""
    found: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        note = relation.get("note", "")
        if relation.tag == "CROSS_DOC_COREF" and note.startswith(_EVENT_NOTES):
            for source in relation.iter("source"):
                found[source.get("m_id", "")] = note
    return found


def aligned_groups(
    documents: Sequence[EventDocument], analyses: Mapping[str, Analysis], dated_only: bool = False
) -> dict[EventMention, str]:
    """Each gold mention's predicted entry: the group of the report about it (see ``_mention_of``); a mention no
    report is about is an entry of its own.

    ``dated_only``: group only the reports a timeline shows (those with a date), as ``build_timeline`` does.
    """
    stored = [
        StoredArticle(number, document.article, analyses[document.name], document.name)
        for number, document in enumerate(documents, start=1)
    ]
    reports = collect_reports(stored)
    grouped = [r for r in reports if r.interval is not None] if dated_only else reports
    group_of: dict[int, int] = {}
    for number, group in enumerate(group_reports(grouped)):
        for report in group:
            group_of[id(report)] = number
    predicted: dict[EventMention, str] = {}
    for number, document in enumerate(documents, start=1):
        text = document.article.text
        for report in (r for r in reports if r.article_id == number and id(r) in group_of):
            mention = _mention_of(report, document.mentions, text)
            if mention is not None and mention not in predicted:
                predicted[mention] = f"{document.story}:{group_of[id(report)]}"
        for mention in document.mentions:
            predicted.setdefault(mention, f"alone:{mention.document}:{mention.start}")
    return predicted


def _mention_of(report: Report, mentions: Sequence[EventMention], text: str) -> EventMention | None:
    """The gold mention a report is about: one inside its clause whose word starts as its predicate does
    ("kill" -> "killed", "call_for" -> "calls"); a clause holds several events ("attacked and killed"), so
    any other would pair a report with another event's mention."""
    stem = report.event.predicate.split("_")[0][:4].casefold()
    inside = [m for m in mentions if report.event.start <= m.start < report.event.end]
    return next((m for m in inside if text[m.start : m.end].casefold().startswith(stem)), None)


def link_scores(predicted: Mapping[EventMention, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of cross-document links: pairs of mentions in two documents in one entry."""
    found = gold = both = 0
    by_story: dict[str, list[EventMention]] = defaultdict(list)
    for mention in predicted:
        by_story[mention.story].append(mention)
    for mentions in by_story.values():
        for a, b in combinations(mentions, 2):
            if a.document == b.document:
                continue
            same_found = predicted[a] == predicted[b]
            same_gold = a.event == b.event
            found += same_found
            gold += same_gold
            both += same_found and same_gold
    precision = both / found if found else 0.0
    recall = both / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(data_dir: Path = DEFAULT_DATA, analyzer: Analyzer | None = None) -> MergeReport:
    """Analyse every document, merge each gold story's reports and score the merging."""
    started = time.perf_counter()
    paths = sorted(data_dir.glob("*/*.xml"))
    if not paths:
        raise SourceError(str(data_dir), "no ECB+ topic folders with .xml documents")
    documents = [read_document(path) for path in paths]
    analyses = dict(
        zip((d.name for d in documents), (analyzer or Analyzer.load()).analyze_many(d.article for d in documents),
            strict=True)
    )  # fmt: skip
    return score(documents, analyses, started)


def score(
    documents: Sequence[EventDocument], analyses: Mapping[str, Analysis], started: float, dated_only: bool = False
) -> MergeReport:
    """Score the merging of already analysed documents (each gold story's reports grouped together)."""
    by_story: dict[str, list[EventDocument]] = defaultdict(list)
    for document in documents:
        by_story[document.story].append(document)
    predicted: dict[EventMention, str] = {}
    for story_documents in by_story.values():
        predicted.update(aligned_groups(story_documents, analyses, dated_only))
    keys = {mention: str(number) for number, mention in enumerate(predicted)}
    entries = {label: number for number, label in enumerate(dict.fromkeys(predicted.values()))}
    aligned = sum(not label.startswith("alone:") for label in predicted.values())
    return MergeReport(
        documents=len(documents), mentions=len(predicted), aligned=aligned,
        bcubed=bcubed(
            {keys[m]: entries[label] for m, label in predicted.items()}, {keys[m]: m.event for m in predicted}
        ),
        links=link_scores(predicted), seconds=time.perf_counter() - started,
    )


def format_report(report: MergeReport) -> str:
    """The scores as a few lines of text."""
    b, link = report.bcubed, report.links
    return (
        f"ECB+ same-event merging: {report.documents} documents, {report.mentions} gold event mentions, "
        f"{report.aligned} of them a report's event\n"
        f"B-cubed precision {b[0]:.3f}  recall {b[1]:.3f}  F1 {b[2]:.3f}\n"
        f"cross-document links: precision {link[0]:.3f}  recall {link[1]:.3f}  F1 {link[2]:.3f}\n"
        f"({report.seconds:.0f} s)"
    )


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    yield format_report(run(args.data))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: score and print."""
    parser = eval_parser("python -m dateline.eval.ecb_events", __doc__, DEFAULT_DATA, "the ecbplus folder")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
