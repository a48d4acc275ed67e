"""The events a search lists are those holding every query word as the full-text index reads it (a review)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from tests.link.test_timeline import event, stored

from dateline.records import StoredArticle
from dateline.web.data import search


class _IndexFoundIt:
    """A store whose full-text index found the one article (as FTS5 does for every query below)."""

    def __init__(self, article: StoredArticle) -> None:
        self.article = article

    def search_articles(self, query: str, limit: int = 50) -> list[int]:
        return [self.article.id]

    def articles(self, ids: list[int]) -> list[StoredArticle]:
        return [self.article]


SENTENCE = "BP’s chief Tony Hayward met Erdoğan about the swine flu outbreak and the deadline."


@pytest.mark.parametrize(
    ("query", "found"),
    [("BP's", True), ("swine-flu", True), ("Erdogan", True), ('"Tony Hayward"', True), ("hayward,", True),
     ("dead", False), ("the", True), ("he", False)],
)
def test_an_event_holds_each_query_word_as_the_index_reads_it(query: str, found: bool) -> None:
    article = replace(stored(1, "bbc", date(2010, 7, 1), (event(SENTENCE, "MEET", "2010-07-01"),)), story_id=None)
    store: Any = _IndexFoundIt(article)
    assert bool(search(store, query).events) is found, query
