"""How much of a story's coverage speaks of each day: the articles published on it or naming it.

The days an editor keeps in a timeline are the days the coverage returns to (news-tls's DATEWISE:
Gholipour Ghalandari & Ifrim, ACL 2020). The digest picks its key days by this count and the timeline
ranks its entries by it; both read an article as its sentences, each with the days it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from dateline.records import StoredArticle, TimeExpression
from dateline.temporal import timex_interval, timex_precision


@dataclass(frozen=True)
class DatedSentence:
    """One sentence of an article, with the article's publication day and the days it names."""

    text: str
    published: date
    article: int
    refers_to: tuple[date, ...]
    position: int = 0  # index of the sentence in its article


def named_days(times: Iterable[TimeExpression]) -> tuple[date, ...]:
    """The calendar days a sentence's time expressions name (day-precise DATE values only), in order.

    Clock times and parts of the day ("this morning") are left out: on Timeline17 counting them
    lowered both Date-F1 and AR-1.
    """
    days = []
    for expression in times:
        if expression.type == "DATE" and timex_precision(expression.value) == "day":
            span = timex_interval(expression.value)
            if span:
                days.append(span[0])
    return tuple(dict.fromkeys(days))


def article_sentences(stored: StoredArticle) -> list[DatedSentence]:
    """An analysed article's sentences with the days each names; none when it has no publication date."""
    published = stored.article.published
    if published is None:
        return []
    times = sorted(stored.analysis.times, key=lambda t: t.start)
    sentences, cursor = [], 0
    for sentence in stored.analysis.sentences:
        while cursor < len(times) and times[cursor].start < sentence.start:
            cursor += 1
        inside = []
        for expression in times[cursor:]:
            if expression.start >= sentence.end:
                break
            inside.append(expression)
        sentences.append(
            DatedSentence(sentence.text, published.best, stored.id, named_days(inside), sentence.index)
        )
    return sentences


def articles_per_day(sentences: Iterable[DatedSentence]) -> dict[date, int]:
    """For each day, the number of distinct articles published on it or with a sentence naming it."""
    articles: dict[date, set[tuple[int, date]]] = {}
    for sentence in sentences:
        for day in (sentence.published, *sentence.refers_to):
            articles.setdefault(day, set()).add((sentence.article, sentence.published))
    return {day: len(found) for day, found in articles.items()}
