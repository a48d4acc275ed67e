"""Review of session 30's analysis changes: a participle after a future clause stays a plan, a headline written
out for a clause whose subject the parser lost stays a headline, and a clause's tense is kept for linking."""

from __future__ import annotations

from datetime import date

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer
from dateline.records import Event


def _events(analyzer: Analyzer, make_article: ArticleMaker, text: str, published: date) -> list[Event]:
    return list(analyzer.analyze(make_article(text, published)).events)


def test_a_participle_after_a_future_clause_is_planned(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """The day before the participle now dates the clause it follows, and the participle takes that day from it:
    still ahead of the page, it has not happened (it was told as happened, where the day of its own had made it a
    plan)."""
    cases = [
        ("The agency will publish its report next week detailing the causes of the spill.", date(2010, 4, 30),
         "detail"),
        ("King said he and his fellow attorneys-general from Louisiana, Mississippi, and Florida would be writing a "
         "joint letter to BP on Tuesday demanding that it spell out its commitments as part of the claims process.",
         date(2010, 5, 3), "demand"),
    ]  # fmt: skip
    for text, published, predicate in cases:
        event = next(e for e in _events(analyzer, make_article, text, published) if e.predicate == predicate)
        assert event.date is not None and event.date > published.isoformat(), event
        assert event.modality == "planned", event


def test_a_long_clause_written_out_starts_where_it_says_who(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A review found headlines of up to 60 words written out from a clause's first word; past the opening that
    holds no subject, the headline starts at the part that does."""
    text = ("Signs of the 2005 hurricane are still apparent here: There are schools, homes, churches and restaurants "
            "operating out of trailers, and across from Marinovitch's bar is a wood frame house abandoned since the "
            "storm.")
    summaries = [e.summary for e in _events(analyzer, make_article, text, date(2010, 5, 1))]
    house = [s for s in summaries if "wood frame house" in s]
    assert house and all(len(s.split()) <= 30 for s in house), summaries


def test_a_clause_keeps_whether_it_is_told_as_done(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """Linking lets a page-dated act told as done join a report of the day before (tests/link/test_review30_link.py):
    one told in the present is that day's; a participle is told as its clause is."""
    told = {
        "BP shares fall sharply in London.": False,
        "Oil is washing ashore on the Louisiana coast.": False,
        "A powerful earthquake has hit Haiti.": True,
        "BP shares fell sharply in London.": True,
        "Thousands were killed in the capital.": True,
        "A powerful earthquake has hit Haiti, destroying the presidential palace.": True,
    }
    for text, past in told.items():
        events = _events(analyzer, make_article, text, date(2010, 4, 30))
        assert events and all(e.past is past for e in events), (text, events)
