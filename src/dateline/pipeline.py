"""Ingest: run inputs through extract, analyze, store and link, one transaction per input."""

from __future__ import annotations

import dataclasses
import multiprocessing
import multiprocessing.pool
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

from dateline.analyze import resolve_against
from dateline.errors import DatelineError
from dateline.extract import extract_article
from dateline.link import assign_story, redate_in_story
from dateline.link.actors import unify_actors
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Analysis, Article, PublicationDate, RawInput, SourceFailure, StoredArticle
from dateline.sources import FeedCache, Fetcher, GivenMetadata, iter_inputs
from dateline.store import SqliteStore
from dateline.store.actors import known_actors_for
from dateline.temporal import infer_publication_date

BATCH_SIZE = 16


class ArticleAnalyzer(Protocol):
    """What the pipeline needs of the analysis stage."""

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
        """Analyze articles in order, batching the NLP work."""
        ...


@dataclass(frozen=True)
class Ingested:
    """An input stored as a new article."""

    origin: str
    article_id: int
    story_id: int | None
    title: str


@dataclass(frozen=True)
class Redating:
    """A stored article's publication date replaced by the date an input gave: the new day and the date before."""

    published: date
    was: PublicationDate | None


@dataclass(frozen=True)
class Duplicate:
    """An input whose content was already stored (``exact``) or is a reprint of a stored article (``near``).

    ``redated`` is set when an exact duplicate came with a given publication date unlike the stored one
    (a guess, a page's metadata date, another given date) and the stored article was re-dated to it.
    """

    origin: str
    of_article: int
    kind: Literal["exact", "near"]
    article_id: int | None = None
    redated: Redating | None = None


@dataclass
class IngestReport:
    """What one ingest run did, input by input."""

    ingested: list[Ingested] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    failed: list[SourceFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed


Progress = Callable[[str], None]


def prepare_article(raw: RawInput) -> Article:
    """Extract an article and, when no date was given or found, infer its publication date from the text.

    An inference that starts after today is dropped: nothing read today was published tomorrow.
    """
    article = extract_article(raw)
    if article.published is None and article.is_english:
        inferred = infer_publication_date(article.text)
        if inferred is not None and inferred.earliest <= date.today():
            article = dataclasses.replace(article, published=inferred)
    return article


class Ingestor:
    """Runs inputs through the stages into one store. The analyzer is loaded only when needed."""

    def __init__(self, store: SqliteStore, analyzer_factory: Callable[[], ArticleAnalyzer]) -> None:
        self.store = store
        self._analyzer_factory = analyzer_factory
        self._analyzer: ArticleAnalyzer | None = None

    @property
    def analyzer(self) -> ArticleAnalyzer:
        """The analysis stage, loaded on first use (loading the NLP model takes a second or two)."""
        if self._analyzer is None:
            self._analyzer = self._analyzer_factory()
        return self._analyzer

    def ingest(
        self,
        specs: Sequence[str],
        given: GivenMetadata | None = None,
        *,
        fetcher: Fetcher | None = None,
        progress: Progress | None = None,
        workers: int = 1,
    ) -> IngestReport:
        """Ingest every input named by ``specs`` (files, directories, ``-``, URLs, feeds, OPML, JSONL)."""
        cache: FeedCache = self.store
        inputs = iter_inputs(specs, given or GivenMetadata(), fetcher=fetcher, feed_cache=cache)
        return self.ingest_inputs(inputs, progress=progress, workers=workers)

    def ingest_inputs(
        self,
        inputs: Iterable[RawInput | SourceFailure],
        *,
        progress: Progress | None = None,
        workers: int = 1,
    ) -> IngestReport:
        """Ingest already-read inputs in batches; each input is stored in its own transaction.

        With ``workers > 1`` extraction and analysis run in that many processes while this process
        keeps the store, so writes stay serialized and atomic.
        """
        report = IngestReport()
        batches = _batches(inputs, report, progress)
        if workers <= 1:
            for batch in batches:
                self._ingest_batch(batch, report, progress)
            return report
        with _worker_pool(workers, self) as pool:
            for prepared in pool.imap(_prepare_in_worker, batches):
                for origin, article, digest, analysis in prepared:
                    self._store_prepared(origin, article, digest, analysis, report, progress)
        return report

    def _store_prepared(
        self,
        origin: str,
        article: Article | SourceFailure,
        digest: str,
        analysis: Analysis | None,
        report: IngestReport,
        progress: Progress | None,
    ) -> None:
        if isinstance(article, SourceFailure):
            report.failed.append(article)
        elif analysis is not None:
            self._store_one(origin, article, analysis, digest, report)
        if progress:
            progress(origin)

    def _ingest_batch(self, batch: list[RawInput], report: IngestReport, progress: Progress | None) -> None:
        fresh: list[tuple[str, Article, str]] = []
        seen_in_batch: set[str] = set()
        for raw in batch:
            try:
                article = prepare_article(raw)
            except DatelineError as exc:
                report.failed.append(SourceFailure(raw.origin, getattr(exc, "reason", str(exc))))
                if progress:
                    progress(raw.origin)
                continue
            digest = content_hash(article.text)
            existing = self.store.find_by_hash(digest)
            if existing is not None or digest in seen_in_batch:
                in_batch = Duplicate(raw.origin, 0, "exact")  # a copy of an earlier input of this batch
                report.duplicates.append(
                    in_batch if existing is None else self._exact_duplicate(raw.origin, article, existing)
                )
                if progress:
                    progress(raw.origin)
                continue
            seen_in_batch.add(digest)
            fresh.append((raw.origin, article, digest))
        # Reprints are linked to their original before the costly analysis, which they do not need.
        to_analyze = []
        for origin, article, digest in fresh:
            if self.store.find_near_duplicate(fingerprint(article.text)) is None:
                to_analyze.append((origin, article, digest))
            else:
                self._store_one(origin, article, Analysis(notes=("near-duplicate",)), digest, report)
                if progress:
                    progress(origin)
        english = [article for _, article, _ in to_analyze if article.is_english]
        analyses = iter(self.analyzer.analyze_many(english)) if english else iter(())
        for origin, article, digest in to_analyze:
            analysis = next(analyses) if article.is_english else _not_english(article)
            self._store_one(origin, article, analysis, digest, report)
            if progress:
                progress(origin)

    def _store_one(
        self, origin: str, article: Article, analysis: Analysis, digest: str, report: IngestReport
    ) -> None:
        fp = fingerprint(article.text)
        with self.store.transaction():
            existing = self.store.find_by_hash(digest)
            if existing is not None:
                report.duplicates.append(self._exact_duplicate(origin, article, existing))
                return
            original = self.store.find_near_duplicate(fp)
            if original is None:
                analysis = unify_actors(analysis, known_actors_for(self.store, analysis.actors), resolve_against)
            article_id = self.store.add_article(article, analysis, digest, fp, duplicate_of=original)
            if original is not None:
                report.duplicates.append(Duplicate(origin, original, "near", article_id))
                return
            story_id = assign_story(self.store, article_id)
        report.ingested.append(Ingested(origin, article_id, story_id, article.title))

    def _exact_duplicate(self, origin: str, article: Article, of_article: int) -> Duplicate:
        """An input whose content is stored as ``of_article``; a date the input gives re-dates it.

        A given date wins over a guess from the text and over another day (see ``_changes_date``). The
        re-date runs in a transaction of its own, or in the caller's when one is open (the store-one
        path), so a failing analysis leaves the stored article as it was.
        """
        given = article.published
        if given is None or given.method != "given":
            return Duplicate(origin, of_article, "exact")
        if not _changes_date(given, self.store.get_article(of_article).article.published):
            return Duplicate(origin, of_article, "exact")  # checked before taking the write lock
        if self.store.conn.in_transaction:
            return self._redate(origin, of_article, given)
        with self.store.transaction():
            return self._redate(origin, of_article, given)

    def _redate(self, origin: str, of_article: int, given: PublicationDate) -> Duplicate:
        """Re-date a stored article as a fresh ingest with ``given`` would date it; call inside a transaction."""
        stored = self.store.get_article(of_article)  # again, under the lock: another writer may have re-dated it
        was = stored.article.published
        if not _changes_date(given, was):
            return Duplicate(origin, of_article, "exact")
        self.store.redate_article(of_article, given, self._reanalysis(stored, given))
        redate_in_story(self.store, of_article)
        return Duplicate(origin, of_article, "exact", redated=Redating(given.earliest, was))

    def _reanalysis(self, stored: StoredArticle, given: PublicationDate) -> Analysis:
        """The analysis a fresh ingest would store for this article with the given date.

        Relative times, sentence times and event dates are anchored on the publication date, so an
        analysed article is analysed again; a reprint or an article not in English keeps its note.
        """
        if stored.duplicate_of is not None or not stored.article.is_english:
            return stored.analysis
        dated = dataclasses.replace(stored.article, published=given)
        analysis = next(iter(self.analyzer.analyze_many([dated])))
        return unify_actors(analysis, known_actors_for(self.store, analysis.actors), resolve_against)


def _batches(
    inputs: Iterable[RawInput | SourceFailure], report: IngestReport, progress: Progress | None
) -> Iterator[list[RawInput]]:
    """Group readable inputs into batches, recording unreadable ones as failures on the way."""
    batch: list[RawInput] = []
    for item in inputs:
        if isinstance(item, SourceFailure):
            report.failed.append(item)
            if progress:
                progress(item.origin)
            continue
        batch.append(item)
        if len(batch) >= BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


_worker_analyzer: ArticleAnalyzer | None = None
Prepared = tuple[str, Article | SourceFailure, str, Analysis | None]


def _init_worker(factory: Callable[[], ArticleAnalyzer]) -> None:
    global _worker_analyzer
    _worker_analyzer = factory()


def _use_analyzer(analyzer: ArticleAnalyzer) -> None:
    global _worker_analyzer
    _worker_analyzer = analyzer


def _worker_pool(workers: int, ingestor: Ingestor) -> multiprocessing.pool.Pool:
    """Processes that extract and analyze. Where the OS can fork, they share the analyzer loaded here
    (copy-on-write) instead of each loading the model again; elsewhere each loads its own."""
    if "fork" in multiprocessing.get_all_start_methods():
        analyzer = ingestor.analyzer
        return multiprocessing.get_context("fork").Pool(workers, initializer=_use_analyzer, initargs=(analyzer,))
    return multiprocessing.get_context("spawn").Pool(
        workers, initializer=_init_worker, initargs=(ingestor._analyzer_factory,)
    )


def _prepare_in_worker(batch: list[RawInput]) -> list[Prepared]:
    """Extract and analyze a batch in a worker process; the parent stores the results."""
    assert _worker_analyzer is not None
    prepared: list[tuple[str, Article | SourceFailure, str]] = []
    for raw in batch:
        try:
            article = prepare_article(raw)
            prepared.append((raw.origin, article, content_hash(article.text)))
        except DatelineError as exc:
            prepared.append((raw.origin, SourceFailure(raw.origin, getattr(exc, "reason", str(exc))), ""))
    english = [a for _, a, _ in prepared if isinstance(a, Article) and a.is_english]
    analyses = iter(_worker_analyzer.analyze_many(english)) if english else iter(())
    out: list[Prepared] = []
    for origin, item, digest in prepared:
        if isinstance(item, SourceFailure):
            out.append((origin, item, digest, None))
        else:
            out.append((origin, item, digest, next(analyses) if item.is_english else _not_english(item)))
    return out


def _changes_date(given: PublicationDate, stored: PublicationDate | None) -> bool:
    """Whether a given date says more than what is stored: no date, a guess from the text, or another day.

    A page's metadata date on the same day is left alone: re-analysing would change nothing.
    """
    return (
        stored is None
        or stored.method == "inferred"
        or (stored.earliest, stored.latest) != (given.earliest, given.latest)
    )


def _not_english(article: Article) -> Analysis:
    return Analysis(notes=(f"language '{article.language}' is not English: not analyzed",))
