"""Guards that keep an event's headline faithful to its sentence while the summary builder shortens it.

A headline may drop adverbials, trailing modifiers and other clauses, but must not change what the sentence says.
An audit of 163 Timeline17 headlines (BP oil spill, Haiti, H1N1, the financial crisis, Michael Jackson) found 52
garbled; the commonest ways were a dropped "that"/"whether" running two clauses together ("He told LiveScience It
eventually breaks up", "questions about BP underestimated the risk"), a second verb shown without the auxiliary and
negation it shares ("he did not cite ... or raise other alarms" headlined "he raise other alarms"), a coordinated
subject cut to its first part ("he and the BP engineers worked together": "he worked together"), words that came
before the subject put after it ("how hard it was": "it hard was"; "should a second wave appear": "a second wave
should appear"), and quotation marks, brackets or dashes left without their other half.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Span, Token

from dateline.analyze.clauses import CONDITION_MARKS

# Marks a complement clause keeps: without "that" two clauses run together ("One reason is an earlier outbreak
# found ..."), without "whether"/"if" a question reads as a fact ("questions about BP underestimated the risk").
_KEPT_MARKS = frozenset({"that", "whether", "if"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "pcomp", "acl", "csubj", "xcomp"})


def keeps_mark(mark: Token, clause: Token) -> bool:
    """Whether a summary keeps ``mark`` with the complement clause it opens ("said that", "about whether")."""
    return mark.dep_ == "mark" and mark.lower_ in _KEPT_MARKS and clause.dep_ in _COMPLEMENT_DEPS


def joint_subject(child: Token, parent: Token) -> bool:
    """Whether ``child`` is the "and ..." of a coordinated subject inside a kept clause: "he and the BP engineers
    worked together" is not "he worked together", "Containment and cleanup have taken too long" not "Containment
    have taken too long"."""
    return child.dep_ in ("cc", "conj") and _in_subject(parent)


def _in_subject(token: Token) -> bool:
    """Whether ``token`` is a subject or one of its coordinated parts ("the oysters", "the fish" of "the shrimp, the
    oysters, or the fish": the "or the fish" hangs on "oysters")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def list_comma(child: Token, parent: Token) -> bool:
    """Whether ``child`` is a comma between the parts of a coordinated subject, which a summary keeps with them
    (outside its length limit) where a later part is kept too: not "if the shrimp the oysters will ever come back"
    (a review)."""
    return child.dep_ == "punct" and child.text == "," and _in_subject(parent) and any(
        c.dep_ == "conj" and c.i > child.i for c in parent.children
    )


def listed_parts_kept(comma: Token, kept: Iterable[Token]) -> bool:
    """Whether the part after a ``list_comma`` is kept (else the comma goes: "for appliances, and may")."""
    ids = {t.i for t in kept}
    return any(c.dep_ == "conj" and c.i > comma.i and c.i in ids for c in comma.head.children)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_CONTRASTS = frozenset({"but", "yet", "instead", "rather"})


def borrowed_verb_group(head: Token) -> list[Token]:
    """The auxiliaries and negation a coordinated verb shares with the verb before it, having no subject nor
    auxiliary of its own and the form they govern: "he did not cite the potential or raise other alarms" does not
    raise them (a headline read "he raise other alarms"), "must be turned on and installed"."""
    first = head.head
    own = any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in head.children)
    if head.dep_ != "conj" or first.i == head.i or own:
        return []
    # Not the negation across "but": "He's not collecting them two-by-two, but by the hundreds, storing them".
    contrast = any(c.dep_ == "cc" and c.lower_ in _CONTRASTS and c.i < head.i for c in first.children)
    group = [c for c in first.children if c.dep_ in ("aux", "auxpass") + (() if contrast else ("neg",))
             and c.i < first.i]
    lemmas = {c.lemma_.lower() for c in group if c.dep_ != "neg"}
    fits = (
        (head.tag_ == "VB" and (lemmas & {"do", "to"} or any(c.tag_ == "MD" for c in group)))
        or (head.tag_ == "VBN" and lemmas & {"be", "have"})
        or (head.tag_ == "VBG" and "be" in lemmas)
    )
    return group if fits else []


def out_of_order(words: Iterable[Token], subject: Token | None, head: Token) -> bool:
    """Whether a headline keeps a word that comes before its own subject in the sentence, which sorted by position
    would read in another order than the sentence: "noticed how hard it was" headlined "it hard was", "should a
    second wave of swine flu appear" headlined "a second wave of swine flu should appear" (not a condition)."""
    if subject is None or subject.head.i != head.i:
        return False
    first = min(t.i for t in subject.subtree)
    # Also a question word the headline would leave out: "what the second wave might be" is not "the second wave
    # might be".
    asked = (c for c in head.children if c.tag_ in _WH_TAGS and c.dep_ in _FRONTED_DEPS)
    return any(t.i < first and (t.dep_ in _FRONTED_DEPS or t.tag_ in _WH_TAGS) for t in (*words, *asked))


_FRONTED_DEPS = frozenset({"aux", "auxpass", "acomp", "attr", "dobj", "oprd"})
_WH_TAGS = frozenset({"WP", "WDT", "WRB"})  # "what it is like": not "it what is like"


# Nominative pronouns that open a clause of their own; the parser sometimes hangs one on the noun before it as an
# apposition ("including petroleum - it clings to the hair" read "it" beside "petroleum", "clings" a noun).
_CLAUSE_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they"})


def clause_break(phrase: Token) -> int | None:
    """Where a misparsed second clause starts inside a phrase (a subject pronoun read as an apposition), so that
    a headline stops before it: "... including petroleum clings" ran two clauses together (an audit)."""
    breaks = [t.i for t in phrase.subtree if t.dep_ == "appos" and t.lower_ in _CLAUSE_PRONOUNS and t.i > phrase.i]
    return min(breaks, default=None)


# Openers and the closer each expects; a tokenized opening quote may be two backtick tokens ("` `" for "``").
_PAIRS = {"(": ")", "[": "]", "{": "}", "-LRB-": "-RRB-", "-LSB-": "-RSB-", "``": "''", "`": "''", "“": "”"}
_CLOSERS = frozenset(_PAIRS.values())
_DASHES = frozenset({"--", "—", "–", "-"})


def paired_marks(kept: set[Token]) -> set[Token]:
    """The tokens without a bracket or quotation mark whose other half is left out, and without a pair of dashes
    whose aside is left out: "National Oceanic Atmospheric Administration ( experts estimate ..." had kept the "("
    of a dropped "(NOAA)" (a user test), "`` Serving jail time may well be ..." its opening quote, "Such incidents
    -- -- require the president ..." both dashes."""
    if not kept:
        return kept
    partners: dict[int, list[Token] | None] = {}
    for sentence in {t.sent.start: t.sent for t in kept}.values():
        partners.update(_partners(sentence))
    unpaired = set()
    for token in kept:
        if token.i in partners:
            pair = partners[token.i]
            if pair is None or not all(p in kept for p in pair):
                unpaired.add(token)
    ordered = sorted(kept, key=lambda t: t.i)
    for before, after in pairwise(ordered):
        if before.text in _DASHES and after.text in _DASHES and after.i > before.i + 1 and before.whitespace_:
            unpaired.update((before, after))  # the aside between them left out
    return kept - unpaired


def _partners(sentence: Span) -> dict[int, list[Token] | None]:
    """For each bracket or quotation mark of a sentence (by index), the marks of its pair, both backticks of a
    "` `" included; None for a mark with no other half in the sentence."""
    units: list[list[Token]] = []
    for token in sentence:
        if token.text == "`" and units and units[-1][-1].text == "`" and units[-1][-1].i == token.i - 1:
            units[-1].append(token)  # the second backtick of "` `"
        elif token.text in _PAIRS or token.text in _CLOSERS or token.text == '"':
            units.append([token])
    stack: list[list[Token]] = []
    pairs: dict[int, list[Token] | None] = {t.i: None for unit in units for t in unit}
    straight = 0
    for unit in units:
        text = "``" if unit[0].text == "`" else unit[0].text
        opening = text in _PAIRS if text != '"' else straight % 2 == 0
        straight += text == '"'
        if opening:
            stack.append(unit)
            continue
        match = next((k for k in range(len(stack) - 1, -1, -1) if _closes(stack[k], text)), None)
        if match is not None:
            opener = stack.pop(match)
            pairs.update({t.i: opener + unit for t in opener + unit})
    return pairs


def _closes(opener: list[Token], closer: str) -> bool:
    """Whether ``closer`` closes the opening mark ``opener``."""
    text = "``" if opener[0].text == "`" else opener[0].text
    return _PAIRS.get(text, '"') == closer


_INNER_CLAUSE_DEPS = frozenset({"ccomp", "pcomp", "acl", "advcl", "relcl", "csubj"})


_SHORT_SUBJECT = 4  # words of a subject a cut clause gets back; a longer one loses its clause instead
_SUBJECT_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "case"})


def missing_subjects(kept: Iterable[Token], root: Token) -> tuple[list[Token], set[int]]:
    """For each clause inside a budget-cut phrase that kept its verb but lost its subject, the subject's head and
    the words before it to add back, or, when that is long, the clause's tokens to leave out: "a true picture of
    how the virus is spreading" was cut to "a true picture of is spreading" (an audit); its question word goes
    back with it, and a copula's short complement too ("the fact that most cases were" for "were relatively
    mild")."""
    kept_ids = {t.i for t in kept}
    added: list[Token] = []
    dropped: set[int] = set()
    for token in kept:
        if token.dep_ not in _INNER_CLAUSE_DEPS or token.i == root.i:
            continue
        added.extend(c for c in token.children if c.tag_ in _WH_TAGS and c.i < token.i and c.i not in kept_ids
                     and c.n_lefts + c.n_rights == 0)  # "of how the virus is spreading"
        for complement in (c for c in token.children if c.dep_ in ("acomp", "attr") and c.i not in kept_ids):
            words = list(complement.subtree)  # "the fact that most cases were `` relatively mild ''"
            if token.lemma_ == "be" and len(words) <= _SHORT_SUBJECT:
                added.extend(words)
            elif token.lemma_ == "be":
                dropped.update(t.i for t in token.subtree)
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in kept_ids):
            words = [subject, *(t for c in subject.children if c.dep_ in _SUBJECT_LEFT_DEPS and c.i < subject.i
                                for t in c.subtree)]
            if len(words) <= _SHORT_SUBJECT:
                added.extend(words)
            else:
                dropped.update(t.i for t in token.subtree)
    # An "and" whose other half the length limit cut: "letting the press and the public know" is not "letting
    # the press and know".
    dropped.update(t.i for t in kept if t.dep_ == "cc" and t.head.i not in dropped and not any(
        c.dep_ == "conj" and c.i in kept_ids and c.i not in dropped for c in t.head.children
    ))
    return added, dropped


def condition_mark(head: Token) -> Token | None:
    """The "if" or "unless" a clause the parse made a main clause opens with (its own, or that of the clause it is
    coordinated with, a modal main clause aside): "If his words come to be true and the two sides manage to remain
    on good terms, both could get a huge prize" was headlined "the two sides manage to remain on good terms"."""
    token = head
    while token.dep_ == "conj" and token.head.i != token.i and not any(c.tag_ == "MD" for c in token.children):
        if any(c.dep_ == "mark" for c in token.children):
            break
        token = token.head
    if token.dep_ not in ("ROOT", "conj") or (token is not head and token.dep_ != "ROOT"):
        return None
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS), None)
    if mark is None or any(t.is_punct for t in token.doc[mark.i : token.i]):
        return None  # "If efforts to reactivate it fail, BP will try ...": the parse hung the "if" on the main clause
    return mark


def indirect_question(head: Token) -> Token | None:
    """The clause that frames an indirect question opening with a question word, or an infinitive with a subject
    of its own, which a headline tells with its frame: "We still don't know ... what the second and third wave of
    damages might be" had been headlined "the second and third wave of damages might be", "noticed how hard it
    was" "it hard was". None otherwise."""
    token = head
    while token.dep_ == "conj" and token.head.i != token.i and not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        token = token.head  # not past a clause with its own subject ("... and you need to get medical attention")
    first = min(token.subtree, key=lambda t: t.i)
    # A question word that is the clause's subject or object, or part of a phrase ("how hard", "what evidence");
    # not one that only says how, where or when ("View how tourism and the coastline are at risk" tells that they
    # are), nor one opening an adverbial clause ("When money was plentiful, I was the first one ...").
    asks_what = first.tag_ in _WH_TAGS | {"WP$"} and (
        first.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "det", "pobj")
        or (first.dep_ == "advmod" and first.head.pos_ in ("ADJ", "ADV"))
        or (first.head.i == token.i and any(c.dep_ == "neg" for c in token.head.children))  # "don't see how ..."
    )
    verbal = token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i
    return token.head if token.dep_ == "ccomp" and (asks_what or _infinitive(token)) and verbal else None


def _infinitive(clause: Token) -> bool:
    """Whether a complement clause is an infinitive with a subject of its own, which tells nothing alone: "she
    expects them to resume Monday" had been headlined "them to resume", "Analysts expect BP to resume paying
    dividends" "BP to resume paying dividends"."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def fronted_clause(child: Token, parent: Token) -> bool:
    """Whether ``child`` is a complement clause written before the clause inside a phrase that governs it, which a
    headline leaves out: "Dr Murray is frustrated by negative media reports - he has to walk around 24/7" (the
    parser hangs the first clause on "has") ran as one clause in a headline."""
    return child.dep_ == "ccomp" and child.i < parent.i and parent.dep_ != "ROOT"


# Nouns and determiners that a relative clause right after them restricts: "people who are ill with flu should stay
# at home" is not "people should stay at home", "Any drugs his client may have given to Jackson were in response to
# a specific health complaint" not "Any drugs were ..." (an audit found both).
_RESTRICTED_NOUNS = frozenset({
    "people", "person", "anyone", "anybody", "everyone", "everybody", "someone", "those", "anything", "everything",
})  # fmt: skip
_RESTRICTING_DETS = frozenset({"any", "all", "every", "each", "no"})


def restricting_relative(clause: Token) -> bool:
    """Whether a relative clause restricts a quantified or general noun it follows with no comma between, so that
    the noun without it says something else."""
    noun = clause.head
    if clause.dep_ != "relcl" or clause.i < noun.i:
        return False
    first = min(t.i for t in clause.subtree)
    if any(noun.doc[i].is_punct for i in range(noun.i + 1, first)):
        return False
    return noun.lower_ in _RESTRICTED_NOUNS or any(
        c.dep_ == "det" and c.lower_ in _RESTRICTING_DETS for c in noun.children
    )


# Adverbs that a negation's scope turns: "companies don't always get top billing" is not "companies don't get top
# billing", "we can't solely blame BP" not "we can't blame BP" (an audit found both).
_SCOPE_ADVERBS = frozenset({"always", "solely", "only", "necessarily", "entirely", "fully", "completely"})


def negated_scope(adverb: Token) -> bool:
    """Whether ``adverb`` limits a negated verb's claim, so that a headline without it says more than the source."""
    return adverb.lower_ in _SCOPE_ADVERBS and any(c.dep_ == "neg" for c in adverb.head.children)


def misread_wells(words: Iterable[Token]) -> list[Token]:
    """A "well" the tagger read as an adverb right after a kept noun, which it completes: "BP is drilling a relief
    well" was headlined "BP is drilling a relief", "the Macondo 252 well is effectively dead" lost its "well"."""
    found = []
    for token in words:
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.lower_ == "well" and following.pos_ != "NOUN" and token.tag_ in (
            "NN", "NNP", "CD"
        ):
            found.append(following)
    return found
