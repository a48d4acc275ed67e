"""Parts of an event besides its kind and date: actors, attribution, quantities and a summary."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.analyze.clause_numbers import SCALE_WORDS
from dateline.analyze.headline_guards import (
    borrowed_verb_group,
    clause_break,
    condition_mark,
    fronted_clause,
    joint_subject,
    keeps_mark,
    list_comma,
    listed_parts_kept,
    misread_wells,
    missing_subjects,
    negated_scope,
    out_of_order,
    paired_marks,
    restricting_relative,
)
from dateline.analyze.quote_cues import SPEECH_VERBS
from dateline.analyze.roles import ROLE_NOUNS
from dateline.analyze.tense import shared_auxiliaries
from dateline.records import Mention

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_THING_PRONOUNS = frozenset({"it", "they", "them"})
_PRONOUNS = _PERSON_PRONOUNS | _THING_PRONOUNS
_NON_PERSON_ACTORS = frozenset({"COUNTRY", "GOVERNMENT", "ORG", "GROUP", "MEDIA"})
_LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
_SUBJECT_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_PLACE_MODIFIER_KINDS = frozenset({"CITY", "PLACE"})
_SUMMARY_DEPS = frozenset({"dobj", "dative", "prt", "xcomp", "prep", "attr", "acomp", "ccomp", "oprd", "agent"})
_SUMMARY_SKIP_DEPS = frozenset({"advcl", "relcl", "appos", "punct", "mark", "cc", "conj", "parataxis"})
_SUMMARY_MAX_TOKENS = 14


class MentionIndex:
    """Mentions sorted by offset, for lookups by character span."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions overlapping the character span [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        while i > 0 and self._mentions[i - 1].end > start:
            i -= 1
        found: list[Mention] = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            if self._mentions[i].end > start:
                found.append(self._mentions[i])
            i += 1
        return found

    def before(self, offset: int, kinds: frozenset[str]) -> Mention | None:
        """The last mention of one of ``kinds`` that ends before ``offset``."""
        i = bisect.bisect_left(self._starts, offset)
        for mention in reversed(self._mentions[:i]):
            if mention.kind in kinds and mention.end <= offset:
                return mention
        return None


def _pronoun_mention(token: Token, index: MentionIndex) -> Mention | None:
    """The antecedent of a personal pronoun: the nearest earlier person, or country/organisation."""
    if token.lower_ in _PERSON_PRONOUNS:
        return index.before(token.idx, frozenset({"PERSON"}))
    if token.lower_ in _THING_PRONOUNS:
        return index.before(token.idx, _NON_PERSON_ACTORS)
    return None


def _on_token(token: Token, index: MentionIndex) -> Mention | None:
    """The mention covering ``token``, if any."""
    found = index.within(token.idx, token.idx + len(token.text))
    return found[0] if found else None


def subject_mention(subject: Token, index: MentionIndex) -> Mention | None:
    """Who a subject phrase names: its head, or a possessor or modifier of the head ("Erdogan's office").

    Names deeper inside ("the round of talks between Ukraine and Russia") are not the actor, nor are
    places used as modifiers ("the Istanbul meetings").
    """
    if subject.lower_ in _PRONOUNS:
        return _pronoun_mention(subject, index)
    found = _on_token(subject, index)
    if found is not None:
        return found
    if (titled := _name_after_title(subject, index)) is not None:
        return titled
    for child in subject.children:
        if child.dep_ in _SUBJECT_MODIFIER_DEPS:
            mention = _on_token(child, index)
            if mention is not None and mention.kind not in _PLACE_MODIFIER_KINDS:
                return mention
    return None


def _name_after_title(subject: Token, index: MentionIndex) -> Mention | None:
    """The person a title subject introduces when the parse split them: in "President Barack Obama of the United
    States flew to Hawaii" the model made "President" the subject and "Barack Obama" something else (a review found
    the headline "President flew to Hawaii")."""
    following = subject.nbor(1) if subject.i + 1 < len(subject.doc) else None
    if following is None or subject.lower_.rstrip(".") not in ROLE_NOUNS or not subject.is_title:
        return None
    mention = _on_token(following, index)
    return mention if mention is not None and mention.kind == "PERSON" and mention.start == following.idx else None


def _object_mentions(phrase: Token, index: MentionIndex) -> list[tuple[Mention, bool]]:
    """Mentions inside an object phrase, each with whether a location preposition governs it."""
    pronoun = _pronoun_mention(phrase, index)
    if pronoun is not None:
        return [(pronoun, False)]
    found: list[tuple[Mention, bool]] = []
    for token in phrase.subtree:
        mention = _on_token(token, index)
        if mention is None or any(m is mention for m, _ in found):
            continue
        at_place = False
        current = token
        while current.i != phrase.head.i and current.head.i != current.i:
            if current.dep_ == "pobj" and current.head.lower_ in _LOCATION_PREPS:
                at_place = True
                break
            current = current.head
        found.append((mention, at_place))
    return found


@dataclass(frozen=True)
class EventParts:
    """Who acted, on whom, and where, as actor keys."""

    actor_key: str | None
    actor_text: str | None
    target_key: str | None
    location: str | None

    @classmethod
    def collect(
        cls, head: Token, verb: Token, subject: Token | None, objects: list[Token],
        index: MentionIndex, place_kinds: frozenset[str],
    ) -> EventParts:
        """Find actor, target and location among the subject and object phrases of a clause."""
        actor = subject_mention(subject, index) if subject is not None else None
        actor_key = actor.actor_key if actor is not None else None
        target: Mention | None = None
        location: Mention | None = None
        if verb.i != head.i:
            objects = objects + [g for c in head.children if c.dep_ == "prep" for g in c.children
                                 if g.dep_ == "pobj"]
        for phrase in objects:
            for mention, at_place in _object_mentions(phrase, index):
                if mention.actor_key == actor_key:
                    continue
                if at_place and mention.kind in place_kinds:
                    location = location or mention
                elif target is None and not at_place:
                    target = mention
        if target is None and subject is not None:
            partners = (subject_mention(c, index) for c in subject.children if c.dep_ == "conj")
            target = next((m for m in partners if m is not None and m.actor_key != actor_key), None)
        named = actor is not None and subject is not None and subject.lower_ not in _PRONOUNS
        # The summary names the actor by its mention only when the mention is the subject's head: "Mexican
        # authorities ordered" is not "Mexican ordered", "the Scottish health secretary" is not "Scottish".
        heads = named and actor is not None and subject is not None and actor.start <= subject.idx < actor.end
        titled = named and actor is not None and subject is not None and _name_after_title(subject, index) is actor
        return cls(
            actor_key=actor_key,
            actor_text=(
                f"{subject.text} {actor.text}" if titled and actor is not None and subject is not None
                else actor.text if heads and actor is not None else None
            ),
            target_key=target.actor_key if target is not None else None,
            location=location.actor_key if location is not None else None,
        )


def _short_text(token: Token, max_tokens: int = 8) -> str:
    """A noun phrase's text; a long one keeps only its head and what comes before it."""
    # Relative clauses and appositions go whole, except a name after a title: "The health secretary, Alan
    # Johnson" keeps the name; "Hakan Fidan, the foreign minister" is "Hakan Fidan".
    asides = {
        t.i for c in token.subtree if c.dep_ in {"relcl", "appos"}
        and not (c.dep_ == "appos" and c.head.i == token.i and c.pos_ == "PROPN" and token.pos_ != "PROPN")
        and not (c.dep_ == "appos" and _unmarked(c))
        for t in c.subtree
    }
    subtree = [t for t in token.subtree if t.i not in asides]
    if len(subtree) > max_tokens:
        head = [t for t in subtree if t.i <= token.i][-max_tokens:]
        # A common noun keeps what it is of: "The fate of the Clean Power Plan", "The Feb. 13 death of conservative
        # Justice Antonin Scalia", not "The fate was thrown into question" (an audit found such headlines unclear).
        of = _of_phrase(token, asides)
        subtree = head + of if of and len(head) + len(of) <= 2 * max_tokens else head
    kept = paired_marks(set(subtree))
    return _join([t for t in subtree if t in kept]).strip(" ,")


def _of_phrase(noun: Token, asides: set[int]) -> list[Token]:
    """The "of" phrase right after a common noun, without its own coordinated, relative or clausal parts."""
    if noun.pos_ != "NOUN":
        return []
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if of is None or not objects:
        return []
    cut = {t.i for c in objects[0].children if c.dep_ in {"cc", "conj", "relcl", "acl", "appos", "prep"}
           for t in c.subtree}
    return [of] + [t for t in objects[0].subtree if t.i not in cut and t.i not in asides and not t.is_punct]


def _coordinated(subject: Token) -> str:
    """A coordinated subject, each of its parts shortened as a subject is: "The former secretary of state Hillary
    Clinton and the New York businessman Donald Trump" had lost its second part to the length limit (a review)."""
    whole = _short_text(subject, 12)
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    if all(conjunct.text in whole for conjunct in conjuncts):
        return whole
    cut = {t.i for c in subject.children if c.dep_ in {"conj", "cc", "punct"} for t in c.subtree}
    head = _join([t for t in subject.subtree if t.i not in cut and t.i <= subject.i][-10:])
    others = [_short_text(c, 6) for c in conjuncts]
    return " and ".join([", ".join([head, *others[:-1]]), others[-1]]) if others else head


def _unmarked(apposition: Token) -> bool:
    """An apposition with no punctuation before it is the model's misreading of one noun phrase ("A magnitude 7.0
    earthquake"), not an aside."""
    doc = apposition.doc
    start, end = sorted((apposition.head.i, apposition.left_edge.i))
    return not any(doc[i].is_punct for i in range(start + 1, end))


def _join(tokens: Sequence[Token]) -> str:
    """Tokens as text, keeping the original spacing between neighbours and one space across gaps; a hyphen or
    slash left out between two kept words it joins is written back ("Port-au-Prince", not "Port au Prince")."""
    parts = []
    for i, t in enumerate(tokens):
        following = tokens[i + 1].i if i + 1 < len(tokens) else None
        if following == t.i + 1:
            parts.append(t.text_with_ws)
        elif following == t.i + 2 and not t.whitespace_ and _joins(t.doc[t.i + 1]):
            parts.append(t.text + t.doc[t.i + 1].text)
        else:
            parts.append(f"{t.text} ")
    return "".join(parts).strip()


# Marks that join two words written without spaces: "Port-au-Prince", "oil-water", "and/or".
_HYPHENS = frozenset({"-", "–", "/"})


def _joins(token: Token) -> bool:
    """A hyphen or slash written between two words without spaces."""
    return token.text in _HYPHENS and not token.whitespace_


def _speaker_text(speaker: Token, index: MentionIndex) -> str:
    """How to name a speaker: the phrase, or the person a pronoun stands for."""
    pronoun = _pronoun_mention(speaker, index)
    return pronoun.text if pronoun is not None else _short_text(speaker)


def according_to(sentence: Span) -> Token | None:
    """The object of "according to X" in a sentence, if any."""
    for word in sentence:
        if word.lower_ == "according":
            objects = [g for c in word.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def attribution_of(
    head: Token, speech_verbs: frozenset[str], index: MentionIndex, according: Token | None
) -> tuple[str | None, bool]:
    """Who reported a clause ("Erdogan's office", "the Turkish presidency") and whether it is only reported.

    A clause is reported when it is the complement of a speech verb, or its sentence says "according
    to X" (``according`` is X). Speech acts themselves are not reported: the speaker is their actor.
    """
    if head.lemma_.lower() in speech_verbs:
        return None, False
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in speech_verbs:
        speaker = next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return (_speaker_text(speaker, index) if speaker is not None else None), True
    if according is not None:
        return _short_text(according), True
    return None, False




def _filtered_subtree(token: Token, budget: int) -> list[Token]:
    """A phrase's tokens without adjunct clauses, relative clauses and appositions, at most ``budget``."""
    kept: list[Token] = []
    marks: list[Token] = []  # "that", "whether" opening a clause inside: kept beyond the budget
    pending = [token]
    while pending and len(kept) < budget:
        current = pending.pop()
        kept.append(current)
        # A verb keeps its auxiliaries and negation whatever the budget: cut between "wo" and "n't", "what happened
        # at the Macondo well won't happen" was headlined "... well wo happen" (a traceability audit); a clause
        # inside also its subject pronoun: "with the refrain I can't answer", not "... can't".
        bound = [c for c in current.children if _bound_to_verb(c, current, inner=current is not token)]
        kept.extend(bound)
        marks.extend(c for c in current.children if keeps_mark(c, current) or list_comma(c, current))
        # A number keeps its coordinated other end: "between 250,000 and 500,000 people", not "between 250,000".
        kept_children = [
            c for c in current.children
            if c not in bound and not keeps_mark(c, current) and not fronted_clause(c, current)
            and (
                c.dep_ not in _SUMMARY_SKIP_DEPS or _range_end(current, c) or _infinitive_relative(c)
                or joint_subject(c, current) or _says_what_it_is(c) or _figure_beside(c)
            )
        ]
        pending.extend(reversed(kept_children))
    if (cut := clause_break(token)) is not None:
        kept, pending = [t for t in kept if t.i < cut], [token]  # "including petroleum - it clings to the hair"
    kept = _without_bare_nouns(kept, token) if pending else kept
    return kept + [m for m in marks if m.head in kept and (m.dep_ == "mark" or listed_parts_kept(m, kept))]


# Words before a noun that a phrase cut by the budget must not lose while keeping the noun.
_LEFT_MODIFIER_DEPS = frozenset({"det", "amod", "nummod", "poss", "quantmod"})
_DROPPABLE_DEPS = frozenset({"pobj", "dobj", "npadvmod", "conj", "appos"})  # never a subject: the clause needs it


# Words that are a preposition only with the next one: "according to", "because of", "due to", "instead of".
_COMPOUND_PREPOSITIONS = frozenset({"according", "because", "due", "instead", "prior", "owing", "thanks", "regardless"})


def _without_bare_nouns(kept: list[Token], root: Token) -> list[Token]:
    """A budget-cut phrase without the words it kept bare of their modifiers: "refused to answer last year" cut to
    "... refused to answer year" (an audit found such headlines) loses "year" too."""
    added, dropped = missing_subjects(kept, root)
    kept = kept + added + _bare_complement_words(kept, root)
    kept_ids = {t.i for t in kept}
    for token in sorted(kept, key=lambda t: t.i):
        if token.i == root.i or token.i in dropped or token.pos_ == "PROPN" or token.dep_ not in _DROPPABLE_DEPS:
            continue
        if any(c.i < token.i and c.dep_ in _LEFT_MODIFIER_DEPS and c.i not in kept_ids for c in token.children):
            dropped.update(t.i for t in token.subtree)
            if token.dep_ == "pobj" and token.head.dep_ == "prep":
                dropped.add(token.head.i)  # nor a preposition left without its object ("families in")
    changed = True
    while changed:
        # A preposition the budget cut before its object: "5,000 barrels a day of are spilling" (a user test); with
        # the words that lean on it ("such" of "such as"), and a preposition whose own preposition went so
        # ("according" of "according to"), also when the phrase is the preposition alone (a verb's last complement
        # cut by the budget to "according").
        changed = False
        for token in kept:
            if token.dep_ != "prep" or token.i in dropped:
                continue
            objects = [
                c for c in token.children
                if c.dep_ in ("pobj", "pcomp") or (c.dep_ == "prep" and token.lower_ in _COMPOUND_PREPOSITIONS)
            ]
            if objects and not any(c.i in kept_ids and c.i not in dropped for c in objects):
                dropped.add(token.i)
                dropped.update(c.i for c in token.children if c.i < token.i)  # "such" of "such as"
                changed = True
    return [] if root.i in dropped else [t for t in kept if t.i not in dropped]


_COMPLEMENT_DEPS = frozenset({"oprd", "attr", "acomp"})


def _bare_complement_words(kept: list[Token], root: Token) -> list[Token]:
    """The one-word modifiers a kept complement of "be" or "consider" lost to the budget, put back: "could not be
    considered genuine negotiations" is not "could not be considered negotiations" (the demo's headline). Such a
    complement is what the clause says, so it is not dropped as a bare noun is."""
    kept_ids = {t.i for t in kept}
    return [
        child
        for token in kept if token.dep_ in _COMPLEMENT_DEPS and token.i != root.i
        for child in token.children
        if child.i < token.i and child.dep_ in _LEFT_MODIFIER_DEPS and child.i not in kept_ids
        and not list(child.children)
    ]


# Adverbs without which a summary says the opposite or overstates: "has yet to win", "no longer leads",
# "almost collapsed", "barely survived".
MEANING_ADVERBS = frozenset({"yet", "never", "longer", "almost", "nearly", "barely", "hardly", "scarcely", "not"})


_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})
_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "#"})  # "#" is how some tokenized texts write "£"


def _is_currency_sign(token: Token) -> bool:
    """A currency sign, as the tagger reads it or as written ("$", "£", and "#" for "£" in tokenized texts)."""
    return token.tag_ == "$" or token.text in _CURRENCY_SIGNS


def _bound_to_verb(child: Token, parent: Token, inner: bool) -> bool:
    """Whether a summary keeps ``child`` with ``parent`` whatever its length: an auxiliary or negation, a number's
    currency sign, and in a clause inside the phrase (``inner``) the verb's subject pronoun."""
    if child.dep_ in _VERB_GROUP_DEPS:
        return True
    if parent.like_num and _is_currency_sign(child):
        return True  # "$78,000" is not "78,000" (an audit found the sign cut off by the summary's length)
    return inner and parent.pos_ in {"VERB", "AUX"} and child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PRON"


# Adverbs of direction that complete a verb like its object: "sent the case back to the district court", "turned
# the protesters away" (an audit found "the court of appeals sent the case").
_DIRECTION_ADVERBS = frozenset({
    "back", "away", "out", "off", "down", "up", "home", "abroad", "forward", "together", "apart", "aside", "overseas",
})  # fmt: skip


def _completes(child: Token) -> bool:
    """Whether a verb's child after it belongs in its summary: an object, complement or preposition, an adverb of
    direction, or a measure ("fell 3 percent", "dropped 120 points": a user test's headline read "Shares of
    Transocean Ltd fell")."""
    return (
        child.dep_ in _SUMMARY_DEPS
        or (child.dep_ == "advmod" and child.lower_ in _DIRECTION_ADVERBS)
        or (
            child.dep_ == "npadvmod" and child.lemma_.lower() not in _TIME_UNITS
            and any(c.dep_ == "nummod" and c.like_num for c in child.children)
        )
    )


# A number of these is when, not how much: "ended 10 minutes after they began".
_TIME_UNITS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade", "century",
})  # fmt: skip


# Nouns that say nothing without their relative clause: "different questions than the ones he refused to answer",
# "it's the way this committee should operate" (an audit found both cut to "the ones", "the way").
_EMPTY_HEADS = frozenset({
    "one", "ones", "way", "kind", "sort", "thing", "things", "something", "anything", "everything", "nothing",
    "those", "that", "what", "all",
})  # fmt: skip


def _says_what_it_is(clause: Token) -> bool:
    """Whether a relative clause is what its noun means: its head is an empty noun ("the ones", "the way")."""
    return (clause.dep_ == "relcl" and clause.head.lower_ in _EMPTY_HEADS) or restricting_relative(clause)


def _figure_beside(child: Token) -> bool:
    """Whether an apposition is a figure written right after its noun, which it measures: "fined a record $87m" (the
    parser hangs "$87m" on "record"; a user test's headline read "BP was fined a record by US safety regulators").
    Not one set off by a comma ("Tony Hayward, 53,")."""
    if child.dep_ != "appos":
        return False
    first = min(child.subtree, key=lambda t: t.i)
    return first.i == child.head.i + 1 and any(t.like_num or t.tag_ == "$" for t in child.subtree)


def _infinitive_relative(clause: Token) -> bool:
    """Whether a relative clause is an infinitive right after its noun, part of what the noun means: "has work to
    do" (a user test's entry headline read "Clinton has work"), "things to talk about"."""
    first = min(clause.subtree, key=lambda t: t.i)
    return clause.dep_ == "relcl" and first.lower_ == "to" and first.i == clause.head.i + 1


def _range_end(number: Token, child: Token) -> bool:
    """Whether ``child`` joins a number, or a counted noun, to the other end of its range ("250,000 and 500,000",
    "between 130,000 barrels and 270,000 barrels": a user test's headline had lost the upper bound)."""
    if child.dep_ not in ("cc", "conj"):
        return False
    other = child if child.dep_ == "conj" else next((c for c in number.children if c.dep_ == "conj"), None)
    return other is not None and _counted(number) and _counted(other)


def _counted(token: Token) -> bool:
    """A number, or a noun a number counts ("270,000 barrels")."""
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _shared_predicate(verb: Token) -> Token | None:
    """The verb coordinated right after ``verb`` that shares its subject ("owned and operated"), if any."""
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and child.i > verb.i and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children
        ):
            return child
    return None


def summarize(head: Token, verb: Token, subject: Token | None, parts: EventParts) -> str:
    """A short readable summary from the sentence: actor, verb group and the first complements."""
    # "could keep oil off the coast but push the shrimp", "did not cite the potential or raise other alarms"
    verb_group = {head, verb, *shared_auxiliaries(head), *borrowed_verb_group(head)}
    for token in (head, verb):
        verb_group.update(c for c in token.children if c.dep_ in {"aux", "auxpass", "neg", "prt"})
        verb_group.update(c for c in token.children if c.dep_ == "acomp" and c.i < verb.i)
        for adverb in (c for c in token.children if c.dep_ == "advmod" and (
            c.lower_ in MEANING_ADVERBS or negated_scope(c)  # "don't always get", "can't solely blame BP"
        )):
            if subject is None or adverb.i > subject.i:  # not a sentence's opening "Yet, ..."
                verb_group.update(adverb.subtree)  # "has yet to win" is not "has to win"; "no longer leads"
        for phrase in (c for c in token.children if c.dep_ == "prep" and _negating_phrase(c)):
            verb_group.update(phrase.subtree)  # "I can in no way imagine" is not "I can imagine" (an audit)
    complement: list[Token] = []
    for child in verb.children:
        if child.i > verb.i and _completes(child) and len(complement) < _SUMMARY_MAX_TOKENS:
            complement.extend(_filtered_subtree(child, _SUMMARY_MAX_TOKENS - len(complement)))
    if not complement and (shared := _shared_predicate(verb)) is not None:
        # "The rig was owned and operated by Transocean", "Police arrested and charged the man": the first of two
        # coordinated verbs shares the second's complements, without which it tells nothing ("The rig was owned").
        verb_group.update(c for c in verb.children if c.dep_ == "cc" and c.i < shared.i)  # not a later "but"
        verb_group.add(shared)
        verb_group.update(c for c in shared.children if c.dep_ in {"aux", "auxpass", "neg", "prt"})
        for child in shared.children:
            if child.i > shared.i and _completes(child) and len(complement) < _SUMMARY_MAX_TOKENS:
                complement.extend(_filtered_subtree(child, _SUMMARY_MAX_TOKENS - len(complement)))
    quoted = ""
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None and not complement and verb.lemma_.lower() in SPEECH_VERBS:
        # What was said written first and parsed as an adjunct: "Commit hara-kiri, suggests Louisiana congressman" (a
        # user test's headline was "Louisiana congressman suggests"); not a participle or a "when" clause ("Asked
        # about the leak, Hayward said nothing").
        said = next((c for c in verb.children if c.dep_ in {"advcl", "parataxis"} and c.i < verb.i
                     and c.tag_ in {"VB", "VBD", "VBZ", "VBP"}
                     and not any(g.dep_ == "mark" or g.tag_ in {"WRB", "WP"} for g in c.children)), None)
    fronted = said is not None and said.i < verb.i
    if (not complement or fronted) and said is not None and verb.lemma_.lower() in SPEECH_VERBS:
        # "“We are pleased to have witnessed the swaps,” he said", "Leaflets are to be sent to every home, the
        # department said on Wednesday": what was said is the news, not "he said" or "said on Wednesday".
        complement = []
        quote = sorted(whole_figures(_filtered_subtree(said, _SUMMARY_MAX_TOKENS)), key=lambda t: t.i)
        opening = [t for t in quote if t.dep_ == "mark" and t.lower_ == "that" and t.head.i == said.i]
        quote = sorted(paired_marks(set(quote) - set(opening)), key=lambda t: t.i)
        said_text = _join([t for t in quote if not t.is_punct or t.i != quote[-1].i]).strip(" “”\"',")
        quoted = f": {said_text}" if said_text else ""  # not "Wheaton said:" where the length limit left nothing
    words = sorted(paired_marks(whole_figures(verb_group | set(complement))), key=lambda t: t.i)
    words = sorted({*words, *misread_wells(words)}, key=lambda t: t.i)  # "a relief well", not "a relief"
    if subject is not None and asks(head):
        # "Do I think that it's a huge deal?" is a question, not "I Do think it's a huge deal" (an audit).
        wh = [c for c in head.children if c.tag_ in {"WRB", "WP", "WDT"} and c.i < subject.i]  # "Where is ..."
        asked = sorted(set(words) | set(_filtered_subtree(subject, 6)) | set(wh), key=lambda t: t.i)
        return _join(asked).replace(" ,", ",") + quoted + "?"
    if out_of_order(words, subject, head):
        return _as_written(head, words)  # "how hard it was", not "it hard was"
    predicate = _join(words) + quoted
    restricted = subject is not None and any(restricting_relative(c) for c in subject.children)
    if restricted and subject is not None and len(list(subject.subtree)) <= _SUMMARY_MAX_TOKENS:
        actor, restricted = _join(list(subject.subtree)), False  # "Any drugs his client may have given to Jackson"
    elif subject is not None and any(c.dep_ == "conj" for c in subject.children):
        actor = _coordinated(subject)  # "Hillary Clinton and Donald Trump are contesting Ohio", not one of them
    elif parts.actor_text:
        actor = parts.actor_text
    elif subject is not None:
        actor = _short_text(subject, 6)
    elif any(c.dep_ == "expl" for c in verb.children):
        actor = next(c.text for c in verb.children if c.dep_ == "expl")  # "There were too many other things"
    else:
        actor = ""
    if (restricted or not actor) and not quoted and words and _finite(head, verb):
        # The parser found no subject of a finite clause ("Many more remain uncollected", "In Leogane, between
        # 5,000 and 10,000 people were killed" read as a preposition's object): a fact-checker's audit found 20 of
        # 54 headlines garbled, "remain uncollected in the streets" among them. The clause as written says who.
        return _as_written(head, words)
    if (condition := condition_mark(head)) is not None:
        actor = f"{condition.lower_} {actor}".strip()  # "if the two sides manage to remain on good terms"
    if actor and predicate.startswith(("'", "’", "n't", "n’t")):
        return f"{actor}{predicate}".replace(" ,", ",")  # "It's a fascinating insight", not "It 's"
    return f"{actor} {predicate}".strip().replace(" ,", ",")


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite(head: Token, verb: Token) -> bool:
    """Whether a clause's verb group is finite, so that it must have a subject (not an imperative, infinitive or
    participle; nor a negative imperative, whose "do" opening the clause the tagger reads as present: "don't panic",
    a review; "They do not expect ..." is finite)."""
    group = [head, verb, *(c for t in (head, verb) for c in t.children if c.dep_ in ("aux", "auxpass"))]
    finite = [t for t in group if t.tag_ in _FINITE_TAGS]
    opening = min((t.i for t in head.subtree if not (t.is_punct or t.dep_ == "cc")), default=head.i)
    return bool(finite) and not (head.tag_ == "VB" and all(t.lemma_.lower() == "do" and t.i == opening for t in finite))


# A clause written out from its first word runs at most this many tokens; a longer one starts after the adverbials
# it opens with ("When a young boy ... became the earliest confirmed case, the CDC was re-examining ...").
_AS_WRITTEN_MAX_TOKENS = 30
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_FRONTED_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "punct", "cc", "mark", "intj"})


def _as_written(head: Token, words: Sequence[Token]) -> str:
    """The clause as written, from its first word (of the first of coordinated clauses, which share its subject)
    to the summary's last word: faithful where the parse lost the subject. A long clause starts after the
    adverbials it opens with, up to the one that holds the subject, else after a mark of its own that leaves who
    ("Here is a simple fix, make a concrete dome, ..., what is inside the dome is pumped out": a review found
    headlines of up to 60 words, all opening adverbials kept where only the last held the subject)."""
    opening = head
    while opening.dep_ == "conj" and opening.head.i != opening.i and opening.head.pos_ in ("VERB", "AUX"):
        opening = opening.head
    if opening.dep_ == "acl" and opening.tag_ == "VBD" and opening.head.dep_ == "ROOT":
        opening = opening.head  # "the Paris Club ..., called on other nations": the subject read as the root
    start, end = opening.left_edge.i, max(max(t.i for t in words), head.i) + 1
    doc = head.doc
    for child in sorted(opening.children, key=lambda c: c.i):
        if child.right_edge.i < start:
            continue  # a comma already passed
        if end - start <= _AS_WRITTEN_MAX_TOKENS or child.left_edge.i != start or child.dep_ not in _FRONTED_DEPS:
            break
        after = _past_marks(doc, child.right_edge.i + 1, opening.i)  # "In June of that year, while ..."
        if not _says_who(doc[after:opening.i]):
            break  # what it opens with holds the subject: long, but it says who
        start = after
    if end - start > _AS_WRITTEN_MAX_TOKENS:
        # Still long: from the last of its parts, after a mark of the clause's own, that says who.
        marks = (t.i for t in doc[start:opening.i] if t.is_punct and t.head.i in (opening.i, head.i))
        start = next((
            after for after in (_past_marks(doc, i + 1, opening.i) for i in marks)
            if end - after <= _AS_WRITTEN_MAX_TOKENS and _says_who(doc[after:opening.i])
        ), start)
    span = set(doc[start:end])
    kept = paired_marks(span)  # "(sorry can not remember the name" (a review)
    written = sorted(kept, key=lambda t: t.i)
    if written and written[0].dep_ == "mark" and written[0].lower_ == "that":
        written = written[1:]  # "Analysts said that blaming the oil industry ... would help": not "that blaming ..."
    while written and written[0].text in _EDGE_MARKS:
        written = written[1:]
    while written and written[-1].text in _EDGE_MARKS:
        written = written[:-1]
    return _join(written)


# Marks a clause written out does not open or end with (a token's own hyphens stay: "-LRB-", the bracket as some
# tokenized texts write it, had lost its first one).
_EDGE_MARKS = frozenset({",", ";", ":", "-", "--", "–", "—"})


def _past_marks(doc: Doc, i: int, stop: int) -> int:
    """The first token from ``i`` on (before ``stop``) that is no punctuation mark."""
    while i < stop and doc[i].is_punct:
        i += 1
    return i


def _says_who(tokens: Span) -> bool:
    """Whether a stretch before a clause's verb may hold its subject (a noun, name, pronoun or number)."""
    return any(t.pos_ in _SUBJECT_POS for t in tokens)


# Scale words written after a figure: "$87m", "$5.6 bn", "2.5 m litres", "$2.39 billion".
_FIGURE_SCALES = SCALE_WORDS | {"k", "m", "mn", "mln", "b", "bn", "bln", "tn", "lakh", "crore"}


def whole_figures(tokens: Iterable[Token]) -> set[Token]:
    """The tokens with the rest of each figure and each hyphenated word one of them is part of: a summary keeps
    "$87m", "$2.39 billion" and "an oil-water mix" whole, or leaves them out. A user test's headlines read "fined a
    record $87" (for "$87m"), "up from $ billion" (for "$2.39 billion"), "of an water mix"."""
    kept = set(tokens)
    if not kept:
        return kept
    groups: list[list[Token]] = [[]]
    for token in next(iter(kept)).sent:
        if groups[-1] and not _same_unit(groups[-1][-1], token):
            groups.append([])
        groups[-1].append(token)
    for group in groups:
        if len(group) > 1 and kept.intersection(group):
            kept.update(group)
    return kept


def _same_unit(previous: Token, token: Token) -> bool:
    """Whether ``token`` continues the figure or the hyphenated word ``previous`` is part of."""
    if _is_currency_sign(previous) and token.like_num:
        return True  # "$ 87", "# 3.6"
    if previous.like_num and token.lower_ in _FIGURE_SCALES:
        return True  # "87 m", "5.6 bn", "2.39 billion"
    if previous.whitespace_:
        return False
    return (token.text in _HYPHENS and previous.is_alpha) or (previous.text in _HYPHENS and token.is_alpha)


def asks(head: Token) -> bool:
    """Whether the clause of ``head`` is a question, ending with a question mark or in a sentence that does: its
    auxiliary comes before its subject ("Do I think ...", "Will they stay ..."), or a question word is its subject
    ("What happened to the money?")."""
    doc = head.doc
    ends = [doc[i].text for i in range(head.right_edge.i, min(len(doc), head.right_edge.i + 3))]
    asked = head.sent.text.rstrip(" \"'”’").endswith("?") or "?" in ends[:2] or ends[1:3] == ["\"", "?"]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or not asked:
        return False
    if subject.tag_ in {"WP", "WDT"}:
        return True
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    first = min(auxiliaries, key=lambda t: t.i) if auxiliaries else head if head.pos_ == "AUX" else None
    return first is not None and first.i < subject.i


def _negating_phrase(preposition: Token) -> bool:
    """"in no way", "by no means", "at no time", "under no circumstances": a phrase that negates its verb."""
    return any(
        child.dep_ == "pobj" and any(det.lower_ == "no" for det in child.children if det.dep_ == "det")
        for child in preposition.children
    )
