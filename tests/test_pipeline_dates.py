"""The publication date the ingest path gives an article: inferred when none is given, and when a given date
re-dates an article already stored."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline.pipeline import Duplicate, Ingestor, Redating, prepare_article
from dateline.records import Analysis, Article, PublicationDate, RawInput
from dateline.store import open_store


def _prepared(text: str) -> RawInput:
    return RawInput(origin="pasted", body=text, kind="text")


def test_an_undated_article_gets_an_inferred_date_with_its_evidence() -> None:
    body = "Talks resume in Istanbul\n\nDelegates met on March 3, 2021, and agreed to meet again."
    published = prepare_article(_prepared(body)).published
    assert published is not None and published.method == "inferred"
    assert published.earliest == date(2021, 3, 3)
    assert "March 3, 2021" in published.evidence


def test_an_inference_after_today_is_dropped() -> None:
    body = "A treaty in the far future\n\nThe treaty was signed on March 3, 2999, in Geneva, officials said."
    assert prepare_article(_prepared(body)).published is None


class CountingAnalyzer:
    """No NLP (not under test here): records which articles it was asked to analyse, with their dates."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, PublicationDate | None]] = []

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
        for article in articles:
            self.seen.append((article.origin, article.published))
            yield Analysis()


PARAGRAPH = (
    "The harbour authority said the strike had stopped every container crane in the port, and shipping"
    " lines began sending vessels to other ports along the coast while talks continued."
)
JULY_24 = PublicationDate(date(2025, 7, 24), date(2025, 7, 24), "given")


def _page(first_line: str) -> str:
    return f"Dockers strike for a second day\n\n{first_line}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"


def _input(origin: str, body: str, published: date | None = None) -> RawInput:
    return RawInput(origin=origin, body=body, kind="text", given_published=published)


@pytest.mark.parametrize(("first_line", "given_first", "stored_method", "redated"), [
    ("Talks went on all night.", None, None, True),  # no date at all
    ("Delegates met on March 3, 2021, and agreed to meet again.", None, "inferred", True),  # a guess
    ("July 18, 2025", None, "metadata", False),  # the page's own date line
    ("Talks went on all night.", date(2025, 7, 18), "given", False),  # the first given date wins
])
def test_a_given_date_replaces_only_a_missing_or_guessed_date(
    tmp_path: Path, first_line: str, given_first: date | None, stored_method: str | None, redated: bool
) -> None:
    analyzer = CountingAnalyzer()
    with open_store(tmp_path / "policy.db") as store:
        ingestor = Ingestor(store, lambda: analyzer)
        assert ingestor.ingest_inputs([_input("first", _page(first_line), given_first)]).ingested
        stored = store.get_article(1).article.published
        assert (stored.method if stored else None) == stored_method
        report = ingestor.ingest_inputs([_input("again", _page(first_line), date(2025, 7, 24))])
        now = store.get_article(1).article.published
    assert [(d.of_article, d.kind) for d in report.duplicates] == [(1, "exact")] and report.ok
    assert (report.duplicates[0].redated == Redating(date(2025, 7, 24), stored)) is redated
    assert now == (JULY_24 if redated else stored)
    assert len(analyzer.seen) == (2 if redated else 1), "analysed again without being re-dated"


def test_copies_in_one_batch_are_reported_as_the_stored_article_and_analysed_only_to_redate(tmp_path: Path) -> None:
    body, analyzer = _page("Talks went on all night."), CountingAnalyzer()
    batch = [_input("a", body), _input("b", body), _input("c", body, date(2025, 7, 24)),
             _input("d", body, date(2025, 7, 25))]
    with open_store(tmp_path / "batch.db") as store:
        report = Ingestor(store, lambda: analyzer).ingest_inputs(batch)
        assert store.count_articles() == 1 and store.get_article(1).article.published == JULY_24
    assert [(i.origin, i.article_id) for i in report.ingested] == [("a", 1)] and report.ok
    assert report.duplicates == [
        Duplicate("b", 1, "exact"),
        Duplicate("c", 1, "exact", redated=Redating(date(2025, 7, 24), None)),
        Duplicate("d", 1, "exact", kept=JULY_24),  # the first given date wins, and the report says so
    ]
    assert analyzer.seen == [("a", None), ("a", JULY_24)]  # the stored article, then again on the given date


_REHAB = "Lohan checks into rehab\n\n" + " ".join(["The actress checked into a clinic in California on Thursday."] * 4)


def test_a_day_in_the_url_path_dates_an_undated_page_as_a_confident_inference() -> None:
    url = "http://nypost.com/2013/05/02/lindsay-lohan-checks-into-rehab/"
    published = prepare_article(RawInput(origin="pasted", body=_REHAB, kind="text", url=url)).published
    assert published is not None and (published.best, published.method) == (date(2013, 5, 2), "inferred")
    assert published.confidence >= 0.75 and "URL" in published.evidence  # trusted by grouping, but replaceable
    given = RawInput(origin="pasted", body=_REHAB, kind="text", url=url, given_published=date(2013, 5, 3))
    assert prepare_article(given).published == PublicationDate(date(2013, 5, 3), date(2013, 5, 3), "given")
    for not_a_day in ("http://example.com/2013/05/rehab.html", "http://example.com/news/20130502/rehab",
                      "https://example.org/events/2999/01/15/summit-preview"):  # a section, an id, a future event
        assert prepare_article(RawInput(origin="pasted", body=_REHAB, kind="text", url=not_a_day)).published is None


def test_the_texts_own_timestamp_wins_over_the_url_day() -> None:
    sentences = " ".join(["The Senate passed the bill late at night."] * 4)
    body = f"Senate passes bill\n\nWASHINGTON, March 3, 2021 — {sentences}"
    url = "https://news.example.com/2021/03/09/senate-passes-bill"
    published = prepare_article(RawInput(origin="pasted", body=body, kind="text", url=url)).published
    assert published is not None and published.best == date(2021, 3, 3)


def _us_page(stamp: str) -> str:
    body = " ".join(["Trump endorsed Paul Ryan at a rally in Green Bay on Friday evening, ending a feud."] * 3)
    return (f"<html><head><title>Trump endorses Ryan</title></head><body><article><h1>Trump endorses Ryan</h1>"
            f"<span class='timestamp'>{stamp}</span><p>{body}</p><p>{body}</p></article></body></html>")


def test_a_numeric_page_date_in_doubt_gives_way_to_surer_dates(tmp_path: Path) -> None:
    """"08/05/2016" with nothing on the page to say which comes first is read 5 August, as an inference."""
    doubtful = RawInput(origin="http://example.com/trump", body=_us_page("08/05/2016 09:56"), kind="html",
                        url="http://example.com/trump")
    published = prepare_article(doubtful).published
    assert published is not None and (published.best, published.method) == (date(2016, 8, 5), "inferred")
    in_url = RawInput(origin="x", body=_us_page("08/05/2016 09:56"), kind="html",
                      url="http://example.com/2016/05/08/trump")
    assert prepare_article(in_url).published.best == date(2016, 5, 8)  # type: ignore[union-attr]
    with open_store(tmp_path / "us.db") as store:
        ingestor = Ingestor(store, CountingAnalyzer)
        ingestor.ingest_inputs([doubtful])
        feed_entry = RawInput(origin="http://example.com/trump", body=_us_page("08/05/2016 09:56"), kind="html",
                              url="http://example.com/trump", given_published=date(2016, 8, 6))
        report = ingestor.ingest_inputs([feed_entry])
        assert report.duplicates[0].redated is not None
        assert store.get_article(1).article.published.best == date(2016, 8, 6)  # type: ignore[union-attr]
    # A US time zone settles it: the page's own date, as metadata.
    settled = prepare_article(RawInput(origin="y", body=_us_page("08/05/2016 09:56 AM ET"), kind="html"))
    assert settled.published is not None and settled.published.method == "metadata"


def test_a_text_longer_than_the_analysis_reads_says_so(tmp_path: Path) -> None:
    """A review: a 19 MB text was stored with only its first ~100,000 characters analysed, and nothing said so."""
    from dateline.records import ANALYSED_CHARS

    sentence = "The delegations met in Istanbul on Wednesday and agreed to exchange prisoners, officials said. "
    long_body = "Talks in Istanbul\n\n" + "\n\n".join([sentence * 5] * (ANALYSED_CHARS // 400))
    assert len(long_body) > ANALYSED_CHARS
    with open_store(tmp_path / "long.db") as store:
        ingestor = Ingestor(store, CountingAnalyzer)
        report = ingestor.ingest_inputs([_input("long.txt", long_body), _input("short.txt", _page("Talks went on."))])
    assert [i.analysed_chars for i in report.ingested] == [ANALYSED_CHARS, None]
