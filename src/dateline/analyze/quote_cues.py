"""Lexicon and span helpers for attribution: speech verbs, pronouns, quotation marks, and the
per-document index and phrase spans the rules in :mod:`dateline.analyze.quotes` are built on.

Kept apart from those rules so the word lists can be read and extended without touching them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

CharSpan = tuple[int, int]

# Lemmas of verbs that report speech, writing or a stated position. Chosen from the cue words
# most frequent in PolNeAR's training split plus the usual reporting verbs of wire copy.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "note", "warn", "urge", "emphasize", "emphasise", "stress", "claim",
        "deny", "insist", "announce", "report", "state", "write", "argue", "assert", "explain",
        "declare", "confirm", "acknowledge", "admit", "allege", "suggest", "predict", "promise",
        "pledge", "vow", "threaten", "reply", "respond", "answer", "ask", "demand", "recall",
        "remark", "comment", "concede", "contend", "maintain", "observe", "point", "indicate",
        "reiterate", "repeat", "caution", "complain", "tweet", "post", "testify", "disclose",
        "reveal", "estimate", "describe", "mention", "boast", "joke", "quip", "shout", "yell",
        "whisper", "counter", "retort", "charge", "accuse", "agree", "believe", "think", "hope",
        "expect", "fear", "worry", "want", "call", "propose", "recommend", "advise", "assure",
        "inform", "signal", "stipulate", "conclude", "find", "show", "quote", "tout",
        "brag", "lament", "speculate", "wonder", "guess", "feel", "know", "talk", "speak", "refer",
        "allude", "elaborate",
    }
)

# Verbs whose reported content is an object plus an infinitive: "urged both sides to end the war".
DIRECTIVE_VERBS: frozenset[str] = frozenset(
    {"urge", "ask", "call", "tell", "warn", "encourage", "order", "instruct", "advise", "press",
     "implore", "invite", "challenge", "demand", "beg", "push", "promise", "pledge", "vow",
     "threaten", "want", "expect", "hope", "plan", "refuse", "decline", "agree", "propose"}
)

# Verbs whose plain direct object is itself the reported content ("denied the allegations").
OBJECT_CONTENT_VERBS: frozenset[str] = frozenset(
    {"deny", "announce", "confirm", "report", "predict", "promise", "propose", "reveal", "disclose",
     "acknowledge", "admit", "demand", "criticize", "praise", "reject", "dismiss", "claim",
     "discuss", "mention", "describe", "note", "denounce", "condemn", "express", "question"}
)

# Verbs that only count as cues when they govern a clause; as transitive verbs they mostly are not
# attribution ("want a car", "know the area", "find the keys").
CLAUSE_ONLY_VERBS: frozenset[str] = frozenset(
    {"believe", "think", "hope", "expect", "fear", "worry", "want", "find", "show", "know", "feel",
     "guess", "wonder", "agree", "point", "call", "charge", "indicate", "signal", "add"}
)

# Verbs whose "for" object is what is asked for: "called for a ban", "pushed for talks".
REQUEST_VERBS: frozenset[str] = frozenset(
    {"call", "ask", "push", "press", "argue", "advocate", "plead", "appeal", "lobby"}
)

# Prepositions whose object is the reported content, with the verbs they do it for.
PREPOSITION_CUES: dict[str, frozenset[str]] = {
    "for": REQUEST_VERBS,
    "about": SPEECH_VERBS,
    "to": frozenset({"point", "refer", "allude"}),
    "of": frozenset({"accuse", "warn", "speak", "boast", "complain", "convince"}),
    "on": frozenset({"comment", "insist", "elaborate", "remark"}),
}

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "them", "it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

OPENING_MARKS = "“«„"
STRAIGHT_MARK = '"'
ALL_QUOTE_MARKS = "“”«»„\"‘’'"

# A quoted span shorter than this many words is treated as a scare quote or a title, not speech.
MIN_QUOTE_WORDS = 3


@dataclass(frozen=True)
class QuotedSpan:
    """Characters between a pair of quotation marks: ``text[open_mark + 1:close_mark]``.

    ``close_mark`` is the paragraph end when the quote runs on unclosed, as news copy does for
    quotes spanning paragraphs.
    """

    open_mark: int
    close_mark: int
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted text without the marks."""
        return self.open_mark + 1, self.close_mark


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Pair curly and straight double quotation marks paragraph by paragraph.

    Curly marks open with “ and close with ”; straight marks alternate. A mark left open at the
    end of a paragraph closes there, because a multi-paragraph quotation reopens in the next.
    """
    spans: list[QuotedSpan] = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        spans.extend(_paired_in_paragraph(paragraph, paragraph_start))
        paragraph_start += len(paragraph) + 1
    return spans


def _paired_in_paragraph(paragraph: str, offset: int) -> list[QuotedSpan]:
    """Pair quotation marks inside one paragraph; offsets are shifted by ``offset``."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    for index, char in enumerate(paragraph):
        is_straight = char == STRAIGHT_MARK
        if open_at is None:
            if char in OPENING_MARKS or is_straight:
                open_at = index
            continue
        if char in "”»" or is_straight:
            spans.append(QuotedSpan(offset + open_at, offset + index, closed=True))
            open_at = None
        elif char in OPENING_MARKS:
            # A new opener before any closer: the earlier one ran on, restart from here.
            open_at = index
    if open_at is not None:
        end = len(paragraph.rstrip())
        if end > open_at + 1:
            spans.append(QuotedSpan(offset + open_at, offset + end, closed=False))
    return spans


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to its content: no edge whitespace, commas, dashes, colons,
    leading complementizer "that", and no quotation mark left without its partner inside."""
    edge = " \t\n,;:—–-"
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in edge:
            start, changed = start + 1, True
        while start < end and text[end - 1] in edge:
            end, changed = end - 1, True
        if text[start:end].lower().startswith("that ") and end - start > 5:
            start, changed = start + 5, True
        if start < end and text[end - 1] in "”\"" and not _has_opener(text[start : end - 1]):
            end, changed = end - 1, True
        if start < end and text[start] in "“\"" and not _has_closer(text[start + 1 : end]):
            start, changed = start + 1, True
    return start, _close_open_quote(text, start, end)


def _close_open_quote(text: str, start: int, end: int) -> int:
    """Extend ``end`` over a closing mark just after it when the span opens a quotation it
    does not close (“… momentum.” parses with the mark outside the clause)."""
    fragment = text[start:end]
    opens_curly = fragment.count("“") > fragment.count("”")
    opens_straight = fragment.count('"') % 2 == 1
    if not (opens_curly or opens_straight):
        return end
    close = text.find("”" if opens_curly else '"', end, end + 3)
    return close + 1 if close >= 0 else end


def _has_opener(fragment: str) -> bool:
    return "“" in fragment or fragment.count('"') % 2 == 1


def _has_closer(fragment: str) -> bool:
    return "”" in fragment or fragment.count('"') % 2 == 1


def word_count(text: str) -> int:
    """Number of whitespace-separated words, for telling speech from scare quotes."""
    return len(text.split())


# --------------------------------------------------------------------------- document spans


class DocIndex:
    """Per-document lookups built once: ``Doc.text`` is rebuilt on every access, and sentence and
    entity lookups by offset would otherwise rescan the document."""

    def __init__(self, doc: Doc, people: Sequence[CharSpan] = ()) -> None:
        """``people``: character spans the analysis found to name persons, whatever the model's label was
        ("Christie", which the model took for an organisation)."""
        self.doc = doc
        self.text: str = doc.text
        self.token_starts = [token.idx for token in doc]
        sentences = list(doc.sents)
        self.sentence_chars = [sentence.start_char for sentence in sentences]
        self.sentence_bounds = [(sentence.start, sentence.end) for sentence in sentences]
        self.entities = {token_i: entity for entity in doc.ents for token_i in range(entity.start, entity.end)}
        self.people: dict[int, CharSpan] = {
            token_i: (start, end)
            for start, end in people
            for token_i in range(self.token_at_or_after(start), self.token_at_or_after(end))
        }

    def token_at_or_after(self, char: int) -> int:
        """Index of the first token starting at or after ``char`` (``len(doc)`` if none)."""
        return bisect_left(self.token_starts, char)

    def sentence_index(self, char: int) -> int:
        """Index of the sentence holding ``char``."""
        return max(0, bisect_right(self.sentence_chars, char) - 1)

    def sentence_of(self, token_i: int) -> tuple[int, int]:
        """Token bounds ``(start, end)`` of the sentence holding token ``token_i``."""
        return self.sentence_bounds[self.sentence_index(self.doc[token_i].idx)]


def clip_to_paragraph(text: str, span: CharSpan, anchor: int) -> CharSpan:
    """Cut ``span`` to the paragraph holding ``anchor``: parses sometimes reach across a break."""
    paragraph_start = text.rfind("\n", 0, anchor) + 1
    paragraph_end = text.find("\n", anchor)
    if paragraph_end < 0:
        paragraph_end = len(text)
    return max(span[0], paragraph_start), min(span[1], paragraph_end)


def fragments_without(index: DocIndex, head: Token, excluded: Token) -> list[CharSpan]:
    """``head``'s subtree in its sentence, minus ``excluded``'s subtree and the sentence's closing
    full stop (as a reported clause has none), as contiguous spans."""
    sentence_start, sentence_end = index.sentence_of(head.i)
    left = max(head.left_edge.i, sentence_start)
    right = min(head.right_edge.i, sentence_end - 1)
    while right > left and (head.doc[right].is_space or head.doc[right].text in (".", "!")):
        right -= 1
    cut_left, cut_right = excluded.left_edge.i, excluded.right_edge.i
    fragments: list[CharSpan] = []
    if left < cut_left:
        fragments.append((head.doc[left].idx, end_char(head.doc[cut_left - 1])))
    if cut_right < right:
        fragments.append((head.doc[cut_right + 1].idx, end_char(head.doc[right])))
    return fragments


def inside_quote(char: int, quoted: list[QuotedSpan]) -> bool:
    """Whether ``char`` lies between the marks of one of ``quoted``."""
    return any(span.open_mark < char < span.close_mark for span in quoted)


def phrase_span(text: str, token: Token, with_apposition: bool = True) -> CharSpan:
    """The noun phrase headed by ``token`` without relative clauses or trailing punctuation, and
    without appositions unless asked, cut to its paragraph and after a dateline dash:
    "Kremlin spokesperson Dmitry Peskov", not "MOSCOW (AP) — …" or "…, who spoke on Monday"."""
    dropped = {"relcl", "acl", "punct", "advcl", "parataxis"}
    if not with_apposition:
        dropped.add("appos")
    kept = [token]
    for child in token.children:
        if child.dep_ not in dropped:
            kept.extend(child.subtree)
    first = min(kept, key=lambda t: t.i)
    last = max(kept, key=lambda t: t.i)
    start, end = clip_to_paragraph(text, (first.idx, end_char(last)), token.idx)
    dash = max(text.rfind("—", start, token.idx), text.rfind(" -- ", start, token.idx))
    if dash >= 0:
        start = dash + 1
    return trim_span(text, start, end)


def subtree_span(token: Token) -> CharSpan:
    """Character span of ``token``'s whole subtree."""
    return token.left_edge.idx, end_char(token.right_edge)


def token_span(token: Token) -> CharSpan:
    """Character span of one token."""
    return token.idx, end_char(token)


def end_char(token: Token) -> int:
    """Offset just after ``token``."""
    return int(token.idx + len(token.text))
