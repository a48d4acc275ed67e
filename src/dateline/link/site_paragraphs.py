"""Paragraphs an outlet prints in more than one of its articles: a site's boilerplate is no news of a story.

A company's press releases end with the same "About Ascom" paragraph, a magazine ends each piece with the same
newsletter plug: such a paragraph made unrelated pages of one site one story (its words are rare in general
English, so they weighed like news) and filled that story's timeline with its sentences (a user test of 181 web
pages). The store keeps a digest of each long paragraph of each original article under its outlet; what another
article of the same outlet printed too is read here:

* grouping leaves out the paragraphs an earlier article of the outlet printed, so an article joins a story by its
  own words (a follow-up that repeats a background paragraph still shares its other words with the story);
* a timeline leaves out the events and mentions of a paragraph the outlet also printed in an article of another
  story: a paragraph repeated within one story (a wire's background paragraph in each update) stays.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from dateline.link.duplicates import normalize_text
from dateline.link.text import inside
from dateline.records import RepeatedParagraph, StoredArticle

# A paragraph this short ("Share this article", "Reporting by Jane Doe") is furniture extraction handles, or too
# common a line to say two articles share a boilerplate paragraph.
MIN_WORDS = 8
_LINE = re.compile(r"[^\n]+")


def paragraph_digests(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digest) of each paragraph (line) of ``text`` of MIN_WORDS words or more; the digest ignores
    case, accents, punctuation and spacing, so a paragraph copied with another typography matches."""
    found = []
    for line in _LINE.finditer(text):
        words = normalize_text(line.group())
        if words.count(" ") + 1 >= MIN_WORDS:
            found.append((line.start(), line.end(), hashlib.sha1(words.encode("utf-8")).hexdigest()[:20]))
    return found


def spans_to_skip(repeated: Sequence[RepeatedParagraph], *, other_story_only: bool) -> list[tuple[int, int]]:
    """The character spans of the repeated paragraphs to leave out: those an earlier article of the outlet printed
    (grouping), or those the outlet printed in an article of another story (a timeline), but for the lead of the
    article that printed it first: that is its own news, which the outlet's later reports in other stories repeat
    as background ("A magnitude 7.8 earthquake struck ..." under the quake's first report and an election's)."""
    if not other_story_only:
        return [(p.start, p.end) for p in repeated if p.earlier]
    return [(p.start, p.end) for p in repeated if p.other_story and (p.earlier or not p.lead)]


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces: the same length, so offsets into it still hold."""
    if not spans:
        return text
    parts, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if end > start:
            parts += [text[at:start], " " * (end - start)]
            at = end
    parts.append(text[at:])
    return "".join(parts)


def without_spans(stored: StoredArticle, spans: Sequence[tuple[int, int]]) -> StoredArticle:
    """The article without the events, mentions, sentences and quotes that start in the spans."""
    if not spans:
        return stored
    analysis = stored.analysis
    return replace(stored, analysis=replace(
        analysis,
        events=tuple(e for e in analysis.events if not inside(e.start, spans)),
        mentions=tuple(m for m in analysis.mentions if not inside(m.start, spans)),
        sentences=tuple(s for s in analysis.sentences if not inside(s.start, spans)),
        quotes=tuple(q for q in analysis.quotes if not inside(q.start, spans)),
    ))


def without_site_paragraphs(stored: StoredArticle) -> StoredArticle:
    """The article without the events and mentions of the paragraphs its outlet also printed in an article of
    another story (its site's boilerplate): what a timeline, its conflicts and a digest read of it."""
    return without_spans(stored, spans_to_skip(stored.repeated, other_story_only=True))


def timeline_boilerplate(repeated: Mapping[int, Sequence[RepeatedParagraph]]) -> list[tuple[int, int, int]]:
    """(article id, start, end) of each paragraph of these articles the outlet also printed in another story's
    article, in order: those :func:`without_site_paragraphs` may leave out, what a saved timeline or a cached story
    view of them depends on beyond their stored rows."""
    return [
        (article_id, p.start, p.end) for article_id, paragraphs in sorted(repeated.items())
        for p in paragraphs if p.other_story
    ]
