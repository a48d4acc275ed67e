"""Clauses of a parsed sentence: which verbs head a reported happening, and the parts of each.

A clause head is the sentence root, a verb coordinated with a head ("rejected ... and pushed"), a
complement clause of a head ("said that Turkey is prepared ..."), or a participial adjunct
("..., warning of sanctions"). Conditions ("if", "once") and infinitives are parts of their head's
clause, not happenings of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from dateline.analyze.event_kinds import ASPECTUAL_VERBS, INTENT_ADJECTIVES, INTENT_VERBS

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
_PHRASAL_PREPS = frozenset({"for", "with", "by", "out", "back", "off", "to", "over", "from"})
# Lemmas the small model gets wrong on common news verbs.
_LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "staged": "stage", "staging": "stage"}
CONDITION_MARKS = frozenset({"if", "once", "unless", "provided", "whether"})


def _is_verbal(token: Token) -> bool:
    """Whether ``token`` can head a clause (a verb, or a copula with a complement)."""
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "AUX" and any(c.dep_ in {"acomp", "attr", "nsubj"} for c in token.children)


def is_participial_adjunct(token: Token) -> bool:
    """A non-finite adjunct clause with no marker ("warning of sanctions", "pushing for a truce")."""
    return (
        token.dep_ == "advcl"
        and token.pos_ == "VERB"
        and token.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "aux", "auxpass"} for c in token.children)
    )


def clause_heads(sentence: Span) -> list[Token]:
    """Verbs heading a clause of ``sentence``, in text order."""
    heads: list[Token] = []
    pending = [sentence.root]
    if not _is_verbal(sentence.root):
        # A misparsed sentence ("Turkey hosted talks" read as a noun phrase): take its finite verbs.
        pending = [t for t in sentence if t.pos_ == "VERB" and t.tag_ in _FINITE_TAGS]
    while pending:
        token = pending.pop()
        if not _is_verbal(token):
            continue
        heads.append(token)
        for child in token.children:
            if child.dep_ in _CLAUSE_DEPS or is_participial_adjunct(child):
                pending.append(child)
    return sorted(heads, key=lambda t: t.i)


def content_verb(head: Token) -> tuple[Token, bool]:
    """The verb that carries a clause's meaning, and whether the head marks an intention.

    "continues to demand" -> demand; "aims to secure" -> secure (intended); "is prepared to host" ->
    host (intended). Other heads carry their own meaning.
    """
    intended = False
    token = head
    for _ in range(3):
        complement = _intent_complement(token)
        if complement is None:
            break
        intended = intended or token.lemma_.lower() not in ASPECTUAL_VERBS
        token = complement
    return token, intended


def _intent_complement(token: Token) -> Token | None:
    """The infinitive an aspectual or intention verb or adjective governs, if any."""
    lemma = token.lemma_.lower()
    if lemma in ASPECTUAL_VERBS or lemma in INTENT_VERBS:
        return next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if token.pos_ == "AUX":
        for child in token.children:
            if child.dep_ == "acomp" and child.lower_ in INTENT_ADJECTIVES:
                return next((c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return None


def phrasal_lemma(verb: Token, known: dict[str, str]) -> str:
    """The verb's lemma, joined with a particle or preposition when the pair is a known phrasal verb."""
    lemma = _LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    for child in verb.children:
        if child.dep_ in {"prt", "prep"} and child.lower_ in _PHRASAL_PREPS:
            joined = f"{lemma}_{child.lower_}"
            if joined in known:
                return joined
    return lemma


_IMPERATIVE_DEPS = frozenset({"ROOT", "conj"})
_OWN_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass"})
# What may open an imperative clause before its verb: "If you can, ...", "Please", "So", "but don't".
_BEFORE_AN_IMPERATIVE = frozenset({"advcl", "punct", "intj", "advmod", "cc", "aux", "neg", "mark", "prep"})
_IMPERATIVE_ADVERBS = frozenset({"please", "just", "so", "now", "then", "also", "simply", "always", "never", "first",
                                 "instead", "still", "meanwhile", "again", "here", "there"})


def is_imperative(head: Token) -> bool:
    """Whether a clause tells the reader to do something ("work to change them", "Keep clean, keep alert, but don't
    panic", "Let's be clear"): a base-form main verb with no subject and no auxiliary but a negative "do". An
    instruction reports no happening (a user test's timeline had "work" and "think about this" as entries), while
    what it governs may ("Remember that the spill began on April 20")."""
    if head.tag_ not in {"VB", "VBP"} or head.dep_ not in _IMPERATIVE_DEPS:
        return False  # the tagger reads some imperatives as present ("..., work to change them")
    if head.lemma_.lower() == "be" and head.lower_ != "be":
        return False  # "Among the dead are two children": "are" is no command (that is "be"), its subject comes after
    if any(c.dep_ not in _BEFORE_AN_IMPERATIVE or (c.dep_ == "advmod" and c.lower_ not in _IMPERATIVE_ADVERBS)
           for c in head.lefts):
        return False  # something stands where a subject would: "Many more remain uncollected"
    if head.dep_ == "conj" and (head.head.i == head.i or not is_imperative(head.head)):
        return False  # "They will stop and think": a verb beside a finite one shares its subject
    for child in head.children:
        if child.dep_ in _OWN_SUBJECT_OR_AUX and not (
            # "don't panic"; not "does"/"did": "Does not include the costs", "Did n't seem that long ago" lost a subject
            child.dep_ == "aux" and child.lower_ == "do" and any(g.dep_ == "neg" for g in head.children)
        ):
            return False
    return not any(t.lower_ == "to" and t.dep_ == "aux" for t in head.lefts)


# What a page tells its reader they can do: "You can follow the testimony ... on the BBC News website on Thursday",
# "You can watch Mr Gibbs here" (a user test's top ten held the first).
_READER_VERBS = frozenset({
    "follow", "watch", "listen", "read", "see", "view", "catch", "find", "hear", "visit", "send", "email", "contact",
    "join", "click", "download", "sign", "subscribe", "share", "comment", "tweet",
})  # fmt: skip


def tells_the_reader(head: Token) -> bool:
    """Whether a clause tells the reader what they can do: "you" with "can" or "may" and a verb of reading, watching
    or writing in. No happening, like an instruction."""
    if head.lemma_.lower() not in _READER_VERBS:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    modals = [c for c in head.children if c.dep_ == "aux" and c.lower_ in {"can", "may", "could"}]
    return bool(modals) and len(subjects) == 1 and subjects[0].lower_ == "you"


def lets_us(head: Token) -> bool:
    """Whether a clause is what "let's" asks for ("Let's be clear about this"): a suggestion, no happening."""
    parent = head.head
    return (
        head.dep_ == "ccomp" and parent.lemma_.lower() == "let" and is_imperative(parent)
        and any(c.dep_ == "nsubj" and c.lower_ in {"'s", "’s", "us"} for c in head.children)
    )


def subject_of(head: Token) -> Token | None:
    """The subject of a clause, borrowed from the governing clause for coordinated or adjunct verbs."""
    token: Token | None = head
    for _ in range(4):
        if token is None:
            return None
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return _nearest(subjects, token)
        if token.dep_ not in {"conj", "advcl", "xcomp"} or token.head.i == token.i:
            return None
        if token.dep_ == "conj" and not _joined(token.head, token):
            return None  # no "and", "or" or comma between: the parse's guess, not a shared subject
        if token.dep_ == "conj" and _past_beside_a_present_group(token.head, token):
            return None
        token = token.head
    return None


_PRESENT_AUX_TAGS = frozenset({"VBZ", "VBP", "MD"})


def _past_beside_a_present_group(first: Token, second: Token) -> bool:
    """Whether a simple past the parse coordinates with a progressive or modal verb group in the present ("has been
    gushing", "will pay") can share none of it, the subject included: "Oil has been gushing since the rig ...,
    exploded off the coast" (a user test's top entry read "Oil exploded off the coast of Louisiana"): two clauses,
    the second's subject lost to a misparse."""
    if second.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in second.children):
        return False
    present = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _PRESENT_AUX_TAGS for c in first.children)
    if not present:
        return False
    # A modal, whatever joins them ("will be screened in cinemas and streamed online": no "streamed" of the past).
    if any(c.tag_ == "MD" for c in first.children):
        return True
    # A progressive, not a perfect ("He has worked here and moved to Paris" shares its "has", the tagger reading
    # "moved" as a simple past), and across a comma only: a progressive and a past joined by "and" or "or" share
    # their subject ("BP is drilling two relief wells and said on Monday ...", "The company has been exploring in the
    # gulf since 1996, and ... had interests in 350 leases").
    doc = first.doc
    joined_by_a_word = any(
        doc[i].dep_ == "cc" and doc[i].head.i in {first.i, second.i} for i in range(first.i + 1, second.i)
    )
    return first.tag_ == "VBG" and not joined_by_a_word


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """Of the subjects the parse gives one verb, a pronoun right before it (else the first): in "Oil clumps seabirds'
    feathers, leaving them without insulation -- and when they preen, they swallow it" both "feathers" and "they"
    hang on "swallow", and a headline read "Oil clumps seabirds' feathers swallow it"."""
    later = [s for s in subjects[1:] if s.i < verb.i and s.tag_ == "PRP"]
    return later[-1] if later else subjects[0]


def _joined(first: Token, second: Token) -> bool:
    """Whether a coordinating word or a comma stands between two verbs the parse coordinates: "looked in horror and
    fled" shares its subject; "Documents emerged showing BP PLC downplayed the possibility" (one run of words the
    parse read as "emerged ... downplayed") does not, and a user test's headline read "Documents downplayed the
    possibility"."""
    doc = first.doc
    # A "cc" of the first verb's, not one inside a noun phrase between ("showing BP and Transocean downplayed").
    return any(
        (doc[i].dep_ == "cc" and doc[i].head.i == first.i) or doc[i].text in (",", ";")
        for i in range(first.i + 1, second.i)
    )


def object_phrases(verb: Token) -> Iterator[Token]:
    """Objects of a verb, then objects of its prepositions and of an infinitive it governs."""
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS:
            yield child
    for child in verb.children:
        if child.dep_ == "prep":
            yield from (g for g in child.children if g.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "xcomp":
            yield from object_phrases(child)


def clause_tokens(head: Token, other_heads: set[int]) -> list[Token]:
    """The tokens of a clause: its head's subtree without the subtrees of other clause heads."""
    tokens: list[Token] = []
    pending = [head]
    while pending:
        token = pending.pop()
        tokens.append(token)
        pending.extend(c for c in token.children if c.i not in other_heads)
    return sorted(tokens, key=lambda t: t.i)


def has_condition(verb: Token) -> bool:
    """Whether a condition clause ("if ...", "once both sides agree") hangs on ``verb``."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in child.children
        ):
            return True
    return False
