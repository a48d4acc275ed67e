"""Score how Dateline dates articles that arrive without a publication date, on real news.

Every article is given as pasted text, without its date, and goes through the product path
(:func:`dateline.pipeline.prepare_article`: extraction reads date lines as metadata, the temporal
stage infers the rest). The known publication date then says whether the date found is right:

* PolNeAR (``polnear/metadata.tsv``: 2015-2016 US political news from seven outlets);
* Timeline17 (``timeline17/*/InputDocs/<publication date>/``: 2009-2011 news, tokenized);
* TempEval-3 (``tempeval3/TBAQ-cleaned``: the document creation time of TimeBank and AQUAINT).

``--split dev`` (the default) scores PolNeAR's train part, Timeline17 and TimeBank, where the rules
and their confidences were set; ``--split report`` scores PolNeAR's dev part and AQUAINT, which
were not looked at. For each rule (the first words of the evidence) the report gives how often its
interval held the real date ("held"), the year was right, and the first day was within a week; and
whether the stated confidences are honest: the mean confidence against the share held.

Run ``python -m dateline.eval.pubdates --data ../shared/data [--split dev|report]``.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.errors import DatelineError, SourceError
from dateline.eval.command import eval_parser, run_eval
from dateline.eval.tempeval import read_document
from dateline.eval.timeline17 import detokenize
from dateline.link.grouping import grouping_day
from dateline.pipeline import prepare_article
from dateline.records import PublicationDate, RawInput

DEFAULT_DATA = Path("../shared/data")
PASTED = "pasted text"  # the origin every text is read under
SPLITS = {
    "dev": ("polnear/train", "timeline17", "tempeval3/TimeBank"),
    "report": ("polnear/dev", "tempeval3/AQUAINT"),
}


@dataclass(frozen=True)
class DatedText:
    """An article's text as a user would paste it, with the date it was really published."""

    name: str
    text: str
    published: date


@dataclass
class RuleScore:
    """How one way of dating (a rule, "metadata", or "none") did on one set."""

    articles: int = 0
    held: int = 0
    year: int = 0
    week: int = 0
    confidence: float = 0.0

    def add(self, found: PublicationDate, real: date) -> None:
        """Count one dated article."""
        self.articles += 1
        self.held += found.earliest <= real <= found.latest
        self.year += found.best.year == real.year
        self.week += abs((found.best - real).days) <= 7
        self.confidence += found.confidence if found.method == "inferred" else 1.0


@dataclass
class SetScore:
    """The scores of one set: per rule, and over every article."""

    name: str
    articles: int = 0
    unreadable: int = 0
    rules: dict[str, RuleScore] = field(default_factory=dict)
    dated: RuleScore = field(default_factory=RuleScore)
    trusted: RuleScore = field(default_factory=RuleScore)

    def rule(self, name: str) -> RuleScore:
        """The score of the named rule, created empty on first use."""
        return self.rules.setdefault(name, RuleScore())


def read_set(data_dir: Path, name: str) -> list[DatedText]:
    """The articles of one set ("polnear/train", "timeline17", "tempeval3/TimeBank", ...)."""
    kind, _, part = name.partition("/")
    if kind == "polnear":
        return _read_polnear(data_dir / "polnear", part)
    if kind == "timeline17":
        return _read_timeline17(data_dir / "timeline17")
    if kind == "tempeval3":
        return _read_tempeval(data_dir / "tempeval3" / "TBAQ-cleaned" / part)
    raise SourceError(name, "unknown set")


def _read_polnear(folder: Path, split: str) -> list[DatedText]:
    """PolNeAR texts of one split with the publication dates of metadata.tsv."""
    metadata = folder / "metadata.tsv"
    if not metadata.is_file():
        raise SourceError(str(folder), "no PolNeAR metadata.tsv")
    with metadata.open(encoding="utf-8", newline="") as handle:
        dates = {
            row["filename"]: date.fromisoformat(row["publication_date"])
            for row in csv.DictReader(handle, delimiter="\t")
            if row["compartment"] == split
        }
    return [
        DatedText(path.stem, path.read_text(encoding="utf-8"), dates[path.stem])
        for path in sorted((folder / split / "text").glob("*.txt"))
        if path.stem in dates
    ]


def _read_timeline17(folder: Path) -> list[DatedText]:
    """Every Timeline17 input article, detokenized, dated by its folder."""
    paths = sorted(folder.glob("*/InputDocs/*/*.txt"))
    if not paths:
        raise SourceError(str(folder), "no Timeline17 topic folders with InputDocs")
    return [
        DatedText(
            f"{path.parts[-4]}/{path.parent.name}/{path.name}",
            detokenize(path.read_text(encoding="utf-8", errors="replace")),
            date.fromisoformat(path.parent.name),
        )
        for path in paths
    ]


def _read_tempeval(folder: Path) -> list[DatedText]:
    """TimeML documents' text with their creation time (the DCT, outside the text)."""
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise SourceError(str(folder), "no TimeML .tml files")
    documents = [read_document(path) for path in paths]
    return [DatedText(d.name, d.text, d.creation) for d in documents if d.creation is not None]


def score_set(name: str, texts: Iterable[DatedText]) -> SetScore:
    """Date every text through the product path and score each way of dating against the real date."""
    score = SetScore(name)
    for text in texts:
        score.articles += 1
        try:
            # Pasted, as a user would: the set's file names hold the very dates being guessed
            # ("breitbart_2016-02-01_....txt", "InputDocs/2010-04-20/"), which a file's ingest reads.
            article = prepare_article(RawInput(origin=PASTED, body=text.text, kind="text"))
        except DatelineError:
            score.unreadable += 1
            continue
        found = article.published
        if found is None:
            score.rule("none").articles += 1
            continue
        rule = "metadata" if found.method != "inferred" else found.evidence.partition(":")[0]
        score.rule(rule).add(found, text.published)
        score.dated.add(found, text.published)
        if grouping_day(found) is not None:
            score.trusted.add(found, text.published)
    return score


def _percent(part: float, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def format_score(score: SetScore) -> Iterator[str]:
    """The set's table: one line per way of dating, then the totals and the trusted share."""
    yield f"{score.name}: {score.articles} articles" + (f" ({score.unreadable} unreadable)" if score.unreadable else "")
    yield f"  {'dated by':<30} {'share':>6} {'held':>6} {'year':>6} {'week':>6} {'conf.':>6}"
    for rule, part in sorted(score.rules.items(), key=lambda kv: -kv[1].articles):
        if rule == "none":
            yield f"  {'(no date)':<30} {_percent(part.articles, score.articles):>6}"
        else:
            yield _row(rule, part, score.articles)
    yield _row("all dated", score.dated, score.articles)
    yield _row("trusted by grouping", score.trusted, score.articles, confidence=False)


def _row(label: str, part: RuleScore, total: int, confidence: bool = True) -> str:
    """One line of the table: the share of all articles, then held, year and week among these."""
    cells = (_percent(part.articles, total), *(_percent(n, part.articles) for n in (part.held, part.year, part.week)))
    line = f"  {label:<30} " + " ".join(f"{cell:>6}" for cell in cells)
    return line + (f" {(part.confidence / part.articles if part.articles else 0):6.2f}" if confidence else "")


def run(data_dir: Path = DEFAULT_DATA, split: str = "dev") -> list[SetScore]:
    """Score every set of the split."""
    if not data_dir.is_dir():
        raise SourceError(str(data_dir), "no such data folder")
    return [score_set(name, read_set(data_dir, name)) for name in SPLITS[split]]


def _report_lines(args: argparse.Namespace) -> Iterator[str]:
    """Every set's table, then the legend."""
    for score in run(args.data, args.split):
        yield from format_score(score)
    yield (
        "held = the interval holds the real date; year = the first day's year is right; week = the first day "
        "is within 7 days; conf. = mean stated confidence (1 for metadata); share = of all articles; trusted by "
        "grouping = the days story grouping uses (metadata, or inferred with confidence >= 0.75 and at most 10 "
        "days wide)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: score and print."""
    parser = eval_parser("python -m dateline.eval.pubdates", __doc__, DEFAULT_DATA, "the shared data folder")
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev", help="dev (tuned on) or report (unseen)")
    return run_eval(parser, _report_lines, argv)


if __name__ == "__main__":
    raise SystemExit(main())
