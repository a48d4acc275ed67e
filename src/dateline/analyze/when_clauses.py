"""The clause a "when" clause dates: "She was seven months pregnant when she was admitted to hospital on 15 June"
tells the pregnancy's day, "It is unclear when the virus arrived" none."""

from __future__ import annotations

from spacy.tokens import Token

MAX_CLIMB = 40  # tokens climbed up the parse at most


def main_of_when_clause(token: Token, owner: dict[int, int]) -> int | None:
    """The clause head a "when" clause holding ``token`` dates: "She was seven months pregnant when she was admitted
    to hospital on 15 June" (a user test found the pregnancy dated by publication), else None. The date may sit in
    a non-finite verb of the clause ("closed when six pupils were confirmed with having the virus yesterday", a
    fact-checker's audit found the closing dated by publication)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ == "VERB" and current.i != token.i and not _non_finite_complement(current):
            break
        if current.head.i == current.i:
            return None
        current = current.head
    else:
        return None
    when = any(child.lower_ == "when" and child.dep_ in ("advmod", "mark") for child in current.children)
    main = _out_of_brackets(current, current.head)
    if current.dep_ != "advcl" or not when or _asks_when(main):
        return None
    return owner.get(main.i)


_NON_FINITE_TAGS = frozenset({"VBG", "VBN", "VB"})


def _non_finite_complement(verb: Token) -> bool:
    """Whether a verb is a subjectless complement inside another verb's clause ("with having", "forced to close")."""
    return verb.dep_ in ("pcomp", "xcomp") and verb.tag_ in _NON_FINITE_TAGS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _out_of_brackets(clause: Token, main: Token) -> Token:
    """The clause a clause after a closing bracket modifies: not one inside the brackets, however parsed. "We revised
    our booking policy (allowing people to reroute or defer travel) when the FCO changed its advisory on Monday" is
    the revising (a fact-checker's audit found the parse hang the "when" clause on "reroute")."""
    doc = clause.doc
    first = min(token.i for token in clause.subtree)
    if first == 0 or doc[first - 1].text != ")":
        return main
    opening = next((i for i in range(first - 2, clause.sent.start - 1, -1) if doc[i].text == "("), None)
    if opening is None:
        return main
    for _ in range(MAX_CLIMB):
        if not opening < main.i < first or main.head.i == main.i:
            break
        main = main.head
    return main


# Clauses whose "when" asks at what time rather than saying at that time: "It is unclear when the virus arrived",
# "He did not explain when he learned of it", "He remembered when troops entered the city in 1989" (a review).
_KNOWING_WORDS = frozenset({
    "know", "unclear", "clear", "explain", "say", "tell", "ask", "wonder", "remember", "recall", "learn", "decide",
    "understand", "determine", "sure", "certain", "unknown", "question", "disclose", "reveal", "specify", "confirm",
    "forget", "show", "indicate", "predict", "guess", "imagine", "recount", "describe",
})  # fmt: skip


def _asks_when(main: Token) -> bool:
    """Whether the clause a "when" clause hangs on asks or tells when (a verb of knowing or saying, "unclear")."""
    if main.lemma_.lower() in _KNOWING_WORDS:
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _KNOWING_WORDS for c in main.children)
