"""Resolving underspecified expressions against a reference date.

News-mode rules: a weekday or a year-less month is placed relative to the publication date in the
direction given by the tense of the nearby verb (past by default, as news mostly reports); narrative
expressions ("the following day") move from the last date the text mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

from dateline.temporal.clauses import clause_bounds
from dateline.temporal.lexicon import word_set
from dateline.temporal.timex import (
    day_value,
    month_value,
    quarter_of,
    safe_date,
    shift_days,
    shift_months,
    valid_year,
    week_value,
)

Tense = Literal["past", "future", "present"]

_TOP_LEVEL_BAR = re.compile(r"\|(?![^(]*\))")  # a "|" not inside a group (groups here do not nest)


def _by_first_letter(alternatives: str) -> str:
    """A "|"-separated alternation regrouped by first character ("w(?:ill|ould)|s(?:hall|et)"): Python's
    engine tries alternatives one by one at every word, so grouping makes most words fail at once."""
    groups: dict[str, list[str]] = {}
    for alternative in _TOP_LEVEL_BAR.split(alternatives):
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Present-tense schedule verbs: "the ministers meet Monday", "talks resume on Friday", "New Orleans plays at
# Seattle on Saturday".
_SCHEDULE_VERBS = word_set(
    "meet meets begin begins open opens start starts convene convenes resume resumes visit visits arrive arrives "
    "head heads travel travels plays faces"
)
# Irregular past forms: past whatever surrounds them (auxiliaries and "ago", "last" are in _PAST too).
_IRREGULAR_PAST = (
    "said|told|met|spoke|took|gave|held|made|came|went|began|saw|left|won|lost|fell|rose|paid|sold|bought|"
    "brought|became|fought|found|kept|led|sought|spent|stood|wrote|grew|struck|sent|thought|chose|ran|"
    # Less common ones, none also a present form ("hit", "put", "set" are left out).
    "broke|knew|felt|heard|built|caught|drove|flew|threw|wore|woke|shot|fled|meant|stole|swore|tore|understood|"
    "withdrew|forgot|froze|hid|rang|sang|sank|shook|slid|stuck|swept|swam|taught|wept|ate|drank|sat|bit|blew|"
    "clung|crept|dealt|dug|drew|fed|got|hung|knelt|laid|lent|rode|shone|shrank|slept|strode|swung|upheld|overcame"
)
# "would have closed" looks back; "could have big consequences" (have as the verb) still looks ahead.
_PARTICIPLES = (
    r"been|done|gone|seen|taken|given|known|shown|come|become|begun|run|gotten|put|cost|hit|set|cut|let|hurt|"
    r"shut|spread|quit|written|spoken|broken|chosen|fallen|risen|driven|eaten|flown|grown|thrown|worn|hidden|"
    r"stolen|forgotten|"
    + _IRREGULAR_PAST
)
_NOT_PERFECT = (
    rf"(?!\s+(?:not\s+)?have\s+(?:(?:already|never|ever|just|also|not)\s+)?(?:{_PARTICIPLES}|[a-z]+ed)\b|['’]ve\b)"
)
# Each alternative starts with a literal character (see _by_first_letter).
# An intent verb's infinitive, maybe after an adverb ("hopes partly to close"); "agreed to a six-year deal"
# has a noun after "to", no infinitive.
_ADVERB_TO = r"\s+(?:[a-z]+ly\s+)?to(?!\s+(?:a|an|the|his|her|their|its|this|that|these|those|terms)\b)"
_FUTURE_WORDS = (
    # Both apostrophes: web text writes "won’t", "I’ll" ("won’t" would otherwise read as the past "won").
    r"will|won't|won’t|shall|'ll|’ll|going\s+to|due\s+to|"
    + r"plans?\s+to|expect(?:s|ed)?\s+to|intends?\s+to|hope[sd]?\s+to|".replace(r"\s+to", _ADVERB_TO)
    # ... also with its object between, in the present: "voters expect Clinton to win Monday's debate" (a user test:
    # last Monday); "analysts expected sales to fall" may be told after the fact
    # (a name or a pronoun: "want answers to questions" has no infinitive)
    + "".join(
        rf"{verb}s?\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’.-]*|him|her|them|us|me|it)\s+){{1,3}}?to(?=\s+(?-i:[a-z]))|"
        for verb in ("expect", "want")
    )
    + r"set\s+to|is\s+to|are\s+to|planned|planning|scheduled|to\s+be\s+held|upcoming|next|coming|"
    # what was arranged, still ahead: "BP was to try another technique on Wednesday", read on the Tuesday before (a
    # user test had the Wednesday before); not "was to have been", nor the idiom "was to blame" ("said BP was to
    # blame for the explosion on Tuesday" is last Tuesday's)
    + r"was\s+to(?=\s+(?!have\b|blame\b)[a-z]+\b)|were\s+to(?=\s+(?!have\b|blame\b)[a-z]+\b)|"
    # Modals look ahead unless perfect ("would have"): "said it would pay the dividend in January",
    # "must win in November", "cannot win in November".
    + "|".join(
        f"{modal}{_NOT_PERFECT}" for modal in ("would", "could", "might", "should", "must", "cannot", "can['’]t", "can")
    )
    + "|"
    # Intent verbs with an infinitive: "agreed to acquire the bank in January", "voted to close it Friday"
    # (verbs only: in "rejected the offer to buy" the main verb is past).
    + (
        r"agree[sd]?\s+to|decided\s+to|voted\s+to|offered\s+to|propos(?:ed|es)\s+to|promised?\s+to|pledged?\s+to|"
        r"vowed?\s+to|threaten(?:ed|s)?\s+to|want(?:ed|s)?\s+to|seeks?\s+to|sought\s+to|aim(?:ed|s)?\s+to|"
    ).replace(r"\s+to", _ADVERB_TO)
    + r"likely\s+to|ready\s+to|"
    # a schedule in the present progressive: "a documentary is airing on Sunday", "Obama is flying to Louisiana on
    # Sunday" (an audit); not "is struggling after losses on Monday"
    + r"is\s+(?:airing|flying|traveling|travelling|visiting|meeting|hosting|heading|leaving|arriving|testifying|"
    r"launching|holding)|are\s+(?:airing|flying|traveling|travelling|visiting|meeting|hosting|heading|leaving|"
    r"arriving|testifying|launching|holding)|"
    + "|".join(sorted(_SCHEDULE_VERBS))
)
# Between a present progressive and the date: the date is an earlier event's ("after the quake on Monday").
_PROGRESSIVE_CUE = re.compile(r"(?:is|are)\s", re.IGNORECASE)
_EARLIER_EVENT = re.compile(r"\b(?:after|since|following|amid|despite)\b", re.IGNORECASE)
_COMING_OUT = re.compile(r"\s+(?:out|from)\b", re.IGNORECASE)
_NEGATED_PAST = word_set("did didn't didn’t not never")
_POSSESSIVES = word_set("his her its their our my your")
# Words in "'s" that are a pronoun or adverb and "is"/"us", not a possessive: "Let's meet on Friday", "it's open".
_CONTRACTIONS = word_set("let's it's that's he's she's what's who's there's here's where's how's when's")
_PROGRESSIVE = word_set("is are am be been being 're ’re 's ’s")
_FUTURE = re.compile(rf"\b(?:{_by_first_letter(_FUTURE_WORDS)})\b", re.IGNORECASE)
_PAST = re.compile(
    rf"\b(?:{_by_first_letter('was|were|had|did|ago|last|earlier|' + _IRREGULAR_PAST)}|[a-z]{{2,}}ed)\b",
    re.IGNORECASE,
)
_CLEAR_PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST})\b", re.IGNORECASE)
# Words in "-ed" that are no past verbs ("succeed", "hundred", "indeed", "bloodshed").
_NOT_PAST_ED = word_set(
    "succeed proceed exceed need feed seed speed heed bleed breed indeed deed greed creed weed steed "
    "hundred kindred sacred naked wicked red bed shed embed bloodshed watershed seabed hotbed shred sled"
)
# Words before an "-ed" word that make it no past verb: passives and infinitives ("will be held"), and
# determiners or adverbs that make it an adjective ("a still unspecified date").
# "if a Republican is elected president in November", "are needed": a present passive (an audit of wire copy).
_NOT_VERB_BEFORE = word_set("be being to is are am")
_ADJECTIVE_BEFORE = word_set("a an the its their his our this these those still newly so-called")
_PAST_AUXILIARY = word_set("had was were")
# Words before a schedule word that make it a noun ("a visit", "his second visit", "the start").
_NOUN_BEFORE = word_set(
    "a an the his her its their our my your this that these those first second third fourth fifth last next "
    "official state surprise brief"
)
# An attribution after a comma ("..., the office said") tells when it was said, not when it happens.
_ATTRIBUTION = re.compile(r",[^,.;]{0,40}?\b(?:said|says|told|reported|added|announced)\b", re.IGNORECASE)
# A relative clause after the date has its own tense ("programs Tuesday that will provide", "his brothers,
# who will take part, defended"), and so has a contrasting one ("would try on Wednesday, but gave it ...").
# (the pronoun in lower case: "On Tuesday the WHO will hold a meeting" names the World Health Organization)
_RELATIVE = re.compile(
    r"\b(?:that|which|(?-i:who|whose|whom))\b|,\s+(?:but|while|whereas|although|though)\b", re.IGNORECASE
)
# A relative clause set off by commas after the date: the main clause goes on after it ("On Thursday Hayward,
# who is expected to attend ..., will testify").
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whom|whose)\b[^,.;:!?\n]{1,100},\s")
_OPEN_ASIDE = re.compile(r",\s+(?:who|which|whom|whose)\b[^,]*$", re.IGNORECASE)  # the date is inside one
_PAST_INTENT = re.compile(rf"(?:\w+ed|sought){_ADVERB_TO}$")
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")  # "United States": a capitalised word follows
# Words right before a date that point ahead whatever the verb's tense ("was extended to Nov. 16").
_COPULA_CUE = re.compile(r"(?:is|are)\s+(?:on\s+|in\s+)?", re.IGNORECASE)
_FUTURE_CUE = re.compile(
    r"\b(?:by|until|till|through|effective|payable|starting|beginning|due|record|expected\s+(?:in|on|by)|ahead\s+of|"
    # "the vote is expected Thursday" (not "was expected": said before, it may be past now)
    r"(?:is|are|be|being)\s+expected|"
    # "officials said the hearing is Tuesday", "the wedding is in August": a present copula schedules; not after
    # "here", "below", ... ("Below is Monday's statement", a review: the date is the noun's, see _clause_tense)
    r"(?<=\w\s)(?<!\bhere\s)(?<!\bbelow\s)(?<!\babove\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bit\s)(?<!\bthere\s)"
    r"(?:is|are)|"
    # "favorite to win come November" (not "did come on March 3"), "as it gets closer to November"
    r"(?<!\bdid\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)come|"
    r"(?:gets?|getting|draws?|drawing|moves?|moving|comes?|coming)\s+closer\s+to|"
    # "as the milestone approaches on Wednesday" (an audit; "approached" is told after)
    r"(?:approaches|approaching)|"
    r"look(?:s|ing)?\s+forward\s+to|"
    # "She is marching toward November" (a PolNeAR audit: had been the November before)
    r"(?:(?:is|are|am|['’]s|['’]re)\s+\w+ing|looks?|looking|heads?|heading|march|marches|marching|builds?|"
    r"building|moves?|moving|races?|racing)\s+towards?|"
    # "set on" schedules only after a copula ("is set on Friday"): "its record high set on Aug. 6" is past
    r"(?:scheduled|planned|slated)\s+(?:for|on)|set\s+for|(?:is|are|was|were|be|been|being)\s+set\s+on|"
    r"(?:extended|postponed|delayed|moved|pushed\s+back|adjourned)\s+"
    r"(?:to|until)|expires?|expiring|ends?\s+on)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_PARTICIPLE_PHRASE = re.compile(r"[a-z]{2,}ed\s+(?:to|by|for|with|in|at|from|into|on|as|under)\b")
# "killed by Tuesday's earthquake": "by" after a participle names the agent; the date is a possessive.
_POSSESSIVE = re.compile(r"['’]s\b")
_PARTICIPLE = re.compile(rf"[a-z]{{2,}}ed|{_IRREGULAR_PAST}|been|hit|struck|shaken|taken|driven", re.IGNORECASE)
# Prefixes whose hyphenated "-ed" word is still a verb ("re-elected"); others make adjectives ("so-called").
_VERB_PREFIXES = word_set("re co mis out over under")
_SIMPLE_PAST = word_set("was were did")
_LAST_WORD = re.compile(r"[\w']+$")
# "since" looks back whatever the verb ("has been at a standstill since April 20", "his first since February").
_SINCE = re.compile(
    r"\b(?:since|ever\s+since)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$",
    re.I,
)  # also "since the April 20 rig blast"
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
# "the three months through March", "the year through June": a period that ended, not one still running.
_PERIOD_BEFORE = re.compile(r"\b(?:months?|quarters?|years?|weeks?|periods?|days?|half)\s+$", re.IGNORECASE)


# Characters before a date its clause's tense is looked for in; when they hold no tense at all, a longer
# clause is read ("will be put to the test on his return from the Gulf with a television address from the
# Oval Office on Tuesday night": the auxiliary is 100 characters back).
NEAR_REACH = 90
FAR_REACH = 200


def tense_near(text: str, start: int, end: int, widen: bool = True) -> Tense | None:
    """Tense of the clause around text[start:end], from the nearest auxiliary or verb ending.

    A small look-around instead of a parser: a forward-pointing word right before the span
    ("by", "until", "effective") means future; otherwise the nearest future marker or past verb
    form within the clause decides; None when neither appears. ``widen``: read a longer clause when the near
    one shows no tense (publication-date inference keeps to the near clause: an explicit year far from any
    verb is evidence of when the text was written, whatever a distant "will" says).
    """
    tense = _clause_tense(text, start, end, NEAR_REACH)
    return _clause_tense(text, start, end, FAR_REACH) if tense is None and widen else tense


# A photograph's caption tells when it was taken: "Dr Murray, shown here in February, denies the charge".
_PICTURED = re.compile(
    r"(?<!\bbe\s)\b(?:shown|pictured|photographed|seen)\s+(?:here\s+|above\s+|left\s+|right\s+)?(?:in|on)\s+$", re.I
)


def begun_before(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows "since" or a caption's "shown here in": a time already begun,
    whatever the clause's tense."""
    return any(pattern.search(text, max(0, start - 30), start) for pattern in (_SINCE, _PICTURED))


def _clause_tense(text: str, start: int, end: int, reach: int) -> Tense | None:
    """``tense_near`` with the clause read at most ``reach`` characters before the date."""
    if begun_before(text, start):
        return "past"
    if _POSSESSIVE_AHEAD.match(text, end):
        return "future"  # "The commission said Friday night's debate will go ahead" (an audit): the noun's verb
    tense = _bounded_tense(text, start, end, reach, soft=True)
    if tense is None and _SOFT_BREAK.search(text, max(0, start - reach), min(len(text), end + 90)):
        # a colon or a dash cut off a clause with no tense of its own: a list or an aside of the clause before it
        # ("The Senate will vote on two bills: the budget on Tuesday", "will vote -- probably on Thursday --")
        tense = _bounded_tense(text, start, end, reach, soft=False)
    return tense


_SOFT_BREAK = re.compile(r":\s|\s--\s|\s—\s")


def _bounded_tense(text: str, start: int, end: int, reach: int, soft: bool) -> Tense | None:
    first, last, clause_start = clause_bounds(text, start, end, reach, 60, soft)
    left = text[first:start]
    cue = _FUTURE_CUE.search(text, max(0, start - 40), start)
    right = text[end:last]
    if (aside := _RELATIVE_ASIDE.search(text, end, min(len(text), end + 160))) is not None and aside.start() < last:
        rest = clause_bounds(text, aside.end(), aside.end(), 0, 60, soft)[1]
        right = text[end : aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() : rest]
    elif _OPEN_ASIDE.search(left) and (comma := right.find(",")) >= 0:
        right = right[:comma]  # "his brothers, who will take part on Friday, defended him": the aside's own time
    if cue and _COPULA_CUE.fullmatch(cue[0]) and _POSSESSIVE.match(text, end):
        cue = None  # "The focus is on Monday's vote": the copula is the noun's, not the date's (a review)
    if cue and not _past_cue(text, cue, left, right, clause_start) and not _agent_by(text, cue, end):
        return "future"
    found = [(len(left) - match_end, tense) for match_end, tense in _markers(left, clause_start)]
    if found and (attribution := _ATTRIBUTION.search(right)):
        right = right[: attribution.start()]  # "... released Monday, the office said": reported speech
    if relative := _RELATIVE.search(right):
        right = right[: relative.start()]  # "programs Tuesday that will provide ...": another clause's time
    # Right context counts a little less: "on Tuesday, officials said" is reported speech; after a future
    # auxiliary, a participle with its preposition right after the date much less: in "will face a hearing on
    # Thursday devoted to the spill" it modifies the noun ("a plan to cut taxes on Thursday passed in" is a verb).
    modifier_after = _EXPLICIT_FUTURE.search(left) is not None
    found += [
        (match_start + (50 if modifier_after and tense == "past" and _PARTICIPLE_PHRASE.match(right, match_start)
                        and not right[:match_start].strip() else 10), tense)
        for match_start, tense in _markers(right, False, use_start=True)
    ]
    if not found and _PRESENT_SUBORDINATE.search(left) and not _WEEKDAY_SPAN.match(text, start, end):
        # "it matters if a Republican is elected president in November": a condition ahead. Not a weekday: a
        # headline tells the past in the present ("Three die when bus is hit by train on Monday", a review).
        return "future"
    return min(found)[1] if found else None


# A day's possessive whose noun has a future verb: "Friday night's debate will go ahead", "Monday's vote is expected".
_HAPPENS = (
    r"(?:go\s+ahead|take\s+place|be\s+(?:held|broadcast|televised|aired|staged|played)|proceed|start|begin|open|"
    r"kick\s+off)"
)
_POSSESSIVE_AHEAD = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:will\s+(?:still\s+|now\s+)?{_HAPPENS}|won['’]t\s+{_HAPPENS}|"
    rf"(?:is|are)\s+(?:set|scheduled|expected|due|slated)\s+to\s+{_HAPPENS})\b",
    re.IGNORECASE,
)
# A condition or a time clause in the present speaks of what is ahead ("if she wins in November", "when the
# talks resume in May", "once it is approved in June"), read when the clause has no other tense marker.
_WEEKDAY_SPAN = re.compile(r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_PRESENT_SUBORDINATE = re.compile(
    # not an indirect question ("officials ask if anyone is aware"), nor "when it comes to"
    r"(?<!\bask\s)(?<!\basks\s)(?<!\bknow\s)(?<!\bsee\s)(?<!\bwonder\s)(?<!\bunclear\s)"
    r"\b(?:if|when(?!\s+it\s+comes\b)|once|unless|until|as\s+soon\s+as)\s+[^,;:.!?]{0,60}?\b(?:is|are|am|gets?|wins?|loses?|"
    r"becomes?|takes?|comes?|goes|resumes?|opens?|starts?|begins?|ends?)\b[^,;:.!?]*$",
    re.IGNORECASE,
)


def _past_cue(text: str, cue: re.Match[str], left: str, right: str, clause_start: bool) -> bool:
    """Whether a forward-pointing cue speaks of the past after all: a past perfect in the clause ("had
    been due to expire Friday", "until Saturday none had reached shore"), a past auxiliary right before
    it ("were due on Monday"), a fronted "By January," whose clause goes on in the past ("By Jan. 2,
    McCain was on the carrier"), or a "through" that ends a period already over."""
    before = _previous_words(text, cue.start())
    return bool(
        _PAST_PERFECT.search(left)
        or _PAST_PERFECT.search(right)
        or (before and before[-1] in _PAST_AUXILIARY)
        or (clause_start and not left[: len(left) - len(cue[0])].strip(" \"'(") and _next_tense(right) == "past")
        or _ended_through(text, cue, left)
    )


def _agent_by(text: str, cue: re.Match[str], end: int) -> bool:
    """Whether a "by" cue names an agent, not a deadline: a participle before it and a possessive date after
    ("affected by Tuesday's earthquake"; "by Friday's deadline" and "completed by Friday" stay deadlines)."""
    if not cue[0].lower().startswith("by") or not _POSSESSIVE.match(text, end):
        return False
    before = _previous_words(text, cue.start())
    return bool(before) and _PARTICIPLE.fullmatch(before[-1]) is not None


def _next_tense(right: str) -> Tense | None:
    """The tense of the first marker after a date, if any."""
    found = _markers(right, False, use_start=True)
    return min(found)[1] if found else None


def _ended_through(text: str, cue: re.Match[str], left: str) -> bool:
    """Whether a "through" or "until" cue ends a period that is over, not one still running: a range begun
    with "from" ("from January through March"), a period word before it ("the three months through March"),
    a clear past verb in the clause ("sales fell through March") or, for "until", a simple past (an irregular
    form, "was", "did") as the nearest marker ("the spill ran until July 15", "did not hear about it until
    Friday"; not "said the ban will stay until November", "has halted drilling until Nov. 30")."""
    word = cue[0].lower()
    if word.startswith(("until", "till")):
        segment = left[: max(0, len(left) - len(cue[0]))]
        before = _markers(segment, False)
        nearest = _LAST_WORD.search(segment, 0, max(before)[0]) if before else None
        return nearest is not None and bool(_CLEAR_PAST.fullmatch(nearest[0]) or nearest[0].lower() in _SIMPLE_PAST)
    if not word.startswith("through"):
        return False
    return bool(
        _FROM.search(left)
        or _PERIOD_BEFORE.search(text, max(0, cue.start() - 12), cue.start())
        or _CLEAR_PAST.search(left)
    )


def _previous_words(segment: str, start: int) -> list[str]:
    """The (up to two) lowercased words right before ``segment[start]``."""
    return segment[max(0, start - 24) : start].lower().split()[-2:]


def _markers(segment: str, clause_start: bool, use_start: bool = False) -> list[tuple[int, Tense]]:
    """Tense markers in a clause segment as (position, tense): end positions, or starts if asked.

    ``clause_start``: the segment begins its clause (a capitalised word first in it is no name).
    """
    markers: list[tuple[int, Tense]] = []
    for match in _FUTURE.finditer(segment):
        before = _previous_words(segment, match.start())
        word = match[0].lower()
        if (
            word in _SCHEDULE_VERBS
            and before
            and (
                before[-1] in _NOUN_BEFORE
                or (  # "Trump's visit to Walter Reed" (a user test); not "Let's meet", "it's open"
                    before[-1].endswith(("'s", "’s", "s'", "s’"))
                    and before[-1].replace("’", "'").strip("\"“'‘(") not in _CONTRACTIONS
                )
                or before[-1] == "to"
                or before[-1].endswith("-")
                or _CLEAR_PAST.fullmatch(before[-1])
            )
        ):
            continue  # "during a visit", "impossible-to-open", "broke open", "was the first to arrive": no plan
        if word == "next" and before and (before[-1] == "the" or before[-1] in _POSSESSIVES or _POSSESSIVE.search(
            before[-1]
        )):
            continue  # "the next afternoon": narrative; "His next speech, on May 28, was delivered": his following one
        if word == "coming" and _COMING_OUT.match(segment, match.end()) and not (before and before[-1] in _PROGRESSIVE):
            continue  # "the huzzahs coming out of her headquarters Monday night": a motion, not the future
        if not use_start and _PROGRESSIVE_CUE.match(word) and _EARLIER_EVENT.search(segment, match.end()):
            continue  # "is heading lower after Monday's rout", "are leaving the city after the quake on Monday"
        if word.startswith(("expect", "want")) and before and before[-1] in _NEGATED_PAST:
            continue  # "She didn't expect Trump to attack her on Monday": told after the fact
        # "had been scheduled to", "was due to": a plan in the past; after the date, a past intent verb
        # says when the intent was ("On Saturday, Obama sought to ...").
        past_plan = bool(before) and (before[-1] in _PAST_AUXILIARY or before[-2:] == ["had", "been"])
        past_intent = use_start and _PAST_INTENT.match(word) is not None
        markers.append((match.start() if use_start else match.end(), "past" if past_plan or past_intent else "future"))
    for match in _PAST.finditer(segment):
        before = _previous_words(segment, match.start())
        if before and (before[-1] in _NOT_VERB_BEFORE or (before[-1].endswith("ly") and before[0] in _NOT_VERB_BEFORE)):
            continue  # not "will be held", "will be officially released"
        word = match[0]
        if word.lower() == "last" and before and before[-1] in _DETERMINERS and _final_not_past(segment, match.end()):
            continue  # "the last best hope before August": final, not past (a user test read 2009-08 in June 2010)
        if word[-2:].lower() == "ed" and (
            word.lower() in _NOT_PAST_ED
            or (before and (before[-1] in _ADJECTIVE_BEFORE or before[-1].endswith(("'s", "’s"))))
            or _hyphenated_adjective(segment, match.start())
            or (word[0].isupper() and _is_name(segment, match, clause_start))
        ):
            continue  # "a still unspecified date", "Friday's expected vote", "so-called", "the United States"
        markers.append((match.start() if use_start else match.end(), "past"))
    return markers


_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "a"})
# "the last week", "the last few days", "the last two years": a span just past, a past marker still.
_TIME_UNIT_AFTER = re.compile(
    r"\s+(?:(?:few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+)?)?"
    r"(?:days?|weeks?|weekends?|months?|years?|decades?|hours?|minutes?|nights?|quarters?|seasons?|times?)\b",
    re.IGNORECASE,
)


# ... unless the span is one of a named period or ends at a date: "the last days of August", "the last week before
# the recess" are its final ones (a review read "Talks resume in the last days of August" in June 2010 as 2009-08).
_PERIOD_AFTER_UNIT = re.compile(r"\s+(?:of|before|until|till)\b", re.IGNORECASE)


def _final_not_past(segment: str, end: int) -> bool:
    """Whether "last" after a determiner, ending at ``end``, means final (no past marker): before no time unit, or
    a time unit of a period named after it."""
    unit = _TIME_UNIT_AFTER.match(segment, end)
    return unit is None or _PERIOD_AFTER_UNIT.match(segment, unit.end()) is not None


def _hyphenated_adjective(segment: str, start: int) -> bool:
    """Whether the "-ed" word at ``start`` ends a hyphenated compound adjective ("so-called", "long-awaited",
    "U.S.-backed"), not a verb with a prefix ("re-elected", "co-founded")."""
    if start == 0 or segment[start - 1] != "-":
        return False
    prefix = segment[max(0, start - 16) : start - 1].split()[-1:]
    return not prefix or prefix[0].lower() not in _VERB_PREFIXES


def _is_name(segment: str, match: re.Match[str], clause_start: bool) -> bool:
    """Whether a capitalised "-ed" word is part of a name: not first in its clause ("the United States"),
    or followed by another capitalised word ("United States are"); "Forced out in March" is a verb."""
    first = clause_start and not segment[: match.start()].strip(" \"'(")
    return not first or _NAME_NEXT.match(segment, match.end()) is not None


def weekday_date(anchor: date, weekday: int, tense: Tense | None, relation: str | None) -> date | None:
    """The date of a weekday named near ``anchor``.

    ``relation`` is "last", "next" or "this" when the text says so; otherwise the tense decides:
    past (the default in news) gives the latest such weekday on or before the anchor, future the
    next one after it.
    """
    delta = weekday - anchor.weekday()
    if delta == 0 and relation is None:
        # News names the day it is published by its weekday ("said on Friday" in Friday's paper).
        return anchor
    if relation == "next" or (relation is None and tense == "future"):
        days = delta if delta > 0 else delta + 7
    elif relation == "last":
        days = delta if delta < 0 else delta - 7
    elif relation == "this":
        days = delta
    else:
        days = delta if delta <= 0 else delta - 7
    return shift_days(anchor, days)


# Distances in the direction of the clause's tense count this much (news defaults to the past, a bit less).
TENSE_WEIGHT = 0.25
DEFAULT_PAST_WEIGHT = 0.8
# An explicit future auxiliary ("will", "I'll", "won't", "going to") in the clause is surer than the other
# future markers (schedule verbs, "expected"): "I'll vote for her in November", read in January, is ten
# months ahead, not two back.
EXPLICIT_FUTURE_WEIGHT = 0.1
# A past sentence opened by its date ("In October, she proposed ...") is surer still: a date of the coming weeks
# cannot be when something already happened.
EXPLICIT_PAST_WEIGHT = 0.05
_EXPLICIT_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going\s+to)\b|\w['’]ll\b", re.IGNORECASE)


def explicit_future(text: str, start: int, end: int) -> bool:
    """Whether the clause before text[start:end] has an explicit future auxiliary (one after the date is
    as often another clause's: "A poll in January shows voters say it will matter")."""
    # (not cut at a colon or a dash: "Disney will release Star Wars: The Force Awakens in December")
    first = clause_bounds(text, start, end, 90, 0, soft=False)[0]
    return _EXPLICIT_FUTURE.search(text, first, start) is not None


def month_year(anchor: date, month: int, day: int | None, tense: Tense | None, explicit: bool = False) -> int:
    """The year of a year-less "July 18" or "July": nearest the anchor in the direction of the tense.

    Distances in the tense's direction count less (past when no tense is found, as news mostly
    reports) rather than ruling the other side out, since the tense guess is shallow: "said on
    Dec. 7" in November is still next month's date, "took place on June 2" read in July last month's.
    ``explicit``: the future is an auxiliary's ("will"), or the past that of a sentence its date opens, which
    counts more.
    """
    candidates: list[date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = safe_date(year, month, min(day or 15, 28)) if valid_year(year) else None
        if when is not None:
            # A month named without a day is "now" in its own month.
            candidates.append(anchor if day is None and year == anchor.year and month == anchor.month else when)
    best = nearest_in_tense(anchor, candidates, tense, explicit)
    return best.year if best else anchor.year


def nearest_in_tense(
    anchor: date, candidates: Sequence[date], tense: Tense | None, explicit: bool = False
) -> date | None:
    """The candidate day nearest the anchor, distances in the tense's direction counting less (see month_year)."""
    preferred = tense if tense in ("past", "future") else "past"
    weight = TENSE_WEIGHT if tense in ("past", "future") else DEFAULT_PAST_WEIGHT
    if tense == "future" and explicit:
        weight = EXPLICIT_FUTURE_WEIGHT
    elif tense == "past" and explicit:
        weight = EXPLICIT_PAST_WEIGHT
    best: tuple[float, date] | None = None
    for when in candidates:
        distance = (when - anchor).days
        direction = "past" if distance <= 0 else "future"
        score = abs(distance) * (weight if direction == preferred else 1.0)
        if best is None or score < best[0]:
            best = (score, when)
    return best[1] if best else None


def shifted_value(reference: date, unit: str, amount: int) -> str | None:
    """TIMEX3 DATE value of ``reference`` moved by ``amount`` units, at that unit's granularity."""
    if unit == "D":
        moved = shift_days(reference, amount)
        return day_value(moved) if moved else None
    if unit in ("W", "WE"):
        moved = shift_days(reference, 7 * amount)
        return (week_value(moved) + ("-WE" if unit == "WE" else "")) if moved else None
    if unit == "2W":
        moved = shift_days(reference, 14 * amount)
        return week_value(moved) if moved else None
    if unit == "M":
        shifted = shift_months(reference.year, reference.month, amount)
        return month_value(*shifted) if shifted else None
    if unit == "Q":
        shifted = shift_months(reference.year, reference.month, 3 * amount)
        return f"{shifted[0]:04d}-Q{quarter_of(shifted[1])}" if shifted else None
    years = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
    if years is None:
        return None
    year = reference.year + years * amount
    if not valid_year(year):
        return None
    if unit == "DE":
        return f"{year // 10:03d}"
    if unit == "CE":
        return f"{year // 100:02d}"
    return f"{year:04d}"


def previous_quarter(anchor: date) -> str | None:
    """The last completed quarter before the anchor, as financial news means "the quarter"."""
    return shifted_value(anchor, "Q", -1)


def next_day(reference: date, days: int) -> date:
    """``reference`` plus ``days``, clamped into the calendar."""
    moved = shift_days(reference, days)
    if moved is not None:
        return moved
    return date.max if days > 0 else date.min + timedelta(days=0)


_QUARTER_WORDS = re.compile(r"\b(?:quarter|quarterly)\b", re.IGNORECASE)
_RESULTS_WORDS = re.compile(
    r"\b(?:quarter|quarterly|net|profit|revenue|sales|earnings|income|loss|a\s+share|operating)\b", re.IGNORECASE
)


def reporting_quarter_context(text: str, start: int, end: int) -> bool:
    """Whether a span sits in a quarterly-results comparison ("a year ago" = that quarter a year ago).

    The sentence must speak of results and the text of a quarter.
    """
    first, last, _ = clause_bounds(text, start, end, 160, 120)
    left, right = text[first:start], text[end:last]
    if not (_RESULTS_WORDS.search(left) or _RESULTS_WORDS.search(right)):
        return False
    return _QUARTER_WORDS.search(text) is not None


# A reporting aside right after an opening date: "In November, he said, voters will decide".
_REPORTING_ASIDE = re.compile(
    r"\s*(?:[\w.’'-]+\s+){1,3}(?:said|says|added|adds|noted|notes|argued|argues|wrote|writes|predicted|predicts)\s*,",
    re.IGNORECASE,
)
_REDUCED_RELATIVE = re.compile(r"[a-z]{2,}ed\s+(?:by|with)\b")


def has_past_marker(segment: str) -> bool:
    """Whether a stretch of text has a past verb form or auxiliary ("said", "promised", "was")."""
    return any(tense == "past" for _, tense in _markers(segment, True))


def main_verb_is_past(rest: str) -> bool:
    """Whether the sentence after an opening date phrase ("In October, ...") tells its main event in the past:
    no reporting aside ("he said,"), no future marker anywhere ("if elected, Clinton would", "is expected to"), and
    the first past form a verb, not an adjective opening the subject ("embattled incumbents") nor a reduced relative
    ("a law passed by Congress", "Americans frustrated with Washington")."""
    if _REPORTING_ASIDE.match(rest):
        return False
    found = _markers(rest, True)
    if any(tense == "future" for _, tense in found):
        return False
    past = [
        match for match in _PAST.finditer(rest)
        if any(end == match.end() for end, _ in found) and match[0].lower() not in ("last", "earlier", "ago")
    ]
    if not past:
        return False
    first = past[0]
    if first[0].lower().endswith("ed") and not rest[: first.start()].strip(" \"'("):
        return False  # "In October, embattled incumbents face voters": an adjective
    return _REDUCED_RELATIVE.match(rest, first.start()) is None
