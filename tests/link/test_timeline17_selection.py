"""How the Timeline17 cheap path picks days and sentences, on hand-made sentences."""

from __future__ import annotations

from collections import Counter
from datetime import date

from dateline.eval.timeline17 import LEAD, Sentence, _best_addition, day_pools, rank_dates, summarize_day
from dateline.link.text import cosine

BLAST, NEXT, LATER = date(2010, 4, 20), date(2010, 4, 21), date(2010, 5, 3)


def _sentence(text: str, published: date, article: str, position: int, *refers: date) -> Sentence:
    return Sentence(text, published, article, tuple(refers), position)


def test_days_rank_by_distinct_articles_published_on_or_mentioning_them() -> None:
    sentences = [
        # One article naming a day three times counts once: 20 April has two articles, 21 April three.
        *(_sentence(f"rig exploded on 20 april, part {i}", LATER, "a", i, BLAST) for i in range(3)),
        _sentence("the rig burns", NEXT, "b", 0),
        _sentence("the rig sank two days after it exploded", NEXT, "b", 1, BLAST),
        _sentence("the rig still burns", NEXT, "c", 0),
        _sentence("the fire spreads", NEXT, "d", 0),
    ]
    assert rank_dates(sentences, BLAST, LATER) == [NEXT, BLAST, LATER]
    assert rank_dates(sentences, BLAST, NEXT) == [NEXT, BLAST]


def test_a_day_pool_takes_next_day_leads_and_mentions_but_not_late_next_day_sentences() -> None:
    lead = _sentence("crews fight the fire on the rig", NEXT, "b", 0)
    deep = _sentence("analysts discuss the share price", NEXT, "b", LEAD)
    mention = _sentence("the rig exploded on 20 april", LATER, "a", 9, BLAST)
    pools = day_pools([lead, deep, mention])
    assert pools[BLAST] == [lead, mention]
    assert pools[NEXT] == [lead, deep]


def test_summaries_prefer_leads_and_mentions_and_skip_repeats() -> None:
    words = "deepwater horizon drilling rig explodes gulf mexico killing eleven workers"
    central = _sentence(f"late in the story {words} again", BLAST, "a", LEAD + 3)
    lead = _sentence(f"{words} overnight", BLAST, "b", 0)
    repeat = _sentence(f"{words} tonight", BLAST, "c", 1)
    mention = _sentence("coast guard searches the gulf for eleven missing workers", LATER, "d", 12, BLAST)
    pool = [central, lead, repeat, mention]
    chosen = summarize_day(pool, BLAST, 2, {})
    assert chosen == [lead.text, mention.text]
    # With too few leads and mentions, deeper sentences fill the summary.
    assert summarize_day([central, mention], BLAST, 2, {}) == [mention.text, central.text]


def test_each_addition_completes_the_summary_rather_than_repeating_its_words() -> None:
    weights = {"rig": 2.0, "fire": 2.0, "coast": 1.0, "guard": 1.0}
    first = Counter(["rig", "fire", "blast", "night"])
    more_of_the_same = Counter(["rig", "fire", "spill", "oil"])
    the_rest = Counter(["coast", "guard"])
    vectors = [first, more_of_the_same, the_rest]
    # Alone, the second sentence is the more central ...
    assert cosine(dict(more_of_the_same), weights) > cosine(dict(the_rest), weights)
    # ... but next to the first, the third completes the summary.
    assert _best_addition([1, 2], [0], vectors, Counter(first), weights) == 2
    assert _best_addition([1, 2], [], vectors, Counter(), weights) == 1
