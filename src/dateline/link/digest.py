"""A story's digest: its N key days, each told in the few sentences that best say what happened.

Where the timeline lists every happening, the digest is the short "what we know so far" an editor
writes: the days the coverage returns to most, and for each the sentences closest to what all of
that day's coverage says. The method follows news-tls's DATEWISE (Gholipour Ghalandari & Ifrim,
ACL 2020) and is measured on Timeline17 (:mod:`dateline.eval.timeline17`):

* a day's weight is the number of distinct articles published on it or mentioning it;
* a day's pool is the sentences that name it and, among sentences naming no day, those published on
  it and the leads of articles published the next day (the news of a day is mostly printed the day
  after);
* its summary is chosen greedily so that the chosen sentences together come closest to the pool's
  centroid (news-tls's CentroidOpt), leads and mentions first, without near-repeats.

Everything here is pure: sentences in, days and sentences out; :func:`digest_story` does the same
for stored articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from dateline.link.coverage import DatedSentence, article_sentences, articles_per_day
from dateline.link.site_paragraphs import without_site_paragraphs
from dateline.link.text import content_words, cosine, idf, overlap
from dateline.link.timeline import guessed_articles, story_first_day
from dateline.records import Digest, DigestDay, SourceRef, StoredArticle, Story

LEAD = 5  # an article's first sentences carry its news (news-tls clips articles to 5 sentences)
REPEAT_OVERLAP = 0.5  # a sentence this close to one already chosen is a repeat
MIN_WORDS, MAX_WORDS = 6, 50
RARITY_POWER = 0.5  # damped: fully IDF-weighted centroids favour odd sentences
# A day more than this before the story's news is history, no key day: a fact box's "Born: August 29, 1958". Wider
# than the timeline's background (30 days): an earlier round of the same talks still is one.
HISTORY_DAYS = 365


def rank_days(sentences: Iterable[DatedSentence], first: date | None = None, last: date | None = None) -> list[date]:
    """Days (within [first, last] when given) by how many articles were published on or mention them.

    Between days of as many articles, the one more sentences speak of (name it, or are printed on it
    and name no day) comes first, then the earlier.
    """
    sentences = list(sentences)
    articles = articles_per_day(sentences)
    mentions: Counter[date] = Counter()
    for sentence in sentences:
        mentions.update(sentence.refers_to or (sentence.published,))
    ranked = sorted(articles.items(), key=lambda kv: (-kv[1], -mentions[kv[0]], kv[0]))
    return [d for d, _ in ranked if (first is None or d >= first) and (last is None or d <= last)]


def day_pools(sentences: Iterable[DatedSentence]) -> dict[date, list[DatedSentence]]:
    """Per day, the sentences that may speak of it: those naming it; of those naming no day, the ones
    published on it and the next day's leads (a sentence naming a day tells of that day, not of the
    day it was printed)."""
    pools: dict[date, dict[int, DatedSentence]] = {}
    for sentence in sentences:
        days = list(sentence.refers_to)
        if not days:
            days.append(sentence.published)
            if sentence.position < LEAD:
                days.append(sentence.published - timedelta(days=1))
        for day in days:
            pools.setdefault(day, {})[id(sentence)] = sentence
    return {day: list(pool.values()) for day, pool in pools.items()}


def summarize_day(
    pool: Sequence[DatedSentence], day: date, count: int, rarity: Mapping[str, float]
) -> list[DatedSentence]:
    """``count`` sentences of a day's pool that together come closest to the pool's centroid.

    Lead sentences and sentences naming ``day`` come first; others only fill a summary these leave
    short, as a sentence deep in an article is rarely its news. ``rarity`` weighs words (words every
    day of the story uses say nothing about this day); missing words weigh 1. A question tells nothing that
    happened ("How can we avoid a swine flu pandemic?", a user test's key day; Timeline17 AR-1 0.140 -> 0.142).
    """
    usable = [s for s in pool if MIN_WORDS <= len(s.text.split()) <= MAX_WORDS and not _asks(s.text)]
    vectors = [Counter(content_words(s.text)) for s in usable]
    centroid: Counter[str] = Counter()
    for vector in vectors:
        centroid.update(vector)
    weights = {t: n * rarity.get(t, 1.0) for t, n in centroid.items()}
    preferred = [s.position < LEAD or day in s.refers_to for s in usable]
    chosen: list[int] = []
    summary: Counter[str] = Counter()
    for wanted in (True, False):
        group = [i for i, flag in enumerate(preferred) if flag is wanted]
        while len(chosen) < count:
            best = best_addition(group, chosen, vectors, summary, weights)
            if best is None:
                break
            chosen.append(best)
            summary += vectors[best]
    return [usable[i] for i in chosen]


def _asks(text: str) -> bool:
    """Whether a sentence is a question (its last mark, quotes and brackets aside)."""
    return text.rstrip(" \t\"'”’)]").endswith("?")


def best_addition(
    group: Sequence[int],
    chosen: Sequence[int],
    vectors: Sequence[Counter[str]],
    summary: Counter[str],
    weights: Mapping[str, float],
) -> int | None:
    """The sentence of ``group`` whose words bring ``summary`` closest to ``weights``, repeats skipped."""
    best, best_score = None, -1.0
    for i in group:
        if i in chosen or any(overlap(vectors[i], vectors[j]) >= REPEAT_OVERLAP for j in chosen):
            continue
        score = cosine({t: float(n) for t, n in (summary + vectors[i]).items()}, weights)
        if score > best_score:
            best, best_score = i, score
    return best


def word_rarity(sentences: Sequence[DatedSentence]) -> dict[str, float]:
    """Damped IDF of each content word over the sentences: how much a word tells one day from another."""
    doc_freq: Counter[str] = Counter()
    for sentence in sentences:
        doc_freq.update(set(content_words(sentence.text)))
    return {t: idf(n, len(sentences)) ** RARITY_POWER for t, n in doc_freq.items()}


def build_digest(
    sentences: Sequence[DatedSentence],
    days: int,
    per_day: int,
    first: date | None = None,
    last: date | None = None,
) -> dict[date, list[DatedSentence]]:
    """The ``days`` key days (within [first, last] when given), ``per_day`` sentences each, by date.

    Only sentences of articles published within the span are read, so a digest of a period is not
    steered by later retrospectives. Days whose pool yields no usable sentence are left out.
    """
    in_span = [
        s for s in sentences if (first is None or s.published >= first) and (last is None or s.published <= last)
    ]
    pools = day_pools(in_span)
    rarity = word_rarity(in_span)
    digest: dict[date, list[DatedSentence]] = {}
    for day in rank_days(in_span, first, last)[:days]:
        summary = summarize_day(pools.get(day, []), day, per_day, rarity)
        if summary:
            digest[day] = summary
    return dict(sorted(digest.items()))


def _news_start(story: Story, sentences: Sequence[DatedSentence]) -> date | None:
    """The first day a key day may be: HISTORY_DAYS before the story's first date (its first article's day when no
    date is trusted). A fact box's "Born: August 29, 1958", printed in many articles, was a key day of a user
    test's digest."""
    start = story_first_day(story) or min((s.published for s in sentences), default=None)
    return start - timedelta(days=HISTORY_DAYS) if start else None


def digest_story(story: Story, articles: Sequence[StoredArticle], days: int = 10, per_day: int = 2) -> Digest:
    """A story's ``days`` key days, ``per_day`` sentences each, every sentence cited with its source.

    A paragraph the outlet also printed in another story's article (its site's boilerplate) gives no sentence.
    """
    articles = [without_site_paragraphs(a) for a in articles]
    by_id = {a.id: a for a in articles}
    sentences = [s for stored in articles for s in article_sentences(stored)]
    chosen = build_digest(sentences, days, per_day, first=_news_start(story, sentences))
    return Digest(
        story=story,
        days=tuple(
            DigestDay(
                date=day.isoformat(),
                sources=tuple(
                    SourceRef(s.article, by_id[s.article].article.outlet, by_id[s.article].article.url, s.text)
                    for s in picked
                ),
            )
            for day, picked in chosen.items()
        ),
        guessed=guessed_articles(articles),
    )
