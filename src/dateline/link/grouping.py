"""Pure story-grouping decisions: an article's features, story profiles, and which story it joins.

Nothing here touches the store; :mod:`dateline.store.stories` loads and saves these records.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations

from dateline.link.site_paragraphs import blanked, spans_to_skip, without_spans
from dateline.link.text import background_idf, cosine, dot, ends_as_question, heaviest, idf, normalize, term_counts
from dateline.records import ANALYSED_CHARS, ActorKind, PublicationDate, StoredArticle

# A term's weight mixes its rarity in the store (IDF) and in general English (text.background_idf), this much
# of the latter: in a store of one story's coverage its own words stay weighty (Timeline17 event weeks
# B-cubed F1 0.723 -> 0.835; ECB+ 0.886 -> 0.888; 0.5: 0.791 / 0.881; 1.0: 0.865 / 0.879).
BACKGROUND_SHARE = 0.75
# A number names one happening's count, score or year ("23 pirates", "26 pirates"; "2008", "2013"), though
# numbers are common words in general English. Not a round one ("10 percent", "$100 million", "2010"): unrelated
# stories share those (a review). ECB+ grouping 0.890 -> 0.894.
NUMBER_WEIGHT = 2.0
ARTICLE_TERMS = 100  # the heaviest terms of one article: the rarer ones tell stories of one theme apart
PROFILE_TERMS = 150  # a story's centroid keeps this many terms, so its size stays bounded
INDEX_TERMS = 40  # a story is findable by this many of its heaviest terms ...
INDEX_ACTORS = 12  # ... and of its actors
QUERY_TERMS = 15  # an article looks up candidates by this many of its terms
TEXT_WEIGHT = 0.6
ACTOR_WEIGHT = 0.4
# Similarity an article needs to join a story (tuned on ECB+ topics 1-25, see docs/stories.md), and to join
# one that is active when it is published (both dated; chosen on Timeline17 event weeks, see docs/stories.md).
JOIN_THRESHOLD = 0.18
ACTIVE_JOIN_THRESHOLD = 0.10
# A story is "active" for this many days after its last article; beyond, joining it gets harder
# so that a quiet story does not swallow later, unrelated news about the same actors.
ACTIVE_DAYS = 7
DECAY_DAYS = 14
INFERRED_MIN_CONFIDENCE = 0.75
INFERRED_MAX_DAYS = 10
# Outlets cited as sources are not what a story is about; people tell stories apart best, while
# places and groups are shared by every story of a theme ("Paris", "Greek").
_IGNORED_ACTOR_KINDS = frozenset({"MEDIA"})
ACTOR_KIND_WEIGHTS: dict[str, float] = {
    "PERSON": 1.0, "ORG": 0.7, "GOVERNMENT": 0.6, "GROUP": 0.4, "COUNTRY": 0.3, "CITY": 0.4, "PLACE": 0.4,
}
# A news lead says who did what, where and when: its words count once more than the body's,
# so the background every story of a theme shares weighs less than the article's own news.
LEAD_SENTENCES = 2
# Actors share the term document frequencies under this prefix, so an actor every story of a
# theme names ("Indian Navy") weighs less than one only this story names ("INS Sukanya").
ACTOR_PREFIX = "@"
# Two actors named in one sentence ("Klitschko stopped Thompson") tell one story of a theme from
# another (Klitschko's next title defence) better than either actor alone. Pairs join the actor
# vector with this weight relative to a single actor; their keys join the two actor keys.
PAIR_WEIGHT = 1.0
PAIR_JOIN = "|"
MAX_PAIR_ACTORS = 8
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")  # lines up to a blank line


@dataclass(frozen=True)
class ArticleFeatures:
    """What grouping needs of one article: weighted terms, actors and actor pairs, its day and headline.

    ``actors`` and ``pairs`` are the two parts of one unit vector (see :func:`actor_similarity`).
    """

    article_id: int
    title: str
    terms: Mapping[str, float]
    actors: Mapping[str, float]
    day: date | None = None
    outlet: str | None = None
    pairs: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryProfile:
    """A story as grouping sees it: summed term, actor and actor-pair vectors, its span and size."""

    story_id: int
    terms: Mapping[str, float]
    actors: Mapping[str, float]
    first_day: date | None
    last_day: date | None
    size: int
    title_article_id: int | None = None
    pairs: Mapping[str, float] = field(default_factory=dict)

    def index_keys(self) -> list[str]:
        """The inverted-index keys this story is found by: top terms, and actors prefixed with ``@``."""
        terms = sorted(self.terms, key=lambda t: (-self.terms[t], t))[:INDEX_TERMS]
        actors = sorted(self.actors, key=lambda a: (-self.actors[a], a))[:INDEX_ACTORS]
        return terms + ["@" + a for a in actors]

    def key_actors(self, limit: int = 5) -> tuple[str, ...]:
        """The story's most mentioned actors."""
        return tuple(sorted(self.actors, key=lambda a: (-self.actors[a], a))[:limit])


@dataclass(frozen=True)
class ArticleCounts:
    """An article's raw grouping counts, read once: content words, actor mentions and their kinds, actor pairs."""

    terms: Counter[str]
    actors: Counter[str]
    kinds: Mapping[str, ActorKind]
    pairs: Counter[str]

    def frequency_keys(self) -> list[str]:
        """The document-frequency keys the article counts into: its terms, its prefixed actors and pairs."""
        return [*self.terms, *(ACTOR_PREFIX + key for key in (*self.actors, *self.pairs))]


def article_counts(stored: StoredArticle) -> ArticleCounts:
    """The article's content-word counts (headline and lead weighted), actor counts and actor pairs.

    The paragraphs its outlet printed in an earlier article (``stored.repeated``: a site's boilerplate, see
    :mod:`dateline.link.site_paragraphs`) count for none of them: the article joins a story by its own words.
    """
    skip = spans_to_skip(stored.repeated, other_story_only=False)
    if skip:
        stored = _without_spans(stored, skip)
    bounds = _sentence_bounds(stored)
    # The part the analysis read: a huge text's words past it would outweigh its news.
    terms = term_counts(stored.article.title, stored.article.text[:ANALYSED_CHARS], lead=lead_text(stored, bounds))
    actors, kinds = actor_counts(stored)
    return ArticleCounts(terms, actors, kinds, actor_pairs(stored, bounds))


def _without_spans(stored: StoredArticle, spans: Sequence[tuple[int, int]]) -> StoredArticle:
    """The article with the spans' text blanked (offsets kept) and their sentences and mentions left out; an
    actor only they name goes too."""
    named = {m.actor_key for m in stored.analysis.mentions}
    kept_part = without_spans(stored, spans)
    kept = {m.actor_key for m in kept_part.analysis.mentions}
    return replace(
        kept_part,
        article=replace(stored.article, text=blanked(stored.article.text, spans)),
        analysis=replace(
            kept_part.analysis, actors=tuple(a for a in stored.analysis.actors if a.key in kept or a.key not in named)
        ),
    )


def lead_text(stored: StoredArticle, bounds: Sequence[tuple[int, int]] | None = None) -> str:
    """The article's first sentences after the headline: where a news report states its own news."""
    title = stored.article.title.strip().casefold()
    spans = _sentence_bounds(stored) if bounds is None else bounds
    sentences = [stored.article.text[start:end].strip() for start, end in spans]
    body = [s for s in sentences if s and s.casefold() != title]
    return "\n".join(body[:LEAD_SENTENCES])


def actor_counts(stored: StoredArticle) -> tuple[Counter[str], dict[str, ActorKind]]:
    """How often each actor (MEDIA left out) is mentioned, at least once if analysis lists it; its kind."""
    counts: Counter[str] = Counter()
    kinds = {a.key: a.kind for a in stored.analysis.actors}
    for mention in stored.analysis.mentions:
        if mention.kind not in _IGNORED_ACTOR_KINDS:
            counts[mention.actor_key] += 1
            kinds.setdefault(mention.actor_key, mention.kind)
    for key, kind in kinds.items():
        if key not in counts and kind not in _IGNORED_ACTOR_KINDS:
            counts[key] = 1
    return counts, kinds


def actor_pairs(stored: StoredArticle, bounds: Sequence[tuple[int, int]] | None = None) -> Counter[str]:
    """How many sentences name each pair of actors (MEDIA left out), keyed "a|b" in sorted order.

    A sentence naming more than MAX_PAIR_ACTORS actors is a list (casualties, a line-up), not who did
    what to whom: it adds no pairs, which also keeps their number linear in the text.
    """
    spans = _sentence_bounds(stored) if bounds is None else bounds
    starts = [start for start, _ in spans]
    by_sentence: dict[int, set[str]] = {}
    for mention in stored.analysis.mentions:
        index = bisect_right(starts, mention.start) - 1
        if mention.kind in _IGNORED_ACTOR_KINDS or index < 0 or mention.start >= spans[index][1]:
            continue
        by_sentence.setdefault(index, set()).add(mention.actor_key)
    pairs: Counter[str] = Counter()
    for keys in by_sentence.values():
        if len(keys) <= MAX_PAIR_ACTORS:
            pairs.update(PAIR_JOIN.join(pair) for pair in combinations(sorted(keys), 2))
    return pairs


def _sentence_bounds(stored: StoredArticle) -> list[tuple[int, int]]:
    """Where the analysis' sentences lie in the text, in order; its paragraphs when it has none."""
    if stored.analysis.sentences:
        return [(s.start, s.end) for s in stored.analysis.sentences]
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(stored.article.text)]


def article_features(
    stored: StoredArticle, counts: ArticleCounts, doc_freq: Mapping[str, int], total_docs: int
) -> ArticleFeatures:
    """Weight an article's terms, actors and pairs by IDF (``doc_freq`` holds all three, actors prefixed)."""
    weights = {t: (1.0 + _log(c)) * _term_rarity(t, doc_freq, total_docs) for t, c in counts.terms.items()}
    actor_weights = {
        key: (1.0 + _log(n))
        * ACTOR_KIND_WEIGHTS.get(counts.kinds[key], 0.5)
        * idf(doc_freq.get(ACTOR_PREFIX + key, 0), total_docs)
        for key, n in counts.actors.items()
    }
    pair_weights = {
        key: PAIR_WEIGHT * (1.0 + _log(n)) * idf(doc_freq.get(ACTOR_PREFIX + key, 0), total_docs)
        for key, n in counts.pairs.items()
    }
    # Like the terms, only the heaviest pairs are kept, so a long article's vector stays bounded.
    pair_weights = dict(heaviest(pair_weights, ARTICLE_TERMS))
    norm = math.sqrt(sum(w * w for w in actor_weights.values()) + sum(w * w for w in pair_weights.values())) or 1.0
    return ArticleFeatures(
        article_id=stored.id,
        title=stored.article.title,
        terms=normalize(weights, ARTICLE_TERMS),
        actors={k: w / norm for k, w in actor_weights.items() if w},
        day=grouping_day(stored.article.published),
        outlet=stored.article.outlet,
        pairs={k: w / norm for k, w in pair_weights.items() if w},
    )


def _term_rarity(term: str, doc_freq: Mapping[str, int], total_docs: int) -> float:
    store = idf(doc_freq.get(term, 0), total_docs)
    rarity = (1 - BACKGROUND_SHARE) * store + BACKGROUND_SHARE * background_idf(term)
    return rarity * NUMBER_WEIGHT if term[:1].isdigit() and not term.endswith("0") else rarity


def grouping_day(published: PublicationDate | None) -> date | None:
    """The publication day grouping may trust: given or metadata dates, or confident, narrow inferences.

    A wrong day would push an article out of its story (the recency factor), so a vague inference
    ("some day in 2013", confidence 0.2) is treated as no date at all.
    """
    if published is None:
        return None
    if published.method in ("given", "metadata"):
        return published.best
    narrow = (published.latest - published.earliest).days <= INFERRED_MAX_DAYS
    if published.method == "inferred" and narrow and published.confidence >= INFERRED_MIN_CONFIDENCE:
        return published.best
    return None


def _log(n: float) -> float:
    return math.log(n) if n > 0 else 0.0


def query_keys(features: ArticleFeatures) -> dict[str, float]:
    """Index keys to look candidates up by, with the article's weight on each."""
    terms = heaviest(features.terms, QUERY_TERMS)
    keys = dict(terms)
    keys.update({"@" + a: w for a, w in features.actors.items()})
    return keys


def day_gap(day: date | None, first: date | None, last: date | None) -> int:
    """Days between ``day`` and the span [first, last]; 0 inside it or when a date is unknown."""
    if day is None or first is None or last is None:
        return 0
    if day > last:
        return (day - last).days
    if day < first:
        return (first - day).days
    return 0


def recency_factor(gap_days: int) -> float:
    """How much time apart weakens a match: 1 within the active window, then falling off."""
    if gap_days <= ACTIVE_DAYS:
        return 1.0
    return 1.0 / (1.0 + (gap_days - ACTIVE_DAYS) / DECAY_DAYS)


def story_similarity(features: ArticleFeatures, profile: StoryProfile) -> float:
    """Similarity of an article to a story: text and shared actors, the actors' part discounted by time apart.

    Time apart weakens only what the actors say: later news about the same people joins a quiet
    story only when it also shares the story's words (the trial, two years on, of the man who shot
    the deputy), not on the names alone (the same president on another trip). Without actors on
    either side the words decide alone, and time apart does not weaken them either, so naming an
    unrelated person never makes joining easier than naming none.
    """
    text = cosine(features.terms, profile.terms)
    if not (features.actors and profile.actors):
        return text
    recency = recency_factor(day_gap(features.day, profile.first_day, profile.last_day))
    return TEXT_WEIGHT * text + ACTOR_WEIGHT * actor_similarity(features, profile) * recency


def actor_similarity(features: ArticleFeatures, profile: StoryProfile) -> float:
    """Cosine of the article's and the story's actor vectors, actor pairs included (kept as two maps, so an
    actor key can never be taken for a pair key)."""
    return _actor_cosine(features.actors, features.pairs, profile.actors, profile.pairs)


def _actor_cosine(
    actors_a: Mapping[str, float], pairs_a: Mapping[str, float], actors_b: Mapping[str, float],
    pairs_b: Mapping[str, float],
) -> float:
    """Cosine of two actor vectors, each given as its actors and its actor pairs (two maps, one vector)."""
    shared = dot(actors_a, actors_b) + dot(pairs_a, pairs_b)
    if shared == 0:
        return 0.0
    return (
        shared
        / math.sqrt(dot(actors_a, actors_a) + dot(pairs_a, pairs_a))
        / math.sqrt(dot(actors_b, actors_b) + dot(pairs_b, pairs_b))
    )


# Two stories running at the same time (dated spans within ACTIVE_DAYS of each other) whose profiles are this
# similar are one story told twice: single-pass grouping starts a second story when the first reports of a
# development share few words with what is already stored, and the two then grow side by side (a user test of 36
# BP spill articles had 8 stories, two of 17 and 12 articles over the same weeks). Chosen on Timeline17 event weeks
# and checked on its same-week variant and ECB+ (docs/stories.md).
STORY_MERGE_THRESHOLD = 0.25


def stories_alike(a: StoryProfile, b: StoryProfile) -> bool:
    """Whether two stories are one: both dated, running at the same time, and alike in words and actors."""
    if a.first_day is None or a.last_day is None or b.first_day is None or b.last_day is None:
        return False
    gap = min(day_gap(b.first_day, a.first_day, a.last_day), day_gap(b.last_day, a.first_day, a.last_day))
    overlapping = a.first_day <= b.last_day and b.first_day <= a.last_day
    return (overlapping or gap <= ACTIVE_DAYS) and profile_similarity(a, b) >= STORY_MERGE_THRESHOLD


def profile_similarity(a: StoryProfile, b: StoryProfile) -> float:
    """Similarity of two stories' profiles: words and actors (with pairs) as for an article and a story."""
    text = cosine(a.terms, b.terms)
    if not (a.actors and b.actors):
        return text
    return TEXT_WEIGHT * text + ACTOR_WEIGHT * _actor_cosine(a.actors, a.pairs, b.actors, b.pairs)


def choose_story(
    features: ArticleFeatures, candidates: Sequence[StoryProfile], threshold: float | None = None
) -> int | None:
    """The id of the story the article should join (the most similar one that clears its threshold), or None
    to start a new story.

    Time close together is evidence too: an article published while a story is active (both dated, within
    ACTIVE_DAYS of its span) needs only ACTIVE_JOIN_THRESHOLD. Long real reports of one developing story share
    few of their rarer words (Timeline17: median cosine 0.065 within an event's week, 0.006 across events),
    so the general threshold alone split a week of one story's coverage into dozens of stories.
    """
    general = JOIN_THRESHOLD if threshold is None else threshold
    best_id, best_score = None, 0.0
    for profile in candidates:
        score = story_similarity(features, profile)
        if score < general and score < _threshold_for(features, profile, general):
            continue  # the active-story check (a second actor similarity) only where it can matter
        # A tie goes to the older story, whatever order the store returned the candidates in.
        if best_id is None or score > best_score or (score == best_score and profile.story_id < best_id):
            best_id, best_score = profile.story_id, score
    return best_id


def _threshold_for(features: ArticleFeatures, profile: StoryProfile, general: float) -> float:
    """The lower threshold for an active story needs an actor in common too (when both name actors): two
    earthquakes reported the same week share their words, not their places and people."""
    active = features.day is not None and profile.last_day is not None
    if not active or day_gap(features.day, profile.first_day, profile.last_day) > ACTIVE_DAYS:
        return general
    if features.actors and profile.actors and actor_similarity(features, profile) == 0:
        return general
    return min(general, ACTIVE_JOIN_THRESHOLD)


def new_profile(story_id: int, features: ArticleFeatures) -> StoryProfile:
    """The profile of a story holding one article."""
    return StoryProfile(
        story_id=story_id,
        terms=dict(features.terms),
        actors=dict(features.actors),
        pairs=dict(features.pairs),
        first_day=features.day,
        last_day=features.day,
        size=1,
        title_article_id=features.article_id,
    )


def add_to_profile(profile: StoryProfile, features: ArticleFeatures) -> StoryProfile:
    """The profile after the article joins: vectors summed and truncated, span widened."""
    terms = _add_vectors(profile.terms, features.terms, PROFILE_TERMS)
    actors = _add_vectors(profile.actors, features.actors, PROFILE_TERMS)
    pairs = _add_vectors(profile.pairs, features.pairs, PROFILE_TERMS)
    days = [d for d in (profile.first_day, profile.last_day, features.day) if d is not None]
    return replace(
        profile,
        terms=terms,
        actors=actors,
        pairs=pairs,
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
        size=profile.size + 1,
    )


def build_profile(story_id: int, members: Sequence[ArticleFeatures]) -> StoryProfile | None:
    """A story's profile rebuilt from all its articles (after a merge or split); None if empty."""
    if not members:
        return None
    profile = new_profile(story_id, members[0])
    for features in members[1:]:
        profile = add_to_profile(profile, features)
    return replace(profile, title_article_id=most_representative(profile, members))


def most_representative(profile: StoryProfile, members: Sequence[ArticleFeatures]) -> int | None:
    """The article whose headline titles the story (see :func:`title_score`)."""
    best = max(members, key=lambda f: (title_score(f, profile.terms), -f.article_id), default=None)
    return best.article_id if best else None


def title_score(features: ArticleFeatures, terms: Mapping[str, float]) -> tuple[bool, float]:
    """How well an article's headline titles a story of these terms: a statement before a question (a user test's
    Haiti story was titled "What happened in the Haiti quake?"), then the article closest to the story's centroid."""
    return (not ends_as_question(features.title), cosine(features.terms, terms))


def _add_vectors(a: Mapping[str, float], b: Mapping[str, float], keep: int) -> dict[str, float]:
    summed = dict(a)
    for key, weight in b.items():
        summed[key] = summed.get(key, 0.0) + weight
    ranked = heaviest(summed, keep)
    return dict(ranked)
