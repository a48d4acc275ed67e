"""Dating clauses: which temporal expression governs which clause of a sentence.

A DATE expression belongs to the nearest clause head above it in the parse. One inside a
subordinate verb ("regions Moscow claimed to have annexed in September 2022") belongs to that verb
and dates no clause of ours. A clause without its own expression inherits one from the clause that
governs it ("said on June 26 that Kyiv aims ..."), else takes the sentence's time when nothing in the
sentence is tied to another clause, else the publication date. A "when" clause's date dates the clause it
modifies ("was pregnant when she was admitted on 15 June").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from spacy.tokens import Doc, Span, Token

from dateline.analyze.date_positions import date_after_its_verb, verb_right_after
from dateline.analyze.tense import (
    past_beside_a_complement,
    told_as_future,
    told_in_past,
    told_with_modal,
    under_way,
)
from dateline.analyze.when_clauses import MAX_CLIMB, main_of_when_clause
from dateline.records import Precision, Sentence, TimeExpression
from dateline.temporal import timex_interval, timex_precision

DateSource = Literal["expression", "sentence", "publication", "none"]
_INHERITING_DEPS = frozenset({"ccomp", "parataxis", "advcl"})
RAISING_VERBS = frozenset({"appear", "seem"})
# Verbs whose happening is their complement's, so a clause of theirs without a date of its own takes the
# complement's: "Bad weather caused cleanup efforts to be suspended over the weekend" (a user test found "caused" on
# the article's date and "suspended" on the weekend: one sentence under two dates), "forced BP to halt drilling on
# Friday", "began pumping mud on Sunday". Not a verb of saying, planning or deciding: "decided on Monday to leave
# on Friday" are two days.
SAME_TIME_VERBS = frozenset({
    "cause", "force", "prompt", "lead", "help", "allow", "enable", "begin", "start", "continue", "stop", "cease",
    "resume", "finish", "manage", "fail",
})  # fmt: skip


@dataclass(frozen=True)
class ArticleTime:
    """What dating needs about the article: its times, publication date and the background threshold."""

    times: Sequence[TimeExpression]
    published: date | None
    reference: date | None
    # The last day the article may have been published (an inferred date is an interval): a day after it is ahead.
    published_latest: date | None = None
    # A page bundling wire reports of other days: where each report after the first starts, and its day.
    reports: tuple[tuple[int, date | None], ...] = ()

    def at(self, offset: int) -> ArticleTime:
        """The article's time as seen from ``offset``: within a bundled report, that report's day stands for the
        publication date (None when its dateline gives no day: its sentences are not dated by the page's)."""
        starts = [start for start, _ in self.reports]
        index = bisect_right(starts, offset) - 1
        if index < 0:
            return self
        day = self.reports[index][1]
        return replace(self, published=day, reference=day, published_latest=day, reports=())


@dataclass(frozen=True)
class EventDate:
    """An event's date with its precision and where it came from."""

    value: str | None
    precision: Precision
    source: DateSource


def parse_timex_date(value: str) -> date | None:
    """The first day a TIMEX3 calendar value covers (``2025-07``, ``2025-W29``, ``2025-07-18``)."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return date.fromisoformat(value[:10])
        if len(value) >= 8 and value[4:6] == "-W":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            return date(int(value[:4]), int(value[5:7]), 1)
        if len(value) >= 4 and value[:4].isdigit():
            return date(int(value[:4]), 1, 1)
    except ValueError:
        return None
    return None


def dated_expressions(doc: Doc, times: Sequence[TimeExpression]) -> list[tuple[Span, TimeExpression]]:
    """Calendar DATE expressions with the tokens of each, in text order."""
    found: list[tuple[Span, TimeExpression]] = []
    for timex in times:
        if timex.type != "DATE" or parse_timex_date(timex.value) is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and len(span) > 0:
            found.append((span, timex))
    return found


class SentenceDates:
    """The expressions of one sentence assigned to the clause heads that govern them."""

    def __init__(
        self, span: Span, content_verbs: dict[int, Token], expressions: Sequence[tuple[Span, TimeExpression]]
    ) -> None:
        owner = {head_i: head_i for head_i in content_verbs}
        owner.update({verb.i: head_i for head_i, verb in content_verbs.items()})
        # "appeared to be stabilizing on Saturday": the infinitive's date is the clause's (a user test found it dated
        # by publication); the clause stays "appear", a hedge, not a report that it happened.
        owner.update({
            child.i: head_i for head_i, verb in content_verbs.items() if verb.lemma_.lower() in RAISING_VERBS
            for child in verb.children if child.dep_ == "xcomp" and child.pos_ == "VERB"
        })
        self.own: dict[int, TimeExpression] = {}
        self.when: dict[int, TimeExpression] = {}
        self.weak: dict[int, TimeExpression] = {}  # a day written right before the clause's verb (see below)
        self._direct: dict[int, bool] = {}  # whether a clause's own date is its adjunct, not inside a noun phrase
        self.subordinate: dict[int, TimeExpression] = {}  # a date a verb inside a clause owns, by that verb
        self.tied = False
        for expression, timex in expressions:
            root = expression.root
            if not span.start <= root.i < span.end:
                continue
            ahead = verb_right_after(expression, owner)
            if ahead is not None:
                # Weaker than a date the clause owns by the parse, which may come later in the sentence.
                self.weak.setdefault(ahead, timex)
                self.tied = True
                continue
            stop = _climb(root, owner)
            governor = None if stop is None else owner.get(stop.i, -1)  # -1: a subordinate verb owns it
            said = date_after_its_verb(expression, owner)
            if said is not None:
                stop, governor = span.doc[said], said  # "said on Monday it would pay": the saying's day
            self.tied = self.tied or governor is not None
            if governor is not None and (describes_people(expression) or names_a_term(expression)):
                continue  # "9/11 families are asking": the date says which families; "bonds due in 2019" which bonds
            if governor == -1 and stop is not None:
                self.subordinate.setdefault(stop.i, timex)
                main = main_of_when_clause(root, owner)
                if main is not None:
                    self.when.setdefault(main, timex)
            if governor is not None and governor >= 0 and not _is_bound(expression, span.doc[governor]):
                known = self.own.get(governor)
                # A date opening the sentence is the sentence's, however parsed ("13 October 2011 Jackson fans
                # continue to line up", a dated entry the parse hangs on "fans").
                direct = expression.start == span.start or not _through_a_noun(root, span.doc[governor])
                if known is None or (direct and not self._direct.get(governor, True)) or (
                    direct == self._direct.get(governor) and _narrows(timex.value, known.value)
                ):
                    # A clause naming a year and a day in it happened on the day: "revised its forecast for 2010
                    # on Tuesday" (a review found it dated 2010); a date of the clause itself beats one inside its
                    # subject or object ("spoke about the Sept. 11 attacks on Friday" is Friday).
                    self.own[governor] = timex
                    self._direct[governor] = direct

    def date_for(self, head: Token, sentence: Sentence, when: ArticleTime) -> EventDate:
        """The date of the clause headed by ``head``."""
        timex = self.own.get(head.i) or self.when.get(head.i) or self.weak.get(head.i)
        if timex is not None:
            return EventDate(timex.value, timex_precision(timex.value), "expression")
        inherited = (
            self._inherited(head, when) or self._complements(head, when) or self._past_complement(head, when)
            or self._subject_participle(head, when)
        )
        if inherited is not None:
            return EventDate(inherited.value, timex_precision(inherited.value), "sentence")
        if not self.tied and sentence.time is not None:
            return EventDate(sentence.time, timex_precision(sentence.time), "sentence")
        if when.published is not None:
            return EventDate(when.published.isoformat(), "day", "publication")
        return EventDate(None, "unknown", "none")

    def _complements(self, head: Token, when: ArticleTime) -> TimeExpression | None:
        """The date of the complement clause of a verb that happens when its complement does (SAME_TIME_VERBS), or
        the recent day of what it led to, told as under way: "An outbreak led to 44 new cases of the virus being
        confirmed yesterday" happened yesterday (a fact-checker's audit found it on the page's day). Not a
        description ("led to his death aged 50 in June 2009", said at a 2011 hearing, is not dated 2009)."""
        if head.lemma_.lower() not in SAME_TIME_VERBS:
            return None
        for child in head.children:
            if child.dep_ in ("xcomp", "ccomp") and child.i in self.own:
                return self.own[child.i]
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "to":
                continue
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                for verb in noun.children:
                    timex = self.subordinate.get(verb.i) if verb.dep_ == "acl" and under_way(verb) else None
                    if timex is not None and _recent_day(timex, when):
                        return timex
        return None

    def _subject_participle(self, head: Token, when: ArticleTime) -> TimeExpression | None:
        """The recent day of a participle set off by commas after the clause's subject, for the clause told in the
        past: "The minister, speaking in Brussels on Monday, announced new aid" announced on the Monday (a review
        found it on the page's day). Not a past participle of an earlier act ("The man, arrested on Friday,
        appeared in court")."""
        if not told_in_past(head) or told_as_future(head):
            return None
        for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
            for verb in (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBG"):
                first = min(token.i for token in verb.subtree)
                timex = self.subordinate.get(verb.i)
                if first > 0 and verb.doc[first - 1].text == "," and timex is not None and _recent_day(timex, when):
                    return timex
        return None

    def _past_complement(self, head: Token, when: ArticleTime) -> TimeExpression | None:
        """A past day the complement of a clause told in the past names, for the clause: "People in Mexico City were
        ordered not to kiss or shake hands yesterday" was ordered yesterday, not on the page's day (a fact-checker's
        audit found 14 such sentences of 48 mis-dated). Only a day no later than the page: "told to stay at home
        on Friday", read on Sunday, was told then or before; "told to leave on Friday", read on Wednesday, was not."""
        if not told_in_past(head) or when.published is None:
            return None
        for child in head.children:
            if child.dep_ != "xcomp":
                continue
            for verb in (child, *(c for c in child.children if c.dep_ == "conj")):
                timex = self.subordinate.get(verb.i)
                if timex is not None and _recent_day(timex, when):
                    return timex
        return None

    def _inherited(self, head: Token, when: ArticleTime) -> TimeExpression | None:
        """The expression of a governing clause: a speech verb's, a same-tense coordinated verb's (or a past one's
        the parse put beside its past complement), or the recent day of a governing clause's "when" clause."""
        token = head
        for _ in range(6):
            parent = token.head
            if parent.i == token.i:
                return None
            if token.dep_ == "conj" and parent.tag_ != token.tag_ and not _mistagged_past(token, parent):
                if not past_beside_a_complement(token, parent):
                    return None
                token = parent  # the complement's governor is the verb it goes with
                continue
            if token.dep_ != "conj" and token.dep_ not in _INHERITING_DEPS:
                return None
            if parent.i in self.own:
                return self.own[parent.i]
            # A recent day of a "when" clause is its main clause's for what that clause governs too: "revised our
            # booking policy (allowing people to reroute) when the FCO changed its advisory on Monday" allowed on the
            # Monday; not for what is yet to come or only possible ("closed when pupils fell ill yesterday, saying it
            # will reopen", "... it would reopen after half-term": a review).
            found = self.when.get(parent.i)
            if found is not None and _recent_day(found, when) and not (told_as_future(head) or told_with_modal(head)):
                return found
            token = parent
        return None


def _mistagged_past(verb: Token, parent: Token) -> bool:
    """Whether a verb coordinated with a simple past is a simple past the parse tagged a participle: no auxiliary of
    its own, an object of its own ("Mexico closed schools nationwide and cancelled football matches" tagged
    "cancelled" VBN, and a review found it on the page's day while "closed" was on the Monday)."""
    children = list(verb.children)
    return (
        parent.tag_ == "VBD" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children)
        and any(c.dep_ == "dobj" for c in children)
    )


_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss", "npadvmod"})
# People named by what happened to them or where they stand: a date before them says which people, not when the
# clause happened ("9/11 families are asking", "the 2012 Romney voters"). Before other nouns a date keeps dating
# the clause: "Jackson's 1993 allegations" or "the 1982 album" date what a journalists' timeline lists (dating them
# all by publication cost Timeline17 --top MJ AR-1 0.209 -> 0.161).
PEOPLE_NOUNS = frozenset({
    "family", "families", "victim", "victims", "voter", "voters", "supporter", "supporters", "survivor", "survivors",
    "resident", "residents", "veteran", "veterans", "fan", "fans", "member", "members", "group", "groups",
    "widow", "widows", "relative", "relatives", "responder", "responders", "delegate", "delegates", "donor",
    "donors",
})  # not "team", "class": "The 1986 team won the World Series" is 1986 (a review)


_TERM_WORDS = frozenset({"due", "maturing", "expiring", "repayable", "payable"})
_TERM_PREPOSITIONS = frozenset({"in", "on", "by", "at"})


def names_a_term(expression: Span) -> bool:
    """Whether a date is the term of a thing a noun names: "BP's bonds due in 2019 fell", "notes maturing in 2013"
    (a user test found the fall dated 2019). It says which bonds, not when the clause happened."""
    doc, at = expression.doc, expression.start - 1
    if at >= 0 and doc[at].lower_ in _TERM_PREPOSITIONS:
        at -= 1
    if at < 0 or doc[at].lower_ not in _TERM_WORDS:
        return False
    word = doc[at]
    return word.dep_ in {"amod", "acl", "relcl"} and word.head.pos_ in {"NOUN", "PROPN"} and word.head.i < word.i


def describes_people(expression: Span) -> bool:
    """Whether a date stands before a noun of people as part of its description: "9/11 families", "9/11 victims'
    groups", "the 2012 Romney voters". Such a date says which people, not when the clause happened (a user test
    found "9/11 victims' groups ... the bill was passed by Congress" dated 2001-09-11)."""
    root = expression.root
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or head.pos_ not in {"NOUN", "PROPN"} or head.i < expression.end:
        return False
    if head.i - expression.end > 3 or any(token.is_punct for token in root.doc[expression.end : head.i]):
        return False  # "* July 2 - President Obama visits": a chronology's heading, no modifier
    if expression.start == expression.sent.start and head.i > expression.end:
        return False  # "13 October 2011 Jackson fans continue to line up": a dated entry, however parsed
    return head.lower_ in PEOPLE_NOUNS or head.lemma_.lower() in PEOPLE_NOUNS


def _through_a_noun(token: Token, governor: Token) -> bool:
    """Whether the path from a date up to its clause head passes a noun: the date is inside the clause's subject
    or object ("spoke about the Sept. 11 attacks"), not the clause's own adjunct ("spoke on Friday")."""
    current = token.head
    for _ in range(MAX_CLIMB):
        if current.i == governor.i or current.head.i == current.i:
            return False
        if current.pos_ in {"NOUN", "PROPN"} and current.ent_type_ != "DATE":
            return True
        current = current.head
    return False


def _narrows(value: str, known: str) -> bool:
    """Whether a DATE value lies inside a wider one ("2010-04-27" in "2010"); a day of another year does not."""
    inner, outer = timex_interval(value), timex_interval(known)
    if inner is None or outer is None:
        return False
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


_BOUND_WORDS = frozenset({"until", "till", "til", "through"})


def _is_bound(expression: Span, head: Token) -> bool:
    """Whether the expression only bounds its clause ("closed the schools until 6 May", "runs through May"):
    the happening is not on that day. A negated clause happens then ("did not confirm it until Friday")."""
    doc = expression.doc
    if _relative_to(expression, head):
        return True
    if expression.start == 0:
        return False
    before = doc[expression.start - 1]
    if before.lower_ == "since" and expression.start > 1 and doc[expression.start - 2].lower_ in ("not", "never"):
        # "Not since 1987 has the market fallen so sharply": the fall is now, 1987 the last time it was so (a review
        # found the fall dated 1987)
        return True
    if before.lower_ == "the" and expression.start > 1:
        before = doc[expression.start - 2]
    if before.lower_ not in _BOUND_WORDS:
        return False
    return not any(c.dep_ == "neg" for c in head.children)


_RELATIVE_PREPOSITIONS = frozenset({"after", "before"})
_SPAN_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment", "decade"})


def _relative_to(expression: Span, head: Token) -> bool:
    """Whether the expression dates something the clause happened some time after or before ("speaking a few days
    after Jackson's 25 June death", "two weeks before the 3 May vote"): the clause is not on that day. Without the
    time between ("resumed after the 23 July meeting") the named day stays the nearest date there is: dating such
    clauses by publication cost Timeline17 --top (H1N1 Reuters AR-1 0.114 -> 0.104)."""
    token = expression.root
    for _ in range(MAX_CLIMB):
        if token.i == head.i or token.head.i == token.i:
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ in _RELATIVE_PREPOSITIONS:
            # "a few days after ...": the time between comes right before the preposition, however parsed
            return token.i > 0 and token.doc[token.i - 1].lemma_.lower() in _SPAN_UNITS
    return False


def _recent_day(timex: TimeExpression, when: ArticleTime) -> bool:
    """Whether an expression names a day or week no later than the page's day ("yesterday", "on Monday")."""
    interval = timex_interval(timex.value)
    if interval is None or when.published is None:
        return False
    return interval[1] <= when.published and (interval[1] - interval[0]).days <= 7


def _climb(token: Token, owner: dict[int, int]) -> Token | None:
    """Where the climb from an expression up the parse stops: a token of a clause head (in ``owner``), which owns
    the expression, or a subordinate verb, which does; None when nothing does."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.i in owner or (current.pos_ == "VERB" and current.i != token.i):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None
