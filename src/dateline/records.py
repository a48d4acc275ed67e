"""Typed records passed between Dateline's stages.

Data flows one way: sources -> extract -> analyze -> store -> link -> present.
Each stage takes and returns these frozen dataclasses; no dicts travel far.
Offsets are character offsets into ``Article.text`` (the clean text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

# --------------------------------------------------------------------------- sources

InputKind = Literal["text", "html"]

# Chinese and Japanese write words without spaces: their characters count, two to a word (Korean spaces words).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")

# The analysis reads at most this many characters of an article (a longer text is cut at a line break before it);
# the ingest path's date inference, duplicate fingerprint and grouping words keep to the same part.
ANALYSED_CHARS = 100_000


def count_words(text: str) -> int:
    """Number of words in ``text``: whitespace-separated ones, and Chinese or Japanese characters two to a word
    (extraction runs it on every line of a page, and most lines are ASCII)."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + len(_CJK.findall(text)) // 2


# Origins of inputs that name no file or URL: standard input, and text pasted into the web form.
STDIN_ORIGIN = "stdin"
PASTE_ORIGIN = "pasted in the web form"


@dataclass(frozen=True)
class RawInput:
    """One input document as a source delivered it, decoded to text.

    ``origin`` names the input for messages (a path, a URL, ``stdin``, ``file.jsonl:12``).
    The ``given_*`` fields carry metadata supplied by the user, a feed entry or a JSONL record;
    they override anything extraction finds.
    """

    origin: str
    body: str
    kind: InputKind
    url: str | None = None
    given_title: str | None = None
    given_published: date | None = None
    given_outlet: str | None = None
    given_author: str | None = None
    # The feed (URL or file) this input is an entry of: a feed with an entry that fails is read again next time.
    feed: str | None = None


@dataclass(frozen=True)
class SourceFailure:
    """An input that could not be read; ``reason`` is one line for the user."""

    origin: str
    reason: str


@dataclass(frozen=True)
class SourceUnchanged:
    """A feed its server says has not changed since it was last read (HTTP 304): nothing new in it."""

    origin: str


# --------------------------------------------------------------------------- extract

DateMethod = Literal["given", "metadata", "inferred", "unknown"]


# An inferred publication date below this confidence was wrong more often than right on real news
# (docs/temporal.md, "Publication-date inference").
GUESS_BELOW = 0.5


@dataclass(frozen=True)
class PublicationDate:
    """When an article was published, as an interval with how it was obtained.

    A given or metadata date has ``earliest == latest``. An inferred one is the interval the
    text allows, with ``confidence`` in [0, 1] and ``evidence`` saying why.
    """

    earliest: date
    latest: date
    method: DateMethod
    confidence: float = 1.0
    evidence: str = ""

    @property
    def best(self) -> date:
        """The single date to anchor relative expressions on: the earliest the text allows."""
        return self.earliest

    @property
    def is_guess(self) -> bool:
        """Whether the date was inferred with a confidence too low to rely on (more often wrong than right).

        The dates an article's analysis anchors on it inherit the doubt, so views say so.
        """
        return self.method == "inferred" and self.confidence < GUESS_BELOW


@dataclass(frozen=True)
class RemovedBlock:
    """A piece of the raw page dropped as furniture, with the rule that dropped it."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """A clean article: main text plus metadata, ready for analysis."""

    origin: str
    title: str
    text: str
    raw: str
    raw_kind: InputKind
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: PublicationDate | None = None
    language: str = "und"
    caption: str | None = None
    removed: tuple[RemovedBlock, ...] = ()

    @property
    def word_count(self) -> int:
        """Number of words in the clean text (see :func:`count_words`: a Chinese article has more than one)."""
        return count_words(self.text)

    @property
    def is_english(self) -> bool:
        """Whether the analysis stage should treat the text as English."""
        return self.language == "en"


# --------------------------------------------------------------------------- analyze

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["absolute", "publication", "narrative", "unanchored"]


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression normalized in the TIMEX3 convention.

    ``value`` is a TIMEX3 value (``2025-07-18``, ``2025-07``, ``2025-W29``, ``P3Y``,
    ``PRESENT_REF``, ``XXXX-07-18``). ``modifier`` is a TIMEX3 ``mod`` (START, MID, END,
    APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, BEFORE, AFTER; "early" and "late" are START and
    END) or None. ``fuzzy`` marks vague references ("recently", "in recent weeks") that are kept rather than dropped.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    modifier: str | None = None
    anchor: Anchor = "absolute"
    fuzzy: bool = False


Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "unknown"]


@dataclass(frozen=True)
class Sentence:
    """A sentence of the clean text with the time it speaks of (a TIMEX3 value or None)."""

    index: int
    start: int
    end: int
    text: str
    time: str | None = None


ActorKind = Literal["PERSON", "COUNTRY", "CITY", "PLACE", "ORG", "GOVERNMENT", "GROUP", "MEDIA"]


@dataclass(frozen=True)
class Actor:
    """A canonical actor; ``key`` is stable across articles (diacritics folded, lower case)."""

    key: str
    name: str
    kind: ActorKind
    roles: tuple[str, ...] = ()
    affiliation: str | None = None


@dataclass(frozen=True)
class Mention:
    """One surface mention of an actor in the clean text."""

    start: int
    end: int
    text: str
    actor_key: str
    kind: ActorKind
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    """A direct or indirect quote with its speaker resolved to an actor key where possible."""

    start: int
    end: int
    text: str
    speaker_key: str | None
    speaker_text: str | None
    cue: str | None
    direct: bool
    sentence_index: int


Modality = Literal["happened", "planned", "proposed", "hypothetical", "negated", "reported"]


@dataclass(frozen=True)
class Event:
    """A reported happening: one clause, dated, with actors, kind and modality."""

    sentence_index: int
    start: int
    end: int
    sentence: str
    predicate: str
    kind: str
    date: str | None
    precision: Precision
    date_source: Literal["expression", "sentence", "publication", "none"]
    actor_key: str | None = None
    target_key: str | None = None
    location: str | None = None
    modality: Modality = "happened"
    attribution: str | None = None
    background: bool = False
    summary: str = ""
    numbers: tuple[tuple[str, str], ...] = ()
    # Told in the past or the perfect ("hit", "has hit", "were killed"), not in the present or as under way ("fall",
    # "is raising"); None: not known (an analysis stored before session 30).
    past: bool | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis stage found in one article."""

    sentences: tuple[Sentence, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = ()


# --------------------------------------------------------------------------- store / link / present


@dataclass(frozen=True)
class Copy:
    """Another source that printed a stored article's text: the same text read again from elsewhere (a wire
    story in a second outlet), or a reprint stored as its own article (``reprint_id``) with its own ``text``."""

    origin: str
    url: str | None
    outlet: str | None
    reprint_id: int | None = None
    text: str | None = None  # a reprint's text, which may differ a little; None: the original's very text



@dataclass(frozen=True)
class RepeatedParagraph:
    """A paragraph of a stored article that its outlet also printed in other stored articles (a site's
    boilerplate, or a background paragraph repeated in each update): where it lies in the article's text, and
    whether an article stored before this one, or one in another story, printed it; ``lead``: it is the article's
    first long paragraph."""

    start: int
    end: int
    earlier: bool
    other_story: bool
    lead: bool = False


@dataclass(frozen=True)
class StoredArticle:
    """An article as kept in the store, with its id and analysis."""

    id: int
    article: Article
    analysis: Analysis
    content_hash: str
    duplicate_of: int | None = None
    story_id: int | None = None
    copies: tuple[Copy, ...] = ()  # other sources of its text, when the store was asked for them
    repeated: tuple[RepeatedParagraph, ...] = ()  # its paragraphs its outlet printed elsewhere, when asked for


@dataclass(frozen=True)
class Story:
    """A group of articles about one developing story."""

    id: int
    title: str
    article_ids: tuple[int, ...]
    outlets: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    actors: tuple[str, ...] = ()
    # True when the dates are only its articles' guessed publication dates (no date was given or found).
    dates_guessed: bool = False


@dataclass(frozen=True)
class SourceRef:
    """One outlet's report of a timeline entry, traceable to a sentence."""

    article_id: int
    outlet: str | None
    url: str | None
    sentence: str
    copy_of: int | None = None  # a copy's source: the article whose text it printed (not an independent report)

    @property
    def teller(self) -> str:
        """Who tells it, for people: the outlet, else "article N"."""
        return self.outlet or f"article {self.article_id}"


@dataclass(frozen=True)
class TimelineEntry:
    """One happening on a story's timeline, merged across every source that reported it."""

    date: str | None
    precision: Precision
    summary: str
    type: str
    actors: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    modality: Modality = "happened"
    background: bool = False
    importance: float = 0.0
    # True when no sentence of the entry gives its date: it is the publication day of the article that reports it,
    # which a sentence about an older happening does not speak of (a date audit found such entries 15 % of a sample).
    article_date: bool = False

    @property
    def reporting(self) -> frozenset[str]:
        """The outlets that report the entry themselves: a copy of another's text is none."""
        return frozenset(s.teller for s in self.sources if s.copy_of is None)


@dataclass(frozen=True)
class Conflict:
    """A point where sources disagree: ``kind`` is date, number, attribute or assertion."""

    kind: str
    description: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Timeline:
    """A story with its ordered entries and disagreements."""

    story: Story
    entries: tuple[TimelineEntry, ...] = field(default_factory=tuple)
    conflicts: tuple[Conflict, ...] = field(default_factory=tuple)
    guessed: tuple[int, ...] = ()  # articles whose publication date, and so the dates read from them, is a guess
    undated: tuple[int, ...] = ()  # articles with no publication date that add no entry
    not_analysed: tuple[int, ...] = ()  # articles not in English: stored, not analysed, so they add no entry


@dataclass(frozen=True)
class DigestDay:
    """One key day of a story, told in the sentences that best say what happened on it."""

    date: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Digest:
    """A story's key days, each with its best sentences: the short "what we know so far" of it."""

    story: Story
    days: tuple[DigestDay, ...] = field(default_factory=tuple)
    guessed: tuple[int, ...] = ()  # articles whose publication date, and so the dates read from them, is a guess
