"""Ingest: run inputs through extract, analyze, store and link, one transaction per input."""

from __future__ import annotations

import dataclasses
import multiprocessing
import multiprocessing.pool
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.pool import AsyncResult
from pathlib import PurePath
from typing import Literal, Protocol
from urllib.parse import urlsplit

from dateline.analyze import resolve_against
from dateline.errors import DatelineError
from dateline.extract import extract_article
from dateline.extract.article import title_from_text
from dateline.extract.metadata import date_from_file_name, date_from_url
from dateline.link import assign_story, redate_in_story
from dateline.link.actors import unify_actors
from dateline.link.duplicates import content_hash, fingerprint
from dateline.link.site_paragraphs import blanked, paragraph_digests
from dateline.records import (
    ANALYSED_CHARS,
    PASTE_ORIGIN,
    STDIN_ORIGIN,
    Analysis,
    Article,
    PublicationDate,
    RawInput,
    SourceFailure,
    SourceUnchanged,
    StoredArticle,
)
from dateline.sources import FeedCache, Fetcher, GivenMetadata, iter_documents, iter_inputs
from dateline.store import SqliteStore
from dateline.store.actors import known_actors_for
from dateline.temporal import infer_publication_date

BATCH_SIZE = 16
URL_DATE_CONFIDENCE = 0.9


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
    # The article's language when it is not English: stored, searchable, but not analysed (no dates, no events).
    language: str | None = None
    # Set for a text longer than the analysis reads: about this many of its first characters were analysed.
    analysed_chars: int | None = None
    # True when no publication date was given, found or inferred: the article adds no dated entry to a timeline.
    undated: bool = False

    def notes(self, give_a_date: str) -> list[str]:
        """What the user should know of the article just stored: its text not analysed (or only in part), no
        publication date (``give_a_date`` says how to give one). A user test's undated feed items were stored
        silently and added nothing to their story's timeline; another's long paste on the web was cut unsaid."""
        notes = []
        if self.analysed_chars:
            notes.append(f"long text: only its first {self.analysed_chars:,} characters analysed")
        elif self.language:
            notes.append(f"not English ({self.language}): stored, not analysed")
        if self.undated and not self.language:
            # Not for a page the analysis skips: a date would add nothing of it (a user test gave a French page one).
            notes.append(f"no publication date found: {give_a_date}")
        return notes


@dataclass(frozen=True)
class Redating:
    """A stored article's publication date replaced by the date an input gave: the new day and the date before."""

    published: date
    was: PublicationDate | None


@dataclass(frozen=True)
class Relabelling:
    """A stored article's outlet replaced by the one the user gave (``--outlet``), and the one it had."""

    outlet: str
    was: str | None


@dataclass(frozen=True)
class Duplicate:
    """An input whose content was already stored (``exact``) or is a reprint of a stored article (``near``).

    ``redated`` is set when an exact duplicate came with a given publication date and the stored
    article, which had no date or an inferred one, was re-dated to it. A stored date that was given or
    read from the page's markup or date line is kept; ``kept`` is that date when the input gave another.
    """

    origin: str
    of_article: int
    kind: Literal["exact", "near"]
    article_id: int | None = None
    redated: Redating | None = None
    kept: PublicationDate | None = None
    relabelled: Relabelling | None = None
    copy_by: str | None = None  # an exact copy from another outlet or address, recorded under this name


@dataclass
class IngestReport:
    """What one ingest run did, input by input."""

    ingested: list[Ingested] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    failed: list[SourceFailure] = field(default_factory=list)
    unchanged: list[SourceUnchanged] = field(default_factory=list)  # feeds with nothing new since last read

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed


Progress = Callable[[str], None]


def prepare_article(raw: RawInput) -> Article:
    """Extract an article and, when no date was given or found, infer its publication date.

    A timestamp in the text comes first, then a day in the URL's path, then the text's other clues
    (see :func:`inferred_date`). They also replace a page date read in doubt when they are surer of theirs.
    """
    article = extract_article(raw)
    found = article.published
    if found is None or found.method == "inferred":  # a page date in doubt (see extract.numeric_dates)
        inferred = inferred_date(article)
        if inferred is not None and (found is None or inferred.confidence > found.confidence):
            article = dataclasses.replace(article, published=inferred)
    return article


def inferred_date(article: Article) -> PublicationDate | None:
    """The publication date an undated article's text and URL suggest, or None.

    A date line in the text wins; else a year/month/day in the URL path (outlets set it at
    publication: all 50 ECB+ URLs with one and a date line agree with it within a day), or, for a
    local file without such a URL, a YYYY-MM-DD in its name or folder; else what
    the temporal stage infers from the text. Being inferred, a later given date replaces it. One
    that starts after today is dropped: nothing read today was published tomorrow.
    """
    today = date.today()
    # Dates in the part the analysis reads (a huge text took seconds more to tag whole).
    from_text = infer_publication_date(article.text[:ANALYSED_CHARS]) if article.is_english else None
    if from_text is not None and from_text.earliest > today:
        from_text = None
    day, evidence = date_from_url(article.url), f"date in the URL path: {article.url}"
    if day is None and (named := date_from_file_name(article.origin)) is not None:
        day, evidence = named[0], f"date in the {named[1]}: {article.origin}"
    if day is not None and day <= today and (from_text is None or from_text.confidence < URL_DATE_CONFIDENCE):
        return PublicationDate(day, day, "inferred", URL_DATE_CONFIDENCE, evidence)
    return from_text


class Ingestor:
    """Runs inputs through the stages into one store. The analyzer is loaded only when needed."""

    def __init__(self, store: SqliteStore, analyzer_factory: Callable[[], ArticleAnalyzer]) -> None:
        self.store = store
        self._analyzer_factory = analyzer_factory
        self._analyzer: ArticleAnalyzer | None = None
        self._user_date = False  # set per ingest: whether the inputs' given dates are the user's
        self._user_outlet = False  # ... and whether their given outlet is

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
        report: IngestReport | None = None,
    ) -> IngestReport:
        """Ingest every input named by ``specs`` (files, directories, ``-``, URLs, feeds, OPML, JSONL).

        A publication date in ``given`` is the user's (``--published``, the web form's date): it overrides,
        also the date of an article already stored, unless that is another outlet's copy (see
        :meth:`ingest_inputs`). A feed's validators (for a conditional GET next time) are stored at the end, and
        only when none of its entries failed, so that a later run retries the failed ones.
        """
        feeds = _FeedsReadInRun(self.store)
        given = given or GivenMetadata()
        inputs = iter_inputs(specs, given, fetcher=fetcher, feed_cache=feeds)
        report = IngestReport() if report is None else report
        failed_before = len(report.failed)
        self.ingest_inputs(
            feeds.noting_entries(inputs), progress=progress, workers=workers, report=report,
            user_date=given.published is not None, user_outlet=given.outlet is not None,
        )
        feeds.store_validators(report.failed[failed_before:])
        return report

    def ingest_documents(
        self, documents: Sequence[tuple[str, bytes]], given: GivenMetadata | None = None, *,
        fetcher: Fetcher | None = None,
    ) -> IngestReport:
        """Ingest documents already read, each a (file name, content) pair (files uploaded to the web form), as
        :meth:`ingest` ingests files of those names."""
        given = given or GivenMetadata()
        return self.ingest_inputs(
            iter_documents(documents, given, fetcher=fetcher),
            user_date=given.published is not None, user_outlet=given.outlet is not None,
        )

    def ingest_inputs(
        self,
        inputs: Iterable[RawInput | SourceFailure | SourceUnchanged],
        *,
        progress: Progress | None = None,
        workers: int = 1,
        report: IngestReport | None = None,
        user_date: bool = False,
        user_outlet: bool = False,
    ) -> IngestReport:
        """Ingest already-read inputs in batches; each input is stored in its own transaction.

        ``user_date``: the inputs' given dates are the user's own (``--published``), so they re-date a
        stored copy whatever its date (not another outlet's copy, see ``_may_correct``), where a date from
        a feed or a JSONL record replaces only a missing or inferred one (the first date given wins, see
        ``_takes_given_date``). ``user_outlet``: the given outlet is the user's, so it renames the stored
        copy of the same file or URL, or one stored without an outlet.

        Each input's outcome is added to ``report`` (a new one when None, returned either way) before
        ``progress`` is called with its origin, so a caller passing both can show outcomes as they come.

        With ``workers > 1`` extraction and analysis run in that many processes while this process
        keeps the store, so writes stay serialized and atomic. Either way the inputs are stored one by
        one in their order by :meth:`_store_batch`, so both give the same report and store.
        """
        report = IngestReport() if report is None else report
        self._user_date, self._user_outlet = user_date, user_outlet
        batches = _batches(inputs, report, progress)
        if workers <= 1:
            for batch in batches:
                self._store_batch(self._prepare_batch(batch), report, progress)
            return report
        # The inputs are read here, in this thread, and handed to the workers a few batches ahead: reading may
        # use the store (a feed's cache validators), which belongs to this thread, so no pool thread may pull
        # from ``batches`` (``Pool.imap`` would, and every feed or URL failed with --workers 2).
        ahead: deque[AsyncResult[list[Prepared]]] = deque()
        with _worker_pool(workers, self) as pool:
            for batch in batches:
                ahead.append(pool.apply_async(_prepare_in_worker, (batch,)))
                if len(ahead) > workers:
                    self._store_batch(ahead.popleft().get(), report, progress)
            while ahead:
                self._store_batch(ahead.popleft().get(), report, progress)
        return report

    def _prepare_batch(self, batch: list[RawInput]) -> list[Prepared]:
        """Extract a batch and analyse, in one NLP batch, the articles that will be stored.

        A copy (of a stored article or of an earlier input of the batch) is not analysed: it is recorded
        with its original, and a copy's date re-dates the original only where that needs it (see
        :meth:`_redate`). A reprint is: the sentences it edited are its outlet's own report, which a
        timeline shows and compares ("seven cases" where the original said six).
        """
        read = _read_batch(batch)
        seen: set[str] = set()
        needed: list[bool] = []
        for _, article, digest in read:
            needed.append(isinstance(article, Article) and digest not in seen and self._is_new(digest))
            seen.add(digest)
        return _analysed(read, needed, lambda: self.analyzer)

    def _is_new(self, digest: str) -> bool:
        """Whether the store does not hold this very text."""
        return self.store.find_by_hash(digest) is None

    def _store_batch(self, prepared: list[Prepared], report: IngestReport, progress: Progress | None) -> None:
        """Store a prepared batch input by input, in order, so a copy finds the earlier input it copies stored."""
        for origin, article, digest, analysis in prepared:
            if isinstance(article, SourceFailure):
                report.failed.append(article)
            else:
                self._store_one(origin, article, analysis, digest, report)
            if progress:
                progress(origin)

    def _store_one(
        self, origin: str, article: Article, analysis: Analysis | None, digest: str, report: IngestReport
    ) -> None:
        """Store one input in its own transaction, or report it as a copy of an article already stored.

        ``analysis`` is None for an input read as a copy, which needs none. Content already
        stored (by an earlier input or another writer) is an exact duplicate, handled outside this
        transaction: a re-date analyses before it takes the write lock (see :meth:`_redate`).
        """
        existing = self.store.find_by_hash(digest)  # stored articles are never removed: no lock to see one
        if existing is None:
            with self.store.transaction():
                existing = self.store.find_by_hash(digest)  # again under the lock: another writer may have stored it
                if existing is None:
                    self._add(origin, article, analysis, digest, report)
                    return
        self._exact_duplicate(origin, article, existing, report)

    def _add(
        self, origin: str, article: Article, analysis: Analysis | None, digest: str, report: IngestReport
    ) -> None:
        """Store a text the store does not hold: a reprint linked to its original, else an article in a story.

        Call inside the input's transaction.
        """
        article = self._titled_past_site_lines(article)
        fp = fingerprint(article.text)
        original = self.store.find_near_duplicate(fp)
        if analysis is None:  # read as a copy of an article no longer stored: analyse it after all
            analysis = self._analysis_of(article)
        analysis = unify_actors(analysis, known_actors_for(self.store, analysis.actors), resolve_against)
        if original is not None:
            article_id = self.store.add_article(article, analysis, digest, fp, duplicate_of=original)
            report.duplicates.append(Duplicate(origin, original, "near", article_id))
            return
        article_id = self.store.add_article(article, analysis, digest, fp)
        not_english = None if article.is_english else (article.language or "unknown")
        cut = ANALYSED_CHARS if article.is_english and len(article.text) > ANALYSED_CHARS else None
        report.ingested.append(
            Ingested(
                origin, article_id, assign_story(self.store, article_id), article.title, not_english, cut,
                undated=article.published is None,
            )
        )

    def _titled_past_site_lines(self, article: Article) -> Article:
        """The article, titled by its own first lines where its title was read from a paragraph its outlet printed
        before (a site line: five of a user test's Washington Post records without a title were titled "Explore all
        of our oil spill graphics to track the spill ...")."""
        if not article.outlet or article.title != title_from_text(article.text):
            return article
        paragraphs = paragraph_digests(article.text)
        printed = self.store.printed_by_outlet(article.outlet, [digest for _, _, digest in paragraphs])
        spans = [(start, end) for start, end, digest in paragraphs if digest in printed]
        if not spans:
            return article
        rest = "\n".join(line for line in blanked(article.text, spans).split("\n") if line.strip())
        retitled = title_from_text(rest) if rest.strip() else ""
        return dataclasses.replace(article, title=retitled) if retitled and retitled != article.title else article

    def _exact_duplicate(self, origin: str, article: Article, of_article: int, report: IngestReport) -> None:
        """Report an input whose content is stored as ``of_article``; a date the input gives may re-date it.

        A given date replaces only a missing date or an inferred one (see ``_takes_given_date``); when
        it differs from a stored date that is kept, the report says which was kept. A DatelineError
        while re-dating (from the analyzer or the store) is reported as this input's failure; the
        stored article stays as it was and the ingest goes on with the next input.
        """
        given = article.published
        redated = kept = None
        if given is not None and given.method == "given":
            try:
                redated, kept = self._redate(of_article, given, origin, article.outlet)
            except DatelineError as exc:
                reason = getattr(exc, "reason", str(exc))
                report.failed.append(SourceFailure(origin, f"cannot re-date article {of_article}: {reason}"))
                return  # nothing of the input is applied, its outlet neither
        if self._user_outlet:
            relabelled = self._relabel(of_article, origin, article.outlet)
        else:
            relabelled = self._name_host_outlet(of_article, origin, article.outlet)
        if relabelled is None and self._user_outlet and article.outlet:
            relabelled = self._relabel_copy(of_article, origin, article.outlet)
        copy_by = None if relabelled else self._record_copy(of_article, origin, article)
        report.duplicates.append(
            Duplicate(origin, of_article, "exact", redated=redated, kept=kept, relabelled=relabelled, copy_by=copy_by)
        )

    def _relabel_copy(self, of_article: int, origin: str, outlet: str) -> Relabelling | None:
        """Give a recorded copy the outlet the user names for its file or URL read again (to fix a wrong one)."""
        if _SHARED_ORIGINS.match(origin):
            return None  # standard input and the web form name no source to find the copy by
        with self.store.transaction():
            was = self.store.rename_copy(of_article, origin, outlet)
        return Relabelling(outlet, was[0]) if was else None

    def _record_copy(self, of_article: int, origin: str, article: Article) -> str | None:
        """Record another source's copy of a stored article's very text (a wire story a second outlet printed):
        an input from another source naming another outlet, or an address on another site. Returns the copy's
        outlet (or URL), or None when nothing is new: the same source read again, a copy already recorded, or
        the stored article's own outlet and site."""
        stored_origin, stored_outlet, stored_url = self.store.source_of(of_article)
        if same_source(stored_origin, origin):
            return None
        new_outlet = bool(article.outlet) and article.outlet != stored_outlet
        new_site = bool(article.url) and _site(article.url) != _site(stored_url)
        if not (new_outlet or new_site):
            return None
        with self.store.transaction():
            added = self.store.add_copy(of_article, origin, article.url, article.outlet)
        return (article.outlet or article.url) if added else None

    def _relabel(self, of_article: int, origin: str, outlet: str | None) -> Relabelling | None:
        """Give a stored article the outlet the user names for the same input read again (the same file or
        URL), or for one stored without an outlet; None when nothing changes.

        The same text from another source keeps its outlet: an agency's copy stored under Reuters is not
        renamed by a folder of AP copies ingested with --outlet AP.
        """
        if not outlet:
            return None
        with self.store.transaction():
            stored_origin, was, _ = self.store.source_of(of_article)
            if was == outlet or (was is not None and not same_source(stored_origin, origin)):
                return None
            self.store.set_outlet(of_article, outlet)
        return Relabelling(outlet, was)

    def _name_host_outlet(self, of_article: int, origin: str, outlet: str | None) -> Relabelling | None:
        """Give a stored article named only by its site's address ("127.0.0.1:8765", "example.com") the outlet
        its source now names (a feed's title, the page's site name), read again from the same file or URL. A user
        test's pages, stored by URL before their feed was read, had kept the host name."""
        if not outlet:
            return None
        with self.store.transaction():
            stored_origin, was, stored_url = self.store.source_of(of_article)
            if not (was and same_source(stored_origin, origin) and _names_the_host(was, stored_url)):
                return None
            if outlet == was or _names_the_host(outlet, stored_url):
                return None
            self.store.set_outlet(of_article, outlet)
        return Relabelling(outlet, was)

    def _redate(
        self, of_article: int, given: PublicationDate, origin: str, given_outlet: str | None
    ) -> tuple[Redating | None, PublicationDate | None]:
        """Re-date a stored article as a fresh ingest with ``given`` would date it.

        Returns what was done: the re-dating, or the stored date that stays when it differs from
        ``given`` (None for both when the stored date is already ``given``'s).

        The analysis runs before the write lock is taken, as spaCy takes a while and other writers wait
        on the lock. Under the lock the stored date is read again (another writer may have dated the
        article since) and the article row, its actor rows and its story's dates are written in one
        transaction. The stored article is analysed again rather than reusing a worker's analysis of
        the input: that one names the input's origin in its notes, so the store would depend on --workers.
        """
        stored = self.store.get_article(of_article)
        may_correct = self._may_correct(stored.article, origin, given_outlet)
        if not self._takes(stored.article.published, given, may_correct):
            return None, _kept(stored.article.published, given)
        fresh = self._reanalysis(stored, given)
        with self.store.transaction():
            current = self.store.get_article(of_article)
            if not self._takes(current.article.published, given, may_correct):
                return None, _kept(current.article.published, given)
            analysis = current.analysis
            if fresh is not None:
                analysis = unify_actors(fresh, known_actors_for(self.store, fresh.actors), resolve_against)
            self.store.redate_article(of_article, given, analysis)
            redate_in_story(self.store, of_article)
        return Redating(given.earliest, current.article.published), None

    @staticmethod
    def _may_correct(stored: Article, origin: str, given_outlet: str | None) -> bool:
        """Whether the user's date for an input whose text is stored may correct the stored article's date:
        it is the same source read again (see ``same_source``), or nothing says it is another one (no
        outlet given, or the stored outlet). Another outlet's copy of the text (a wire story that outlet
        ran days later) does not move the date of the copy stored first."""
        if same_source(stored.origin, origin):
            return True
        return not (given_outlet and stored.outlet and given_outlet != stored.outlet)

    def _takes(self, stored: PublicationDate | None, given: PublicationDate, may_correct: bool) -> bool:
        """Whether ``given`` replaces a stored article's date: another given date only a missing or inferred
        one; the user's own date, where it may correct the stored article (``_may_correct``), also any date
        of other days (the same days given or read from the page stay as they are)."""
        if stored is None or _takes_given_date(stored):
            return True
        return self._user_date and may_correct and (stored.earliest, stored.latest) != (given.earliest, given.latest)

    def _reanalysis(self, stored: StoredArticle, given: PublicationDate) -> Analysis | None:
        """The analysis a fresh ingest would compute for this article with the given date; None keeps the stored one.

        Relative times, sentence times and event dates are anchored on the publication date, so an
        analysed article is analysed again; an article not in English keeps its note.
        """
        if not stored.article.is_english:
            return None
        return self._analysis_of(dataclasses.replace(stored.article, published=given))

    def _analysis_of(self, article: Article) -> Analysis:
        """One article's analysis, outside a batch."""
        if not article.is_english:
            return _not_english(article)
        return next(iter(self.analyzer.analyze_many([article])))


class _FeedsReadInRun:
    """The store's ``FeedCache`` for one ingest run, which stores a feed's validators only once the run has stored
    its entries, and only when none of them failed.

    The sources stage remembers a feed read without a failed entry, but an entry can still fail after it (a page
    with no article text, a re-date that failed): remembered, the feed would answer "not modified" next run and
    the entry would never be read again. A run stopped midway stores none, so the next one reads its feeds again.
    """

    def __init__(self, store: FeedCache) -> None:
        self._store = store
        self._read: dict[str, tuple[str | None, str | None]] = {}
        self._feeds_of: dict[str, set[str]] = {}  # entry origin -> the feeds it is an entry of

    def get(self, url: str) -> tuple[str | None, str | None]:
        """Return the (etag, last_modified) the store holds for ``url``, or (None, None)."""
        return self._store.get(url)

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Keep the validators of a feed read in this run, for :meth:`store_validators`."""
        self._read[url] = (etag, last_modified)

    def noting_entries(
        self, inputs: Iterable[RawInput | SourceFailure | SourceUnchanged]
    ) -> Iterator[RawInput | SourceFailure | SourceUnchanged]:
        """Pass ``inputs`` on, noting which feed each feed entry came from."""
        for item in inputs:
            if isinstance(item, RawInput) and item.feed is not None:
                self._feeds_of.setdefault(item.origin, set()).add(item.feed)
            yield item

    def store_validators(self, failed: Iterable[SourceFailure]) -> None:
        """Store the validators of the feeds read, except those of feeds with an entry among ``failed``."""
        failing = {feed for failure in failed for feed in self._feeds_of.get(failure.origin, ())}
        for url, (etag, last_modified) in self._read.items():
            if url not in failing:
                self._store.put(url, etag, last_modified)


def _batches(
    inputs: Iterable[RawInput | SourceFailure | SourceUnchanged], report: IngestReport, progress: Progress | None
) -> Iterator[list[RawInput]]:
    """Group readable inputs into batches, recording unreadable ones as failures (and unchanged feeds) on the way."""
    batch: list[RawInput] = []
    for item in inputs:
        if isinstance(item, RawInput):
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
            continue
        if isinstance(item, SourceFailure):
            report.failed.append(item)
        else:
            report.unchanged.append(item)
        if progress:
            progress(item.origin)
    if batch:
        yield batch


_worker_analyzer: ArticleAnalyzer | None = None
Read = tuple[str, Article | SourceFailure, str]
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
    """Extract and analyze a batch in a worker process; the parent stores the results.

    Every article is analysed: a worker cannot see the store to tell copies and reprints apart.
    """
    analyzer = _worker_analyzer
    assert analyzer is not None
    read = _read_batch(batch)
    return _analysed(read, [True] * len(read), lambda: analyzer)


def _read_batch(batch: list[RawInput]) -> list[Read]:
    """Extract each input (see :func:`prepare_article`): its origin, its article or failure, its text's hash."""
    read: list[Read] = []
    for raw in batch:
        try:
            article = prepare_article(raw)
        except DatelineError as exc:
            read.append((raw.origin, SourceFailure(raw.origin, getattr(exc, "reason", str(exc))), ""))
            continue
        read.append((raw.origin, article, content_hash(article.text)))
    return read


def _analysed(read: list[Read], needed: Sequence[bool], analyzer: Callable[[], ArticleAnalyzer]) -> list[Prepared]:
    """The read inputs with the analyses of those ``needed``, the English ones run in one NLP batch.

    ``analyzer`` is called only when there is English text to analyse (loading the model takes a
    while). A failure, or an article not needed, gets None.
    """
    english = [
        item for (_, item, _), need in zip(read, needed, strict=True)
        if need and isinstance(item, Article) and item.is_english
    ]
    analyses = iter(analyzer().analyze_many(english)) if english else iter(())
    prepared: list[Prepared] = []
    for (origin, item, digest), need in zip(read, needed, strict=True):
        analysis = None
        if need and isinstance(item, Article):
            analysis = next(analyses) if item.is_english else _not_english(item)
        prepared.append((origin, item, digest, analysis))
    return prepared


# Origins that name no one source: every standard input, every paste in the web form, their JSONL lines.
_SHARED_ORIGINS = re.compile(rf"^(?:{re.escape(STDIN_ORIGIN)}|{re.escape(PASTE_ORIGIN)})(?::\d+)?$")


def _names_the_host(outlet: str, url: str | None) -> bool:
    """Whether ``outlet`` is only the address of ``url``'s site (its host, with or without the port or "www.")."""
    try:
        parts = urlsplit(url or "")
        names = {parts.hostname or "", parts.netloc.rsplit("@", 1)[-1].lower()}
    except ValueError:
        return False
    return outlet.casefold() in {name.removeprefix("www.") for name in names if name} | {n for n in names if n}


def _site(url: str | None) -> str | None:
    """The host of a URL, without "www." (one outlet's pages at two addresses are one site)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def same_source(stored_origin: str, origin: str) -> bool:
    """Whether two inputs are one source read again: the same URL, or the same local file however its path
    was written ("a.txt", "./a.txt", "/home/me/a.txt", "me/a.txt": the same file name, and folders that agree
    as far as both paths name them; and the same line of a JSONL file). "reuters/a.txt" and "ap/a.txt" are two
    sources. Standard input and the web form name no source, so they are never known to be the same."""
    if _SHARED_ORIGINS.match(stored_origin) or _SHARED_ORIGINS.match(origin):
        return False
    if stored_origin == origin:
        return True
    if "://" in stored_origin or "://" in origin:
        return False
    first, second = (PurePath(path.replace("\\", "/")) for path in (stored_origin, origin))
    if first.name != second.name:
        return False
    folders = [[part for part in path.parent.parts if part not in (".", "/")] for path in (first, second)]
    shorter, longer = sorted(folders, key=len)
    return not shorter or longer[len(longer) - len(shorter) :] == shorter


def _takes_given_date(stored: PublicationDate | None) -> bool:
    """Whether a date given at ingest replaces a stored article's date: only a missing one or a guess from the text.

    A date given earlier or read from the page's metadata is kept: the first given date wins. Otherwise
    a feed whose entries carry only update times would move the date forward on every poll, and one
    wire text in two feeds dated differently would flip back and forth, each time analysed again.
    """
    return stored is None or stored.method == "inferred"


def _kept(stored: PublicationDate | None, given: PublicationDate) -> PublicationDate | None:
    """The stored date that stays, when it names other days than the one given (for the report)."""
    if stored is None or (stored.earliest, stored.latest) == (given.earliest, given.latest):
        return None
    return stored


def _not_english(article: Article) -> Analysis:
    return Analysis(notes=(f"language '{article.language}' is not English: not analyzed",))
