"""Where a date written next to a verb belongs, whatever the parse made of it.

News puts the day of an act right before its verb ("Trump on Tuesday said") or right after a verb of saying, before
what was said ("BP said on Monday it would pay"); the parser often hangs such a date on a neighbouring phrase, so
these checks read the words' order instead.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.analyze.clauses import is_participial_adjunct

_BETWEEN_DATE_AND_VERB = frozenset({"ADV", "PART", "AUX"})


def verb_right_after(expression: Span, owner: dict[int, int]) -> int | None:
    """The clause head of the verb the expression stands right before, with at most adverbs and auxiliaries
    between: news writes "Clinton on Friday only further muddled a controversy", "Trump on Tuesday said", and
    the parser often hangs such a date on the subject's words (a user test's was owned by "to clarify" in the
    sentence's opening phrase, so the clause was dated by publication). None when no verb follows so."""
    doc = expression.doc
    i = expression.end
    while i < len(doc) and i < expression.end + 3 and doc[i].pos_ in _BETWEEN_DATE_AND_VERB:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB" or doc[i].i not in owner:
        return None
    if i == expression.end and is_participial_adjunct(doc[i]):
        # "flew the Boeing 707 from Florida on Monday carrying four tonnes of rations": the participle goes with the
        # clause the date is the adjunct of (a fact-checker's audit found "flew" dated by publication, "carrying"
        # on the Monday: one act on two days).
        return None
    # "until Friday said" is no such date: only "on" may introduce it ("Trump Tuesday said" needs none).
    at = expression.start - 1 if expression.start > 0 and doc[expression.start - 1].lower_ == "on" else expression.start
    before = doc[at - 1] if at > 0 else None
    if before is None or before.pos_ not in _SUBJECT_END:
        # The date must follow the subject's last word: "A man who was arrested on Friday appeared", "talks that
        # began on Monday collapsed" date the relative clause, not the main verb (a review).
        return None
    if any(token.lower_ in _RELATIVE_WORDS for token in doc[max(expression.sent.start, at - 8) : at]):
        return None  # "the law that took effect January 1 requires"
    return owner[doc[i].i]


_SUBJECT_END = frozenset({"PROPN", "NOUN", "PRON"})
_RELATIVE_WORDS = frozenset({"who", "that", "which", "whom", "whose", "where", "when"})
_PRESENT = frozenset({"VBP", "VBZ"})
_AHEAD_WORDS = frozenset({"now", "next", "tomorrow", "coming", "later", "hence", "upcoming"})


def date_after_its_verb(expression: Span, owner: dict[int, int]) -> int | None:
    """The clause head of the verb the expression stands right after (with "on"; or after the verb's object, "told
    reporters on Monday"), when the parse hung the expression on that verb's complement clause before the
    complement's subject: "BP said on Monday it would pay" was said on Monday (the parse made "on Monday" the
    payment's, so the saying was dated by the page and the promise by Monday). News writes the complement's own day
    after its verb ("said it would pay on Monday"). None otherwise."""
    doc = expression.doc
    at = expression.start - 1 if expression.start > 0 and doc[expression.start - 1].lower_ == "on" else expression.start
    if at == 0:
        return None
    verb = doc[at - 1]
    if verb.dep_ == "dobj" and verb.head.i < verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i not in owner:
        return None
    if verb.tag_ in _PRESENT or any(t.lower_ in _AHEAD_WORDS for t in expression):
        # "I think a year from now we will have made progress", "said next year the plant would close": a present
        # verb of thinking or a day still ahead dates what is thought or said, not the saying (a review).
        return None
    root = expression.root
    for complement in (c for c in verb.children if c.dep_ == "ccomp" and c.i >= expression.end):
        subjects = [c for c in complement.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        inside = complement.left_edge.i <= root.i <= complement.right_edge.i
        if inside and subjects and all(s.left_edge.i >= expression.end for s in subjects):
            return owner[verb.i]
    return None
