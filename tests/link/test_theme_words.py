"""A long story's common words ("oil", "spill", "gulf") do not make two reports one happening.

A user test of a BP spill story found 2 of 3 timeline entries with several outlets joined through the words every
article of the story uses.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateline.link.events import collect_reports, group_reports, theme_words
from dateline.records import Analysis, Article, Event, PublicationDate, Sentence, StoredArticle

FIRST_DAY = date(2010, 5, 1)
THEME = "The oil spill in the gulf keeps spreading along the coast."


def _article(article_id: int, sentence: str, day_offset: int, date_source: str = "publication") -> StoredArticle:
    """One outlet's article of the story: the theme sentence and one event told in ``sentence``."""
    day = FIRST_DAY + timedelta(days=day_offset)
    text = f"{THEME} {sentence}"
    start = len(THEME) + 1
    event = Event(1, start, len(text), sentence, "say", "STATEMENT", day.isoformat(), "day", date_source,
                  None, None, summary=sentence[:40])
    article = Article(
        origin=f"outlet{article_id}", title="spill", text=text, raw=text, raw_kind="text",
        url=f"https://outlet{article_id}.example/a", outlet=f"Outlet {article_id}",
        published=PublicationDate(day, day, "given"), language="en",
    )
    sentences = (Sentence(0, 0, len(THEME), THEME), Sentence(1, start, len(text), sentence))
    return StoredArticle(article_id, article, Analysis(sentences=sentences, events=(event,)), f"hash{article_id}")


def _story(first: str, second: str, *, days_apart: int = 20, date_source: str = "publication") -> list[StoredArticle]:
    """Eight articles of one story over ``days_apart`` days; the first two tell ``first`` and ``second`` on one day."""
    fillers = [_article(10 + n, f"Crews worked on boom number {n} near the oil spill.", n * days_apart // 5)
               for n in range(6)]
    return [_article(1, first, 3, date_source), _article(2, second, 3, date_source), *fillers]


def _outlets_together(articles: list[StoredArticle]) -> bool:
    groups = group_reports(collect_reports(articles))
    return any({r.article_id for r in group} >= {1, 2} for group in groups)


def test_a_long_storys_common_words_are_its_theme() -> None:
    assert {"oil", "spill", "gulf", "coast"} <= theme_words(_story("a", "b"))
    assert theme_words(_story("a", "b", days_apart=5)) == frozenset()  # one week's coverage of one event: no theme
    assert theme_words(_story("a", "b")[:5]) == frozenset()  # too few articles to tell


def test_reports_sharing_only_the_theme_are_two_happenings() -> None:
    first = "Oil from the spill reached the gulf coast, officials said."
    second = "The spill along the gulf coast is a threat to the oil industry, the governor said."
    assert not _outlets_together(_story(first, second))
    # ... but one explicit day, or words of their own, still make them one
    assert _outlets_together(_story(first, second, date_source="expression"))
    own = ("Oil from the spill reached the Chandeleur Islands, officials said.",
           "The spill reached the Chandeleur Islands, the governor said.")
    assert _outlets_together(_story(*own))
    # a story of one week's event keeps its common words as the event's
    assert _outlets_together(_story(first, second, days_apart=5))
