"""Word-level text features shared by story grouping and event merging: content terms and overlap."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W_][\w'’.,-]*", re.UNICODE)

# Function words and newsroom boilerplate carry no topic: they would link every story to every other.
_STOP_TEXT = """a about above after again against all also although am among an and another any are aren't around
    as at be because been before being below between both but by can cannot could did didn't do does doesn't
    doing don't down during each either else ever every few for from further had has hasn't have haven't
    having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm
    i've if in into is isn't it it's its itself just least less let's like made make many may me might more
    most much must my myself near neither never no nor not now of off often on once one only or other ought
    our ours ourselves out over own per perhaps quite rather really said same say says saying shall she she'd
    she'll she's should shouldn't since so some still such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those though through thus to too toward
    towards under until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's
    when when's where where's whether which while who who's whom whose why why's will with within without
    won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
    told tell tells according added adds reported reports report reporting new news read min share post
    year years month months week weeks day days today yesterday tomorrow monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october november
    december mr mrs ms dr get got go going went come came take took time times first last two three four
    five six seven eight nine ten people including include includes"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("’", "'")


def stem(word: str) -> str:
    """A light English suffix fold (plurals, possessives) so "talks" and "talk" count as one term."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The text's topic-bearing words: folded, stemmed, without stop words or very short words."""
    words = []
    for match in _WORD.finditer(text):
        word = _fold(match.group()).strip("'.,-")
        if word[:1].isdigit():
            # Numbers tell apart stories of one theme ("23 pirates", "2013"); single digits do not.
            if len(word) >= 2:
                words.append(word.replace(",", ""))
            continue
        if len(word) < 3 or word in STOP_WORDS:
            continue
        words.append(stem(word))
    return words


def term_counts(title: str, text: str, title_weight: int = 3, lead: str = "", lead_weight: int = 1) -> Counter[str]:
    """Counts of content words, the headline's and the lead's words weighted up because they name the news."""
    counts = Counter(content_words(text))
    for word in content_words(title):
        counts[word] += title_weight
    for word in content_words(lead):
        counts[word] += lead_weight
    return counts


# Zipf frequency (log10 per billion words) of general English above which a word says nothing of a topic.
_COMMON_ZIPF = 7.5
_ZIPF_SCALE = 1.5


@lru_cache(maxsize=65536)
def background_idf(term: str) -> float:
    """How rare a content word is in general English, on IDF's scale (0.33 for "the", 2.4 for "spill", 3.3 for
    "klitschko"): a weight that does not depend on what the store holds.

    The store's own IDF makes a story's own words ("oil", "spill") common, and so weightless, once a store
    holds mostly that story's coverage, which is how many people will use Dateline; general English keeps
    them rare. Terms are stemmed ("orlean"), so the commonest of a few spellings counts.
    """
    from wordfreq import zipf_frequency  # the frequency table loads on first use (a quarter second)

    zipf = max(zipf_frequency(form, "en") for form in (term, f"{term}s", f"{term}e", f"{term}es", f"{term}y"))
    return max(0.5, _COMMON_ZIPF - zipf) / _ZIPF_SCALE


def idf(doc_freq: int, total_docs: int) -> float:
    """Smoothed inverse document frequency: rare terms distinguish stories, common ones do not."""
    return math.log((total_docs + 1) / (doc_freq + 1)) + 1.0


def heaviest(weights: Mapping[str, float], keep: int | None = None) -> list[tuple[str, float]]:
    """The ``keep`` heaviest entries of a weight vector (all when None), heaviest first, ties by key."""
    return sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]


def normalize(weights: Mapping[str, float], keep: int | None = None) -> dict[str, float]:
    """Scale a weight vector to unit length, keeping only its ``keep`` heaviest terms."""
    items = heaviest(weights, keep)
    norm = math.sqrt(sum(w * w for _, w in items))
    if norm == 0:
        return {}
    return {term: w / norm for term, w in items}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0 when either is empty)."""
    product = dot(a, b)
    if product == 0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return product / (na * nb)


def overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two word collections."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a character offset falls in one of the (start, end) spans."""
    return any(start <= position < end for start, end in spans)


def ends_as_question(text: str) -> bool:
    """Whether a sentence or a headline ends on a question mark, closing quotes aside ("... Hyped?”")."""
    return text.rstrip(" \"'”’").endswith("?")
