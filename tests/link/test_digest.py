"""How a story digest picks days and sentences, on hand-made sentences."""

from __future__ import annotations

from collections import Counter
from datetime import date

from dateline.link.coverage import DatedSentence, article_sentences, named_days
from dateline.link.digest import (
    LEAD,
    best_addition,
    build_digest,
    day_pools,
    digest_story,
    rank_days,
    summarize_day,
)
from dateline.link.text import cosine
from dateline.records import Analysis, Article, PublicationDate, Sentence, StoredArticle, Story
from dateline.temporal import tag_times

BLAST, NEXT, LATER = date(2010, 4, 20), date(2010, 4, 21), date(2010, 5, 3)


def _sentence(text: str, published: date, article: int, position: int, *refers: date) -> DatedSentence:
    return DatedSentence(text, published, article, tuple(refers), position)


def test_days_rank_by_distinct_articles_published_on_or_mentioning_them() -> None:
    sentences = [
        # One article naming a day three times counts once: 20 April has two articles, 21 April three.
        *(_sentence(f"rig exploded on 20 april, part {i}", LATER, 1, i, BLAST) for i in range(3)),
        _sentence("the rig burns", NEXT, 2, 0),
        _sentence("the rig sank two days after it exploded", NEXT, 2, 1, BLAST),
        _sentence("the rig still burns", NEXT, 3, 0),
        _sentence("the fire spreads", NEXT, 4, 0),
    ]
    assert rank_days(sentences, BLAST, LATER) == [NEXT, BLAST, LATER]
    assert rank_days(sentences, BLAST, NEXT) == [NEXT, BLAST]


def test_a_day_pool_takes_next_day_leads_and_mentions_but_not_late_next_day_sentences() -> None:
    lead = _sentence("crews fight the fire on the rig", NEXT, 2, 0)
    deep = _sentence("analysts discuss the share price", NEXT, 2, LEAD)
    mention = _sentence("the rig exploded on 20 april", LATER, 1, 9, BLAST)
    pools = day_pools([lead, deep, mention])
    assert pools[BLAST] == [lead, mention]
    assert pools[NEXT] == [lead, deep]
    # A lead that names a day tells of that day only.
    dated_lead = _sentence("the rig exploded on 20 april", NEXT, 2, 0, BLAST)
    assert day_pools([dated_lead]) == {BLAST: [dated_lead]}


def test_summaries_prefer_leads_and_mentions_and_skip_repeats() -> None:
    words = "deepwater horizon drilling rig explodes gulf mexico killing eleven workers"
    central = _sentence(f"late in the story {words} again", BLAST, 1, LEAD + 3)
    lead = _sentence(f"{words} overnight", BLAST, 2, 0)
    repeat = _sentence(f"{words} tonight", BLAST, 3, 1)
    mention = _sentence("coast guard searches the gulf for eleven missing workers", LATER, 4, 12, BLAST)
    pool = [central, lead, repeat, mention]
    chosen = summarize_day(pool, BLAST, 2, {})
    assert chosen == [lead, mention]
    # With too few leads and mentions, deeper sentences fill the summary.
    assert summarize_day([central, mention], BLAST, 2, {}) == [mention, central]


def test_each_addition_completes_the_summary_rather_than_repeating_its_words() -> None:
    weights = {"rig": 2.0, "fire": 2.0, "coast": 1.0, "guard": 1.0}
    first = Counter(["rig", "fire", "blast", "night"])
    more_of_the_same = Counter(["rig", "fire", "spill", "oil"])
    the_rest = Counter(["coast", "guard"])
    vectors = [first, more_of_the_same, the_rest]
    # Alone, the second sentence is the more central ...
    assert cosine(dict(more_of_the_same), weights) > cosine(dict(the_rest), weights)
    # ... but next to the first, the third completes the summary.
    assert best_addition([1, 2], [0], vectors, Counter(first), weights) == 2
    assert best_addition([1, 2], [], vectors, Counter(), weights) == 1


def test_named_days_keeps_day_precise_dates_only() -> None:
    times = tag_times("On July 14 he set a deadline; in July, last week and on Tuesday evening talks went on.",
                      anchor=date(2025, 7, 23))
    assert named_days(times) == (date(2025, 7, 14),)


def test_a_digest_keeps_the_most_covered_days_in_date_order_within_its_span() -> None:
    words = "negotiators met in istanbul for a third round of direct talks"
    sentences = [
        _sentence(f"{words} number {i}", date(2025, 7, 24), i, 0, date(2025, 7, 23)) for i in range(3)
    ] + [
        _sentence(f"the talks ended after an hour, report number {i}", date(2025, 7, 24), i, 1) for i in range(3)
    ] + [
        _sentence("the first round of direct talks took place in istanbul in may", date(2025, 5, 17), 7, 0),
        _sentence("a later retrospective looks back at the istanbul talks", date(2025, 9, 1), 8, 0),
    ]
    digest = build_digest(sentences, 2, 1, last=date(2025, 8, 1))
    # 23 July: named by three articles; 24 July: three published; 17 May: one. September is out of span.
    assert list(digest) == [date(2025, 7, 23), date(2025, 7, 24)]
    # A sentence naming a day tells of that day, not of the day it was printed on.
    assert digest[date(2025, 7, 23)][0].refers_to == (date(2025, 7, 23),)
    assert digest[date(2025, 7, 24)][0].refers_to == ()
    assert build_digest(sentences, 5, 1, first=date(2025, 9, 1)) == {date(2025, 9, 1): [sentences[-1]]}


def test_a_story_digest_leaves_days_long_before_its_news_to_the_background() -> None:
    # A user test (BBC, Michael Jackson): a fact box's "Born: 29 August 1958", printed in many articles, was a key day.
    def stored(number: int, published: date, text: str) -> StoredArticle:
        article = Article(origin=f"a{number}", title="t", text=text, raw=text, raw_kind="text", outlet="BBC",
                          published=PublicationDate(published, published, "given"), language="en")
        analysis = Analysis(sentences=(Sentence(0, 0, len(text), text),), times=tuple(tag_times(text, published)))
        return StoredArticle(number, article, analysis, f"h{number}")

    articles = [stored(n, date(2009, 6, 26), "Born: 29 August 1958, Gary, Indiana, he sold millions of records.")
                for n in range(1, 5)]
    articles += [stored(5, date(2009, 6, 26), "The singer died in Los Angeles on Thursday, his family said.")]
    story = Story(1, "Jackson dies", tuple(a.id for a in articles), ("BBC",), "2009-06-26", "2009-06-26")
    every_day = build_digest([s for a in articles for s in article_sentences(a)], 3, 1)
    assert date(1958, 8, 29) in every_day  # the most covered day, without the story's span
    days = [d.date for d in digest_story(story, articles, days=3).days]
    assert "1958-08-29" not in days and "2009-06-25" in days


def test_a_question_tells_no_key_day() -> None:
    """A user test's H1N1 digest gave 30 April as "How can we avoid a swine flu pandemic?" (a headline)."""
    asked = _sentence("How can we avoid a swine flu pandemic in the gulf and mexico?", BLAST, 1, 0)
    quoted = _sentence('"Will the gulf of mexico ever recover from this swine flu pandemic?"', BLAST, 2, 0)
    told = _sentence("Mexico closes its schools as the swine flu spreads across the gulf states", BLAST, 3, 1)
    assert summarize_day([asked, quoted, told], BLAST, 2, {}) == [told]
