"""How a clause is told in time, read from its verb group: past, perfect, yet to come, under way.

Event dating and modality both ask it; the parse's tags (VBD, VBN, VBG) and auxiliaries decide.
"""

from __future__ import annotations

from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_SHARED_AUX = MODAL_AUX | FUTURE_AUX  # what a coordinated verb shares with the verb before it


def told_in_past(head: Token) -> bool:
    """Whether a clause is told in the simple past, active or passive ("ordered", "were ordered")."""
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children)


def told_as_done(head: Token) -> bool:
    """Whether a clause is told in the simple past or the perfect, active ("reported", "has reported"); not a
    passive ("was set for Tuesday", "had been scheduled"), which may tell a plan."""
    if any(c.dep_ == "auxpass" for c in head.children):
        return False
    return head.tag_ == "VBD" or _perfect(head)


def told_as_past(head: Token) -> bool:
    """Whether a clause is told in the simple past or the perfect, active or passive ("hit", "has hit", "were
    killed", "have been closed"): done by the time it was told, not "is raising" or "fall"."""
    return told_in_past(head) or _perfect(head)


def is_past(verb: Token) -> bool:
    """Whether a verb is told in the past: simple past, past progressive or passive ("was occupying", "were told"),
    or a perfect ("had suggested", "has said")."""
    if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
        return True
    return _perfect(verb)


def _perfect(verb: Token) -> bool:
    """Whether a verb is a perfect: a past participle with "have" ("has reported", "had suggested")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def told_as_future(head: Token) -> bool:
    """Whether a clause is told as yet to come ("will reopen")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)


def told_with_modal(head: Token) -> bool:
    """Whether a clause is told with a modal ("would reopen", "could spread"): not what happened on any day."""
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in head.children)


def under_way(verb: Token) -> bool:
    """Whether a participle tells something under way, not a description: "cases being confirmed", "people
    fleeing", not "his death aged 50"."""
    return verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def past_beside_a_complement(verb: Token, complement: Token) -> bool:
    """Whether a past verb the parse coordinates with a past complement clause of another form goes with the past
    verb that governs the complement: "had suggested on Monday that the US was occupying Haiti and urged the UN to
    clarify" urged on the Monday too (a fact-checker's audit found it on the page's day). Not beside a complement
    of a modal ("ruled on Monday that the film would not help the defense and was a waste of his time": dating
    "was" by the ruling cost Timeline17 --top MJ Date-F1 0.649 -> 0.622)."""
    return complement.dep_ == "ccomp" and all(is_past(v) for v in (verb, complement, complement.head))


def shared_auxiliaries(head: Token) -> list[Token]:
    """The modal or future auxiliaries a coordinated verb shares with the verb before it, having neither its own
    subject nor its own auxiliary: "a southerly wind could keep oil off the coast but push the shrimp into the
    slick" pushes nothing yet (a user test read it as happened), "will sign and ratify the treaty" ratifies
    nothing yet."""
    if head.dep_ != "conj" or head.tag_ != "VB" or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in head.children
    ):
        return []
    return [c for c in head.head.children if c.dep_ == "aux" and c.lower_ in _SHARED_AUX]
