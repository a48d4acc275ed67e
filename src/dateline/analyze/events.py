"""Events: one record per clause that reports a happening, dated, with actors, kind and modality.

Dates come from the temporal tagger through ``event_dates``. Modality separates what happened from
what was planned, proposed, conditional, denied or only reported, so that "Turkey is prepared to host
discussions once both sides agree" is not a meeting that took place, and "Putin has repeatedly
declined to participate" is a refusal, not a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from dateline.analyze.clause_numbers import clause_numbers
from dateline.analyze.clauses import (
    clause_heads,
    clause_tokens,
    content_verb,
    has_condition,
    is_imperative,
    is_participial_adjunct,
    lets_us,
    object_phrases,
    phrasal_lemma,
    subject_of,
    tells_the_reader,
)
from dateline.analyze.event_dates import (
    ArticleTime,
    EventDate,
    SentenceDates,
    dated_expressions,
    parse_timex_date,
)
from dateline.analyze.event_kinds import (
    HAZARD_NOUNS,
    NOUN_KINDS,
    PROPOSAL_VERBS,
    SPEECH_VERBS,
    VERB_KINDS,
    kind_of,
)
from dateline.analyze.event_parts import (
    EventParts,
    MentionIndex,
    according_to,
    asks,
    attribution_of,
    summarize,
)
from dateline.analyze.headline_guards import indirect_question
from dateline.analyze.roles import ROLE_NOUNS
from dateline.analyze.tense import FUTURE_AUX, shared_auxiliaries, told_as_done, told_as_past
from dateline.records import Event, Mention, Modality, Sentence, TimeExpression
from dateline.temporal import timex_interval

__all__ = ["ArticleTime", "find_events", "parse_timex_date"]

BACKGROUND_DAYS = 183
_PLACE_KINDS = frozenset({"CITY", "PLACE", "COUNTRY"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may"})
_BACKGROUND_ADVERBS = frozenset({"previously", "formerly"})
# Kinds whose content is conditional by nature: "threatened tariffs if ..." is still a threat made.
_CONDITIONAL_CONTENT_KINDS = frozenset({"THREATEN", "REQUEST", "STATEMENT"})
_DIRECT_OBJECT_DEPS = ("dobj", "attr", "oprd")


def _modality(head: Token, verb: Token, intended: bool, predicate: str, kind: str, reported: bool) -> Modality:
    """Negated, hypothetical, planned, proposed, reported or happened, strongest first."""
    parts = [head, verb] if verb.i != head.i else [head]
    children = [c for p in parts for c in p.children] + shared_auxiliaries(head)
    subject = subject_of(head)
    denied = any(c.dep_ == "neg" or c.lower_ == "never" or _not_any_more(c, subject) for c in children) or (
        _no_one(subject)
    )
    if denied != _nearly(head, children):  # "the deal almost did not happen": it happened
        return "negated"
    conditional = kind not in _CONDITIONAL_CONTENT_KINDS and any(has_condition(p) for p in parts)
    if conditional or any(c.lower_ in _HYPOTHETICAL_AUX for c in children) or _unfulfilled(parts, subject):
        return "hypothetical"
    if (intended and not _attempt_made(head)) or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children):
        return "planned"
    if predicate in PROPOSAL_VERBS or verb.lemma_.lower() in PROPOSAL_VERBS:
        return "proposed"
    return "reported" if reported else "happened"


def _unfulfilled(parts: list[Token], subject: Token | None) -> bool:
    """Whether the clause tells what was only meant or supposed: "Wolverine was supposed to open last week", an
    inverted condition "Had Tony Blair been about, ..." (a fact-checker's audit found both told as happened)."""
    for part in parts:
        children = list(part.children)
        if part.lemma_.lower() == "suppose" and any(c.dep_ == "auxpass" for c in children) and any(
            c.dep_ == "xcomp" for c in children
        ):
            return True
        first = next(iter(part.subtree))
        if (first.lower_ == "had" and first.dep_ == "aux" and first.head.i == part.i and subject is not None
                and first.i < subject.i and part.dep_ == "advcl"):
            return True
    return False


# Verbs of attempt: told in the past or as under way, the attempt is what happened ("BP tried to lower a
# containment dome", a user test found it planned), whatever came of it.
_ATTEMPT_VERBS = frozenset({"try", "attempt"})


def _attempt_made(head: Token) -> bool:
    """Whether the clause tells an attempt made or being made: "tried to", "has attempted to", "is trying to"."""
    return head.lemma_.lower() in _ATTEMPT_VERBS and head.tag_ in {"VBD", "VBN", "VBG"}


# "The ship nearly sank" did not sink; "profits nearly doubled" did grow, by a measure these verbs give.
_NEARLY = frozenset({"nearly", "almost"})
_MEASURE_VERBS = frozenset({"double", "triple", "treble", "quadruple", "quintuple", "halve"})


_NOBODY = frozenset({"nobody", "none", "nothing", "neither"})


def _no_one(subject: Token | None) -> bool:
    """Whether a subject denies its verb: "No one disputes ...", "Nobody denies ...", "no ships sank"."""
    return subject is not None and (
        subject.lower_ in _NOBODY or any(c.lower_ == "no" for c in subject.children) or subject.lower_ == "no"
    )


def _nearly(head: Token, children: list[Token]) -> bool:
    """Whether "nearly" or "almost" modifies the verb itself: what almost happened did not happen. "Nearly 200
    people died" modifies the number, and "nearly doubled" gives a measure of what happened."""
    return head.lemma_.lower() not in _MEASURE_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in _NEARLY for c in children
    )


def _not_any_more(adverb: Token, subject: Token | None) -> bool:
    """An adverb that denies its verb: "has yet to win" (has not won), "no longer leads" (does not lead); not
    an opening "Yet to the surprise of analysts, Iran signed ..." (before the subject, or first in the sentence)."""
    if adverb.dep_ != "advmod" or adverb.i == adverb.sent.start or (subject is not None and adverb.i < subject.i):
        return False
    if adverb.lower_ == "yet":
        following = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
        return following is not None and following.lower_ == "to"
    return adverb.lower_ == "longer" and any(c.lower_ == "no" for c in adverb.children)


def _is_furniture(sentence: Span) -> bool:
    """Page furniture or fragments: too few words, no verb, or a short line with no subject."""
    words = [t for t in sentence if t.is_alpha]
    if len(words) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in sentence):
        return True
    return len(words) <= 4 and not any(t.dep_ in {"nsubj", "nsubjpass"} for t in sentence)


def _is_background(head: Token, verb: Token, when_date: EventDate, when: ArticleTime) -> bool:
    """Facts long before the article's news: dated over ~6 months earlier, or marked "previously"; and lasting
    states told in the present, no happening ("Haiti is a very poor country", "Haiti lies on the boundary of two
    plates": a user test found one among a story's ten key entries)."""
    if any(c.dep_ == "advmod" and c.lower_ in _BACKGROUND_ADVERBS for c in head.children):
        return True
    if when_date.source == "publication" and _is_lasting_state(head, verb):
        return True
    if when_date.value is None or when_date.source == "publication" or when.reference is None:
        return False
    day = parse_timex_date(when_date.value)
    return day is not None and day < when.reference - timedelta(days=BACKGROUND_DAYS)


# Verbs of lasting states: in the simple present, with no date and no number, they describe, not report.
_STATE_VERBS = frozenset({"be", "lie", "belong", "consist", "border"})
# Words that make a present state the day's news: "is now", "is still missing".
_NEWS_ADVERBS = frozenset({"now", "still", "currently", "already", "again", "today", "tonight", "no", "longer"})


def _is_lasting_state(head: Token, verb: Token) -> bool:
    """A simple-present "is a ..." or state verb ("lies", "borders") with no number, no negation and no "now":
    "Haiti is a very poor country"; not "the death toll is 200", "the president is in Geneva", "the airport is
    now closed", which are news of the day."""
    if verb.lemma_.lower() not in _STATE_VERBS or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "attr" for c in verb.children):
        return False  # "is in Geneva", "is closed": where or how things are today; "is a poor country" describes
    clause = list(head.subtree)
    if any(t.like_num or t.lower_ in _NEWS_ADVERBS or t.dep_ == "neg" for t in clause):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and not any(
        t.pos_ == "VERB" and t.i != verb.i and t.tag_ in {"VBD", "VBN", "VBG"} for t in clause
    )


def _noun_key(token: Token | None) -> str | None:
    """A noun phrase head as the event-noun table spells it (surface form first, then lemma)."""
    if token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    return token.lower_ if token.lower_ in NOUN_KINDS else token.lemma_.lower()


_PLEAS = frozenset({"guilty", "innocent", "contest"})
_MOURNERS = frozenset({"family", "families", "fan", "fans", "friend", "friends", "people", "relatives", "parents",
                       "colleagues", "community", "nation", "world", "he", "she", "they", "i", "we"})


def _feels(subject: Token | None) -> bool:
    """Whether a subject is people who can be devastated by news: a person, family, fans."""
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in _MOURNERS)


def _refined_kind(kind: str, predicate: str, verb: Token, subject: Token | None, actor_key: str | None) -> str:
    """The table's kind, or OTHER where the verb's sense here is no such happening."""
    if kind == "ASSAULT" and predicate == "fire" and _fires_someone(verb):
        return "OTHER"  # "the Sixers fired coach Jim O'Brien", "O'Brien was fired": a dismissal, not gunfire
    if kind == "ASSAULT" and predicate == "devastate" and _feels(subject):
        return "OTHER"  # "the family was left devastated": grief, not destruction
    if kind == "ASSAULT" and _passive_agent_noun(verb) in HAZARD_NOUNS:
        return "OTHER"  # "Haiti devastated by massive quake": a disaster, not an assault (a fact-checker's audit)
    if predicate == "plead" and any(t.lower_ in _PLEAS for t in verb.subtree):
        return "OTHER"  # "has pleaded not guilty": a plea in court, not an appeal
    if kind == "CONCEDE" and predicate in _LETTING_VERBS and actor_key is None and _is_thing(subject):
        return "OTHER"  # "a failure of well control permitted gas to surge": no one conceded anything
    return kind


# Verbs of a concession only when someone lets someone: "Israel allowed aid trucks in", "it would allow".
_LETTING_VERBS = frozenset({"allow", "permit"})
_BODIES = frozenset({
    "government", "administration", "authorities", "authority", "officials", "ministry", "court", "police", "army",
    "military", "regime", "council", "parliament", "congress", "company", "country", "state", "city", "team",
    "league", "board", "committee", "agency", "union", "party", "leaders", "rebels", "group", "cabinet", "force",
    "forces", "troops", "soldiers", "guards", "regulator", "regulators", "junta", "senate", "house", "assembly",
    "judge", "judges", "panel", "commission", "department", "office", "navy", "organisers", "organizers", "owners",
    "club", "school", "university", "bank", "firm", "network", "channel", "people", "residents", "voters",
})


def _is_thing(subject: Token | None) -> bool:
    """Whether a clause's subject is a common noun naming no person or body ("failure", "the rule")."""
    if subject is None or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    if lemma in _RULES:
        return True  # "the Arizona law allows police ...": no one concedes
    if any(child.ent_type_ in {"NORP", "GPE", "ORG"} for child in subject.children):
        return False  # "the Israeli cabinet": a body of a named country, people or organisation
    return lemma not in _BODIES and lemma not in _FIRED_PEOPLE and subject.lower_ not in _FIRED_PEOPLE


_RULES = frozenset({
    "law", "rule", "ruling", "bill", "act", "measure", "order", "provision", "loophole", "policy", "regulation",
    "change", "system", "technology", "amendment", "clause", "exemption", "waiver", "permit", "licence", "license",
})

# Who is fired from a job: people named, and the jobs they hold.
_FIRED_PEOPLE = ROLE_NOUNS | frozenset({"coach", "manager", "employee", "employees", "worker", "workers", "staff",
                                        "player", "executive", "officials", "editor", "teacher"})


def _fires_someone(verb: Token) -> bool:
    """Whether "fire" takes a person as what is fired (its object, or a passive's subject): a dismissal."""
    fired = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if fired is None:
        return False
    return fired.ent_type_ == "PERSON" or fired.lemma_.lower() in _FIRED_PEOPLE


def _subject_noun(subject: Token | None) -> str | None:
    """The subject's head noun, or the hazard its apposition names: the model reads "A magnitude 7.0 earthquake
    struck" as "magnitude" with "earthquake" beside it."""
    if subject is None:
        return None
    for child in subject.children:
        if child.dep_ == "appos" and (key := _noun_key(child)) in HAZARD_NOUNS:
            return key
    return _noun_key(subject)


def _passive_agent_noun(verb: Token) -> str | None:
    """The head noun of a passive verb's agent ("by massive quake"), or None."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for noun in child.children:
                if noun.dep_ == "pobj":
                    return _noun_key(noun)
    return None


def _direct_object(verb: Token) -> Token | None:
    """The direct object (or predicate noun) of a verb, skipping indirect objects."""
    for dep in _DIRECT_OBJECT_DEPS:
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class _SentenceContext:
    """What every clause of one sentence shares."""

    sentence: Sentence
    dates: SentenceDates
    times: tuple[TimeExpression, ...]
    according: Token | None


def _event(
    head: Token, verb: Token, intended: bool, others: set[int], local: _SentenceContext,
    context: tuple[MentionIndex, ArticleTime],
) -> Event:
    """One event record for the clause headed by ``head``."""
    index, when = context
    sentence = local.sentence
    predicate = phrasal_lemma(verb, VERB_KINDS)
    subject = subject_of(head)
    attribution, reported = attribution_of(head, SPEECH_VERBS, index, local.according)
    parts = EventParts.collect(head, verb, subject, list(object_phrases(verb)), index, _PLACE_KINDS)
    kind = _refined_kind(kind_of(predicate, _noun_key(_direct_object(verb)), _subject_noun(subject)), predicate,
                         verb, subject, parts.actor_key)
    when_date = local.dates.date_for(head, sentence, when)
    tokens = clause_tokens(head, others)
    adjunct = is_participial_adjunct(head)
    modality = _ahead_is_planned(
        _modality(head, verb, intended, predicate, kind, reported), when_date, when, told_as_done(head), adjunct
    )
    if (frame := framing(head)) is not None:
        # What the sentence does not assert is told with what frames it: "I can't say I have found any evidence"
        # had been headlined "(reported) I have found any evidence" (an audit), "Officials could not confirm
        # the server was hacked" "(reported) the server was hacked".
        told, modality = frame
    elif (asker := indirect_question(head)) is not None:
        told = asker  # "we'll see what evidence exists of fraud", not "what evidence exists of fraud"
    elif adjunct and head.i < head.head.i:
        # "Speaking to Channel 4, he said ..." is told by what he said, not "he Speaking to Channel 4" (an audit);
        # not a participle after its main clause, which tells its own news (", killing at least 12 people").
        told = head.head
    else:
        told = head
    summary = summarize(head, verb, subject, parts) if told is head else _summary_of(told, index)
    return Event(
        sentence_index=sentence.index,
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        sentence=sentence.text,
        predicate=predicate,
        kind=kind,
        date=when_date.value,
        precision=when_date.precision,
        date_source=when_date.source,
        actor_key=parts.actor_key,
        target_key=parts.target_key,
        location=parts.location,
        modality=modality,
        attribution=attribution,
        background=_is_background(head, verb, when_date, when),
        summary=summary,
        numbers=clause_numbers(tokens, local.times),
        past=told_as_past(head.head if adjunct else head),  # "has hit Haiti, destroying"
    )


def _summary_of(head: Token, index: MentionIndex) -> str:
    """The summary of the clause headed by ``head``."""
    verb = content_verb(head)[0]
    subject = subject_of(head)
    parts = EventParts.collect(head, verb, subject, list(object_phrases(verb)), index, _PLACE_KINDS)
    return summarize(head, verb, subject, parts)


# Verbs whose complement their subject says is false: "denied that she had sent classified material".
DENIAL_VERBS = frozenset({"deny", "dispute", "refute", "disavow"})
# Verbs whose complement their subject thinks unlikely: what it says is not asserted.
DOUBT_VERBS = frozenset({"doubt"})
# Verbs whose complement is true whether or not they are negated: "did not know that the ship had sunk".
# "did not mention that he had given Jackson the drug": he had.
FACTIVE_VERBS = frozenset({
    "know", "realize", "realise", "regret", "forget", "notice", "discover", "learn", "recognize", "mention", "inform",
    "disclose", "reveal", "notify",
})  # fmt: skip
# Verbs that, governing a verb of saying, leave its complement untold: "refused to say if Clinton will testify".
WITHHOLDING_VERBS = frozenset({"refuse", "decline", "fail", "avoid"})


def framing(head: Token) -> tuple[Token, Modality] | None:
    """The clause that frames ``head``'s clause as not asserted, and the modality that gives it: a denial's
    complement is negated ("He denied that he took bribes"); the complement of a negated or withheld verb of
    saying or knowing ("I can't say I have found", "could not confirm that", "refused to say if") and an indirect
    question ("asked whether the plant will close") and the complement of a question ("Do I think that it's a
    huge deal?") are hypothetical. None for a clause asserted as it stands."""
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    governor = token.head
    if token.dep_ != "ccomp" or governor.pos_ not in ("VERB", "AUX"):
        return None
    lemma = governor.lemma_.lower()
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in governor.children) or _no_one(subject_of(governor))
    if lemma in DENIAL_VERBS:
        return None if negated else (governor, "negated")  # "No one disputes that the bank collapsed": it did
    if lemma in DOUBT_VERBS:
        # "Many analysts doubt a big cold rush is imminent" (a user test found it told as a fact); "nobody doubts
        # that ..." asserts it.
        return None if negated else (governor, "hypothetical")
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children) or asks(governor):
        return governor, "hypothetical"
    if _asks_what(token):
        return None  # "would not say why the plane crashed": it crashed
    if negated and lemma not in FACTIVE_VERBS:
        return governor, "hypothetical"
    withheld = governor.dep_ == "xcomp" and governor.head.lemma_.lower() in WITHHOLDING_VERBS
    return (governor.head, "hypothetical") if withheld else None


def _asks_what(clause: Token) -> bool:
    """Whether a complement clause opens with a question word other than whether/if: what it is about happened
    ("why the plane crashed", "how the fire started", "when he left")."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.tag_ in {"WRB", "WP", "WDT", "WP$"} and first.lower_ not in {"whether", "if"}


def _ahead_is_planned(
    modality: Modality, when_date: EventDate, when: ArticleTime, done: bool = False, adjunct: bool = False
) -> Modality:
    """What the article dates after its own publication has not happened yet: "BP reports its results on 27 July",
    read on 20 July, is a plan (a traceability audit found 17 such entries marked as happened). Not what the clause
    tells as done (``done``): "As of 26 April, the Government has reported 20 cases", on a live page dated the 25th,
    is no plan (a user test read it "(planned)"). A participle's date taken from the clause it follows (``adjunct``)
    counts too: "would be writing a joint letter to BP on Tuesday demanding that it spell out its commitments",
    read on Monday, demands nothing yet (a review found it told as happened once the day before the participle
    dated the clause it follows)."""
    sources = ("expression", "sentence") if adjunct else ("expression",)
    if modality != "happened" or done or when_date.source not in sources or when_date.value is None:
        return modality
    interval = timex_interval(when_date.value)
    latest = when.published_latest or when.published
    return "planned" if interval is not None and latest is not None and interval[0] > latest else modality


def _sentence_events(
    span: Span, sentence: Sentence, context: tuple[MentionIndex, ArticleTime],
    expressions: Sequence[tuple[Span, TimeExpression]],
) -> list[Event]:
    """Every event of one sentence."""
    heads = clause_heads(span)
    verbs = {h.i: content_verb(h) for h in heads}
    dates = SentenceDates(span, {i: v for i, (v, _) in verbs.items()}, expressions)
    times = tuple(t for t in context[1].times if sentence.start <= t.start < sentence.end)
    local = _SentenceContext(sentence, dates, times, according_to(span))
    head_ids = set(verbs)
    return [
        _event(head, *verbs[head.i], head_ids - {head.i}, local, context)
        for head in heads
        if not (is_imperative(head) or lets_us(head) or tells_the_reader(head))
    ]


def find_events(
    doc: Doc, sentences: Sequence[tuple[Sentence, Span]], mentions: Sequence[Mention], when: ArticleTime
) -> tuple[Event, ...]:
    """Events of every sentence (paired with its spaCy span) that is not furniture, in text order."""
    index = MentionIndex(mentions)
    expressions = dated_expressions(doc, when.times)
    events: list[Event] = []
    for sentence, span in sentences:
        if not _is_furniture(span) and not _is_question(span):
            events.extend(_sentence_events(span, sentence, (index, when.at(sentence.start)), expressions))
    return tuple(events)


def _is_question(sentence: Span) -> bool:
    """A question asks; it reports nothing ("What makes an oil spill really bad?", a user test's timeline entry).
    A quoted question is someone's asking, which is news ("Obama asked: 'Where is the accountability?'")."""
    text = sentence.text.strip()
    return text.endswith("?") and _QUOTE_MARK.search(text) is None


# Double quotes anywhere; a single one only where a quotation opens (not an apostrophe: "What’s next for BP?").
_QUOTE_MARK = re.compile(r"[\"“”]|``|''|(?:^|[\s:(])['‘]")
