"""Cut an article's clean text into highlighted pieces from the analysis offsets.

Entities, time expressions, quotes and events overlap freely (a quote holds mentions, an event
holds a date), so instead of nesting tags the text is cut at every span boundary and each piece
carries the set of marks covering it. Paragraph breaks cut pieces too, so the template can wrap
paragraphs. Offsets outside the text (a stale or broken analysis) are clipped, never trusted.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from dateline.records import Analysis

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Mark:
    """One analysed span: ``kind`` is entity, time, quote or event; ``note`` is shown on hover."""

    start: int
    end: int
    kind: str
    note: str


@dataclass(frozen=True)
class Piece:
    """A run of text with the marks that cover all of it."""

    text: str
    kinds: tuple[str, ...]
    notes: tuple[str, ...]


def marks_of(analysis: Analysis, names: dict[str, str]) -> list[Mark]:
    """The spans worth highlighting, with a short explanation of each."""
    marks = [
        Mark(m.start, m.end, "entity", f"{names.get(m.actor_key, m.actor_key)} ({m.kind}"
             + (f", {m.role})" if m.role else ")"))
        for m in analysis.mentions
    ]
    marks += [
        Mark(t.start, t.end, "time", f"{t.type} {t.value}" + (f" {t.modifier}" if t.modifier else ""))
        for t in analysis.times
    ]
    marks += [
        Mark(q.start, q.end, "quote", f"quote by {q.speaker_text or q.speaker_key or 'unknown speaker'}")
        for q in analysis.quotes
    ]
    marks += [
        Mark(e.start, e.end, "event", f"{e.kind} event, {e.date or 'undated'} ({e.modality})")
        for e in analysis.events
    ]
    return marks


def paragraphs(text: str, marks: list[Mark]) -> list[list[Piece]]:
    """The text as paragraphs of pieces, each piece covered by the same marks throughout."""
    size = len(text)
    spans = [(max(0, m.start), min(size, m.end), m) for m in marks]
    spans = [s for s in spans if s[0] < s[1]]
    cuts = {0, size}
    for start, end, _ in spans:
        cuts.update((start, end))
    at = text.find(PARAGRAPH_BREAK)
    while at != -1:
        cuts.update((at, at + len(PARAGRAPH_BREAK)))
        at = text.find(PARAGRAPH_BREAK, at + len(PARAGRAPH_BREAK))
    bounds = sorted(cuts)
    # Sweep the boundaries once, keeping the marks open at each position.
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for start, end, mark in spans:
        starts.setdefault(start, []).append(mark)
        ends.setdefault(end, []).append(mark)
    open_marks: list[Mark] = []
    result: list[list[Piece]] = [[]]
    for left, right in itertools.pairwise(bounds):
        for mark in ends.get(left, []):
            open_marks.remove(mark)
        open_marks.extend(starts.get(left, []))
        chunk = text[left:right]
        if chunk == PARAGRAPH_BREAK:
            result.append([])
            continue
        kinds = tuple(dict.fromkeys(m.kind for m in open_marks))
        notes = tuple(dict.fromkeys(m.note for m in open_marks))
        result[-1].append(Piece(chunk, kinds, notes))
    return [p for p in result if p]
