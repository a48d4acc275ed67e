"""Actors and mentions: spaCy's entities corrected with a gazetteer, titles and in-article evidence.

The small English model mislabels names ("Kyiv" as a person, "Erdogan" as a place, "Trump" as an
organisation). The rules below decide the kind from what we know (a gazetteer, the person names of the
same article, a title before the name, the syntactic role of a capital) and fall back to spaCy's label
only when nothing is known. Canonical keys make one actor of "Erdogan", "Erdoğan" and "Recep Tayyip
Erdogan" in an article, and ``resolve_against`` lets the store merge across articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dateline.analyze.gazetteer import (
    FACILITY_WORDS,
    GROUP_WORDS,
    MEDIA_WORDS,
    ORGANISATION_ACRONYMS,
    PLATFORMS,
    POLITICAL_PARTIES,
    Gazetteer,
)
from dateline.analyze.names import canonical_key, forms_of_one_name, strip_name, surname_key, title_words
from dateline.analyze.roles import ROLE_NOUNS, TIME_ZONE, bare_roles, role_after, role_before, role_text
from dateline.given_names import census_names, first_names, given_name_sex
from dateline.records import Actor, ActorKind, Mention

_ENTITY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
_GAZETTEER_ONLY_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Nouns after a demonym that make it a government ("the Turkish presidency").
_GOVERNMENT_NOUNS = frozenset(
    {"government", "presidency", "administration", "ministry", "cabinet", "authorities", "officials",
     "foreign ministry", "leadership", "parliament", "embassy"}
)
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
_MAX_GAZETTEER_WORDS = 3
# Lower-case words a person's name may start with ("de Blasio", "van der Bellen", "al-Assad" is one token).
_NAME_PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "van", "von", "zu",
                             "ter", "ten", "op", "y", "al", "el", "bin", "ibn", "la", "le", "ben", "abu"})
# Forms of address before a name: "Mr Papandreou" is Papandreou (British style writes them without a dot).
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "messrs"})
# Capitalised words the model runs into a name that are never given names: a page's pull-quote marks ("End Quote
# Obama administration letter"), "Team Obama", "Comrade Obama" (a user test found them as people of their own,
# and "actor Obama" could not tell which Obama was meant).
_NOT_NAME_STARTS = frozenset({"quote", "unquote", "team", "comrade"})


@dataclass
class _Draft:
    """A mention being built: token span, display name, kind and (for persons) role."""

    span: Span
    name: str
    kind: ActorKind
    key: str = ""
    role: str | None = None
    country: str | None = None
    guessed_place: bool = False  # the model's GPE/LOC for a name no gazetteer knows: an organisation may overrule it


def _is_headline(span: Span) -> bool:
    """Whether the sentence is set in title case, where the model's entities are unreliable."""
    words = [t for t in span.sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 4 and sum(t.is_title for t in words) / len(words) > 0.7


def _person_surnames(doc: Doc, gazetteer: Gazetteer, things: set[int]) -> set[str]:
    """Surname keys of multi-word person names in the document ("erdogan" from "Recep Tayyip Erdogan"), not of
    the entities (by start token) that name things."""
    surnames: set[str] = set()
    for ent in doc.ents:
        name = strip_name(ent.text)
        key = canonical_key(name)
        if (ent.label_ == "PERSON" and " " in name and "\n" not in ent.text and gazetteer.place(name) is None
                and ent.start not in things
                and key not in gazetteer.media and surname_key(key) not in MEDIA_WORDS):
            surnames.add(surname_key(key))
        elif ent.label_ in _HONORIFIC_LABELS and key and "\n" not in ent.text and _after_honorific(ent):
            # "Dr Keiji Fukuda", "Ms Vassiliou": a form of address says a person, whatever the model's label (a
            # user test found both organisations, and with them "Androulla Vassiliou" named without one).
            surnames.add(surname_key(key))
    return surnames


_HONORIFIC_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _after_honorific(span: Span) -> bool:
    """Whether a personal form of address stands right before the span ("Ms Vassiliou", "Dr. Fukuda")."""
    before = _word_before_name(span)
    return before is not None and before.text[:1].isupper() and before.lower_.rstrip(".") in _HONORIFICS


def _word_before_name(span: Span) -> Token | None:
    """The word right before a name, past a period of its own ("Mrs . Clinton"): where a form of address stands."""
    doc, start = span.doc, span.start - 1
    if start >= 0 and doc[start].text == ".":
        start -= 1
    return doc[start] if start >= 0 else None


def _thing_entities(doc: Doc) -> set[int]:
    """The start tokens of the person entities that name things (see :func:`_names_a_thing`)."""
    lone_people = {ent.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1}
    return {ent.start for ent in doc.ents if _names_a_thing(ent, lone_people)}


def _names_a_thing(ent: Span, lone_people: set[str]) -> bool:
    """Whether a name the model took for a person's names a thing: the text writes it after "the" and before a
    common noun ("the Deepwater Horizon rig", "the Exxon Valdez disaster"), as people's names are not."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].lower_ in first_names():
        return False
    doc = ent.doc
    if ent[-1].text in lone_people:
        return False  # "the Barack Obama administration" and "Obama said": a person
    for match in re.finditer(rf"\b[Tt]he\s+{re.escape(ent.text)}\s", doc.text):
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if (after is not None and after[0].pos_ == "NOUN" and after[0].lower_ not in _DESCRIPTORS
                and after[0].lower_ not in _PERSONS_NOUNS):
            return True
    return False


# What a person has or heads: "the Hosni Mubarak regime", "the Vladimir Putin era" name a person still.
_PERSONS_NOUNS = frozenset({
    "regime", "era", "administration", "government", "family", "campaign", "presidency", "foundation", "trial",
    "case", "estate", "camp", "aides", "team", "years", "doctrine", "cabinet", "rule", "policy", "policies",
    "visit", "speech", "statement", "interview", "murder", "killing", "assassination", "death", "funeral",
    "affair", "scandal", "story", "show", "legacy", "verdict", "memoir", "biography", "song", "album",
})


_CASE_WORDS = frozenset({"v.", "v", "vs.", "vs", "versus"})


def _trim(span: Span, label: str, gazetteer: Gazetteer) -> Span | None:
    """Drop a leading determiner (and a person's lower-case descriptor or form of address: "rival", "Mr")
    and a trailing possessive from an entity span.

    A person name also takes in given names the model left out ("Rustem" before "Umerov").
    """
    start, end = span.start, span.end
    doc = span.doc
    if any(token.lower_ in _CASE_WORDS for token in span[1:-1]):
        # A court case ("Trump v. Trump", "Roe v. Wade") names no one actor: a user test's "Trump v. Trump" took
        # 31 of Trump's mentions in one article as the person of that name.
        return None
    while label == "PERSON" and start > span.sent.start and _is_given_name(doc[start - 1], gazetteer):
        start -= 1
    if start < end and span.doc[start].lower_ == "the":
        start += 1
    if end > start and span.doc[end - 1].text in {"'s", "’s", "'"}:
        end -= 1
    # "Tamiflu & other treatments": the model runs a joining word or sign into the name (a user test's actor list
    # read "Tamiflu &").
    while end - start > 1 and doc[end - 1].lower_ in _TRAILING_JOINERS:
        end -= 1
    # "World Health Organization (WHO": the model runs an opening bracket and the abbreviation into the name.
    if end - start > 2 and doc[end - 2].text == "(" and doc[end - 1].is_upper:
        end -= 2
    # News writes the day right after a name ("Obama Sunday toured the coast", "visit the Gulf later today"): the
    # model runs it into the name (a user test's actors had "Gulf later").
    while end - start > 1 and (span.doc[end - 1].lower_ in _WEEKDAYS or span.doc[end - 1].lower_ in _TIME_ADVERBS):
        end -= 1
    # "BP PLC", "Apple Inc." and "Transocean Ltd" are BP, Apple and Transocean, as most sentences write them.
    while label == "ORG" and end - start > 1 and span.doc[end - 1].lower_.rstrip(".") in _CORPORATE_SUFFIXES:
        end -= 1
        if end - start > 1 and span.doc[end - 1].text == ",":
            end -= 1
    # A name starts with a capital: "billionaire Donald Trump", "rival Hillary Clinton" name Trump and Clinton.
    while label == "PERSON" and end - start > 1 and (
        (doc[start].is_lower and doc[start].lower_ not in _NAME_PARTICLES)
        or doc[start].lower_.rstrip(".") in _HONORIFICS or doc[start].text == "."
        or doc[start].lower_ in _NOT_NAME_STARTS
        or (end - start > 2 and _is_descriptor(doc[start]))
        or doc[start].text in _COUNTRY_CODES  # an aggregator's "Reuters UK Obama: ..." (a user test's "UK Obama")
        or _opens_the_clause(doc[start])
        or _opening_gerund(doc[start])
    ):
        start += 1
    if label == "PERSON":
        start = _after_inner_title(doc, start, end)
    return span.doc[start:end] if start < end else None


# An airline's two-letter code and a flight number ("BA242", "AF447", "MH17"); not "G20", "F1", "A380".
_FLIGHT_CODE = re.compile(r"[A-Z]{2}\d{2,4}")
_TRAILING_JOINERS = frozenset({"&", "and", "or", "-", "–", "—", "/", ",", ";", ":", "("})


# Country and bloc codes written in capitals before a name: an edition's or a section's label, no part of it.
_COUNTRY_CODES = frozenset({"UK", "US", "USA", "EU", "UN", "U.S.", "U.K."})


# Parts of speech no name starts with: a sentence's first word the model ran into a name ("Entrusting Donald Trump
# with our economic future", "Though Kaine has described himself"; a user test found both among the actors).
_CLAUSE_OPENERS = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "ADP", "PRON", "DET", "PART", "INTJ"})


_GERUND_ZIPF = 4.5  # "injecting" 2.9, "building" 5.0, "morning" 5.5


def _opening_gerund(token: Token) -> bool:
    """A sentence's first word in "-ing" that is no given name: "Injecting Clinton's marital troubles into the
    campaign" (an audit found "Injecting Clinton" among the actors)."""
    if token.i != token.sent.start or not token.lower_.endswith("ing") or len(token) < 6:
        return False  # not "Ding Junhui", "Jing Wang" (a review)
    from wordfreq import zipf_frequency

    # A common noun in "-ing" opens names: "Morning Consult", "Evening Standard", "Building Trades Council".
    return token.lower_ not in first_names() and zipf_frequency(token.lower_, "en") < _GERUND_ZIPF


def _opens_the_clause(token: Token) -> bool:
    """A verb, adverb or function word the tagger reads as such, which no given name is ("Will", "Rush" are)."""
    return token.pos_ in _CLAUSE_OPENERS and token.lower_ not in first_names()


def _after_inner_title(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a person span that runs a title into it ("Coast Guard Commandant Thad Allen",
    "Attorney General Eric Holder"): after the last capitalised job or title word followed by two words or
    more ("Martin Luther King Jr" keeps King: one word follows)."""
    for i in range(end - 3, start, -1):
        if _is_descriptor(doc[i]) and doc[i + 1].is_title and doc[i + 1].lower_ in first_names():
            return i + 1
    return start


def _names_media(key: str) -> bool:
    """Whether an organisation's name ends like an outlet's ("... Times", "... News Agency"). "Agency" alone is a
    government's as often ("Health Protection Agency", "Central Intelligence Agency"): it needs another media word."""
    words = key.split()
    if words[-1] == "agency":
        return any(word in MEDIA_WORDS and word != "agency" for word in words[:-1])
    return words[-1] in MEDIA_WORDS


# Jobs and labels written capitalised before a name ("Comedian Ellen DeGeneres picked to host", "Sixers' Coach Jim
# O'Brien"), which the model takes into the name. Only such nouns: a capitalised common word may be a given name
# ("Sugar Ray Leonard", "Rush Limbaugh", "Ban Ki-moon").
_DESCRIPTORS = ROLE_NOUNS | frozenset({
    "actor", "actress", "singer", "rapper", "comedian", "comic", "musician", "star", "superstar", "model", "designer",
    "author", "writer", "novelist", "poet", "artist", "painter", "photographer", "filmmaker", "moviemaker",
    "producer", "coach", "quarterback", "pitcher", "striker", "goalkeeper", "boxer", "golfer", "champion", "chef",
    "presenter", "anchor", "journalist", "columnist", "blogger", "businessman", "businesswoman", "billionaire",
    "tycoon", "mogul", "entrepreneur", "investor", "banker", "lawyer", "doctor", "surgeon", "scientist",
    "activist", "campaigner", "veteran", "defender", "midfielder", "forward", "guard", "linebacker", "receiver",
    "outfielder", "shortstop", "catcher", "infielder", "manager", "skipper", "teammate", "rookie", "executive",
})


def _is_descriptor(token: Token) -> bool:
    """A capitalised job or label before a name of two words or more, not part of the name (ROLE_NOUNS and a few
    more: actress, coach, comedian); a role noun stays the mention's role (see :func:`role_before`)."""
    return token.is_alpha and token.is_title and token.lower_ in _DESCRIPTORS


# In a title-case headline the model often runs a name into the words around it ("Lindsay Lohan Checks Into
# Rehab", "Obama Reverses Bush Rule", "Actress Esther Williams Dies"), or takes a capitalised common word for a
# given name ("Fascist Trump", "Team Clinton"). Such a span is cut to the names the article writes outside its
# headlines. A word dropped before a name must be common in lower-case English (wordfreq Zipf) and no first
# name (the US Census list): "Hunter Biden" and "Chris Cuomo" stay whole beside a "Joe Biden" or "Andrew Cuomo".
_COMMON_WORD_ZIPF = 3.5
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_SENTENCE_FINAL = frozenset({".", "!", "?", "…", '"', "”", "'", "’"})


def _sex_of_given_name(key: str) -> str | None:
    """"f" or "m" for a full name whose given name the census lists for one sex only; None otherwise."""
    return given_name_sex(key.split()[0])


_HONORIFIC_SEX = {"mrs": "f", "ms": "f", "miss": "f", "mr": "m"}


def _sex_of_honorific(span: Span) -> str | None:
    """"f" or "m" when a form of address stands right before the name: "Mrs. Clinton", "Mr Murray"."""
    before = _word_before_name(span)
    return _HONORIFIC_SEX.get(before.lower_.rstrip(".")) if before is not None else None


def _is_headline_line(span: Span) -> bool:
    """Whether the span lies in a title-case line that does not end a sentence: a headline, not a lead that
    names many people ("Sean Penn met Hugo Chavez in Caracas on Tuesday.")."""
    sentence = span.sent
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return _is_headline(span) and (last is None or last.text not in _SENTENCE_FINAL)


@dataclass(frozen=True)
class _BodyNames:
    """The person names an article writes outside its headlines: full names (two words or more), surnames, and
    the text of its other sentences with the other entities' names in it."""

    full: frozenset[tuple[str, ...]]
    surnames: frozenset[str]
    text: str  # the sentences outside headlines, space-padded, where a name the model missed is still written
    others: frozenset[tuple[str, ...]]  # names the model tags as no person there ("Red Cross")

    def writes(self, part: Span) -> bool:
        """Whether the article writes ``part``, two capitalised words or more, as words of its other sentences,
        and not as the name of an organisation or place."""
        words = [t.text for t in part]
        return (
            len(words) >= 2 and all(w[:1].isupper() for w in words) and _name_words(part) not in self.others
            and f" {' '.join(words)} " in self.text
        )


def _name_words(tokens: Span) -> tuple[str, ...]:
    return tuple(t.text.casefold().rstrip(".") for t in tokens if t.text not in _POSSESSIVES)


def _body_names(doc: Doc) -> _BodyNames:
    """The person names written outside the document's headlines, to cut a headline's run-on names against."""
    full: set[tuple[str, ...]] = set()
    others: set[tuple[str, ...]] = set()
    body = " ".join(" ".join(t.text for t in sent) for sent in doc.sents if not _is_headline_line(sent))
    for ent in doc.ents:
        if "\n" in ent.text or _is_headline_line(ent):
            continue
        words = _name_words(ent)
        if ent.label_ != "PERSON":
            others.add(words)
        elif len(words) >= 2:
            full.add(words)
            if ent[0].lower_ == "the" and len(words) >= 3:
                full.add(words[1:])
    return _BodyNames(frozenset(full), frozenset(words[-1] for words in full), f" {body} ", frozenset(others))


def _headline_names(span: Span, names: _BodyNames) -> list[Span]:
    """The names inside a headline's person span, as the article writes them elsewhere; the span itself when
    it is such a name already, when it holds none, or outside headlines.

    Words before the first name must be common English words that are no first names ("Actress", "Fascist"),
    so that a longer form ("Recep Tayyip Erdogan" beside "Tayyip Erdogan") or another person of the surname
    ("Hunter Biden" beside "Joe Biden") stays whole. A name keeps a suffix after it ("Donald Trump Jr.").
    """
    if len(span) < 2 or not _is_headline_line(span) or _name_words(span) in names.full:
        return [span]
    found: list[Span] = []
    i = 0
    while i < len(span):
        width = _name_at(span, i, names, first=not found)
        if not width:
            i += 1
            continue
        end = i + width
        while end < len(span) and span[end].text.casefold().rstrip(".") in _NAME_SUFFIXES:
            end += 1
        while end > i + 1 and span[end - 1].text in _POSSESSIVES:
            end -= 1
        found.append(span[i:end])
        i = end
    return found or _unconfirmed_headline_name(span, names)


def _unconfirmed_headline_name(span: Span, names: _BodyNames) -> list[Span]:
    """A headline's person span the article writes nowhere else: none when every word is a common word that is
    no given name and the body writes the first in lower case ("Driver Charged" over "a driver was charged");
    cut before common words that follow two name words ("Lindsay Lohan" of "Lindsay Lohan Checks Into Rehab",
    where the body says "LiLo"); else as the model gave it.

    A span that starts with a common word ("Tiger Woods Wins Masters") is left whole: where its name ends is
    not known.
    """
    words = [t for t in span if t.is_alpha]
    if words and all(_is_common_word(t) for t in words) and f" {words[0].lower_} " in names.text:
        return []
    name = 0
    while name < len(span) and span[name].is_alpha and not _is_common_word(span[name]):
        name += 1
    # A surname that is a common word ends the name when the body writes it as a name ("Anna Nicole Smith Dies
    # At 39" over "Smith, the former model, died").
    while name >= 2 and name < len(span) and _written_as_name(span[name], names):
        name += 1
    rest = span[name:]
    # One common word after two name words may be the surname ("Martin Luther King"); after three it is not.
    if name >= 2 and len(rest) >= (1 if name >= 3 else 2) and all(_is_common_word(t) for t in rest):
        return [span[:name]]
    return [span]


def _written_as_name(token: Token, names: _BodyNames) -> bool:
    """Whether the body writes the word as a surname: in a full name, or capitalised and never in lower case."""
    folded = token.text.casefold()
    return folded in names.surnames or (
        token.is_title and f" {token.text} " in names.text and f" {token.lower_} " not in names.text
    )


def _name_at(span: Span, i: int, names: _BodyNames, first: bool) -> int:
    """How many words of a name the article writes start at ``span[i]`` (0: none). The first name found may
    follow only common words; a name the model did not tag in the body only starts the span."""
    if first and not all(_is_common_word(t) for t in span[:i]):
        return 0
    for width in range(len(span) - i, 1, -1):
        part = span[i : i + width]
        if len(part) < len(span) and (_name_words(part) in names.full or (i == 0 and names.writes(part))):
            return width
    return 1 if _is_lone_surname(span, i, names) else 0


def _is_common_word(token: Token) -> bool:
    """Punctuation, or a word common in lower-case English (Zipf >= 3.5) that is no first name: no given name
    in a headline ("Fascist", "Team"; not "Hunter", "Chris", "Will")."""
    if not token.is_alpha:
        return True
    if token.lower_ in first_names():
        return False
    from wordfreq import zipf_frequency  # the frequency table loads on first use

    return zipf_frequency(token.lower_, "en") >= _COMMON_WORD_ZIPF


_RARE_WORD_ZIPF = 4.0
_LINK_MARKS = frozenset({"/", ".", "@", "#", "_", "-", ":", "="})


def _running_lower_case_words(doc: Doc) -> set[str]:
    """The lower-case words of the document's running text (see :func:`_running_lower_case_word`), outside lines
    that are web addresses as a corpus writes them token by token ("lindsay - lohan - checks")."""
    return {
        token.text
        for sent in doc.sents
        if sum(t.text in {"/", "_"} or t.like_url for t in sent) < 2
        for token in sent
        if _running_lower_case_word(token)
    }


def _running_lower_case_word(token: Token) -> bool:
    """A lower-case word of the running text, not part of a web address, tag or file name ("klitschko.com")."""
    if not (token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "ADJ", "VERB"}):
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    glued_before = before is not None and before.text in _LINK_MARKS and not before.whitespace_
    glued_after = (
        after is not None and after.text in _LINK_MARKS and not token.whitespace_ and not after.whitespace_
        and after.i + 1 < len(doc)
    )
    return not (glued_before or glued_after)


def _written_in_lower_case(span: Span, lower_words: set[str], surnames: set[str]) -> bool:
    """A one-word name the article also writes in lower case is a common noun capitalised in places ("Propofol"
    beside "propofol": a drug was a person in a user test), unless it is a surname of the article's people or
    a common English word that is also a name ("May", "Rice", "Bush")."""
    word = span.text
    if len(span) != 1 or not word.istitle() or word.lower() not in lower_words or word.lower() in surnames:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < _RARE_WORD_ZIPF


def _is_lone_surname(span: Span, i: int, names: _BodyNames) -> bool:
    """Whether ``span[i]`` is a surname the article writes in full, not preceded in the span by what may be
    another given name ("Ivanka Trump" stays whole beside a "Donald Trump"; "Fascist Trump" is Trump)."""
    token = span[i]
    if not token.text[:1].isupper() or token.text.casefold() not in names.surnames:
        return False
    return i == 0 or _is_common_word(span[i - 1])


def _is_given_name(token: Token, gazetteer: Gazetteer) -> bool:
    """A capitalized proper noun outside any entity that names no place or title: part of a name."""
    return (
        token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.is_alpha
        and token.lower_ not in ROLE_NOUNS and gazetteer.place(token.text) is None
        and gazetteer.demonym_country(token.text) is None
    )


def _gazetteer_spans(doc: Doc, covered: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Proper-noun runs outside spaCy's entities that the gazetteer knows (places, metonyms, media)."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper():
            i += 1
            continue
        for width in range(_MAX_GAZETTEER_WORDS, 0, -1):
            span = doc[i : i + width]
            if len(span) < width or span[-1].pos_ != "PROPN" or any(t.i in covered for t in span):
                continue
            if "\n" in span.text:
                continue
            key = canonical_key(span.text)
            if (gazetteer.place(span.text) or gazetteer.metonym_country(span.text) or key in gazetteer.media
                    or key in gazetteer.groups):
                found.append(span)
                i += width - 1
                break
        i += 1
    return found


# A transcript's notes in capitals, which the model takes for names.
_TRANSCRIPT_CUES = frozenset({
    "crosstalk", "applause", "laughter", "inaudible", "unintelligible", "cheers", "cheering", "booing", "music",
    "commercial break", "begin video clip", "end video clip", "voice over", "off mike", "off camera",
})  # fmt: skip


def _speaker_label(span: Span) -> bool:
    """Whether the span is a transcript's speaker label: one word in capitals opening its line or sentence, a
    colon right after it ("WALLACE: Thank you"). The caller also wants a surname of the census list ("NATO:" opens
    a headline)."""
    doc = span.doc
    if len(span) != 1 or not span.text.isupper() or len(span.text) < 3 or span.end >= len(doc):
        return False
    opens = span.start == 0 or doc[span.start - 1].is_space or doc[span.start - 1].text in {".", "!", "?", ")", "]"}
    return opens and doc[span.end].text == ":"


def _classify(span: Span, label: str, surnames: set[str], gazetteer: Gazetteer) -> _Draft | None:
    """Decide the kind of one candidate span, or None when it is not an actor."""
    name = strip_name(span.text)
    key = canonical_key(name)
    if not key or not any(char.isupper() for char in name):
        return None  # a name has a capital: "n't", "taco", "un-American" are no actors (an audit)
    if key in _TRANSCRIPT_CUES:
        return None  # "(CROSSTALK)", "[APPLAUSE]": a transcript's note, no actor (a re-check)
    titled = span.start > 0 and role_before(span) is not None
    if span.text in ORGANISATION_ACRONYMS:
        return _Draft(span, ORGANISATION_ACRONYMS[span.text], "ORG")
    if key in gazetteer.media:
        return _Draft(span, name, "MEDIA")
    if key in gazetteer.groups:
        return _Draft(span, name, "GROUP")
    if _speaker_label(span) and key in census_names("dist.all.last") and gazetteer.place(name) is None:
        # "TRUMP: We will win." A debate transcript's speaker (a re-check found "TRUMP" an organisation).
        return _Draft(span, name, "PERSON")
    if key in POLITICAL_PARTIES:
        return None if _names_a_member(span) else _Draft(span, POLITICAL_PARTIES[key], "ORG")
    if key in PLATFORMS:
        return _Draft(span, name, "ORG")
    country = gazetteer.metonym_country(name)
    if country is not None:
        return _Draft(span, country, "GOVERNMENT", country=country)
    country = gazetteer.demonym_country(name) if label in {"NORP", "GAZ", "GPE"} else None
    if country is not None:
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if following is not None and following.lemma_.lower() in _GOVERNMENT_NOUNS:
            return _Draft(span.doc[span.start : span.end + 1], country, "GOVERNMENT", country=country)
        return _Draft(span, country, "COUNTRY", country=country)
    place = gazetteer.place(name) or gazetteer.place(span.text)  # "Fla." keeps its period only in the span
    if place is not None and place.large and _title_follows(span) and surname_key(key) not in surnames:
        # "Texas Sen. Ted Cruz", "Florida Gov. Rick Scott": a state or country before a title, not a person.
        return _place_draft(span, place.name, place.kind, place.country)
    words = key.split()
    if label == "PERSON" and not titled and any(char.isdigit() for char in name):
        return None  # "H5N1", "H1N1": a virus strain or a code, no person (a user test of H1N1 coverage)
    if _FLIGHT_CODE.fullmatch(name):
        return None  # "BA242", "AF447": a flight, no actor (a user test's entry actors had "ba242")
    if label == "PERSON" and not titled and len(words) > 1 and not _PLACE_LEAD_WORDS.isdisjoint(words[:-1]):
        return _Draft(span, name, "PLACE")  # "Aoraki Mount Cook", "Lake Tahoe": no person, whatever the model says
    # The model's label on a lone surname is often wrong after a quote: '"...," Hayward told NBC' was WORK_OF_ART (a
    # user test found a city of Hayward beside Tony Hayward). Only where it speaks: "Jackson's Thriller" stays out.
    surname_label = label in {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"} or (
        label in {"WORK_OF_ART", "PRODUCT"} and _speaks(span)
    ) or (
        # "Jackson" alone in an article about Michael Jackson is he, not the city; a capital or a country is
        # still the place ("Washington" beside "George Washington").
        label == "GAZ" and place is not None and not place.large and place.kind != "CAPITAL"
    )
    if label == "PERSON" and not titled and " " in key and words[-1] in _ORGANISATION_HEADS:
        return _Draft(span, name, "ORG")  # "Patriot Coal", "John Birch Society": no person (an audit)
    if titled or (surname_key(key) in surnames and surname_label):
        return _Draft(span, name, "PERSON")
    if place is not None and not (label == "PERSON" and place.kind == "CITY" and not place.large):
        return _place_draft(span, place.name, place.kind, place.country)
    if " " in key and key.rsplit(" ", 1)[-1] in FACILITY_WORDS and label in {"ORG", "PERSON", "FAC", "GPE", "LOC"}:
        return _Draft(span, name, "PLACE")
    if label == "ORG" and " " in key and _names_media(key):
        return _Draft(span, name, "MEDIA")
    if key.rsplit(" ", 1)[-1] in GROUP_WORDS:
        return _Draft(span, name, "GROUP")
    if label in _GAZETTEER_ONLY_LABELS or label == "GAZ":
        return None
    if label == "ORG" and len(span) > 3 and _is_headline(span):
        return None
    if label in {"GPE", "LOC"}:
        # A name no gazetteer knows that the model calls a place: a company acting or employing is no place
        # ("Halliburton had poured the plugs", "a Transocean executive"; a user test of the BP spill coverage).
        if (label == "GPE" and key not in _US_POSTAL_CODES and _GEOGRAPHIC_WORDS.isdisjoint(words)
                and _acts_as_organisation(span)):
            return _Draft(span, name, "ORG")
        return _Draft(span, name, "PLACE", guessed_place=True)
    kinds: dict[str, ActorKind] = {"PERSON": "PERSON", "ORG": "ORG", "FAC": "PLACE", "NORP": "GROUP"}
    return _Draft(span, name, kinds[label])


# Words of a place's name ("St. Bernard Parish", "the Gulf Coast"): such a place acting is its people or authority.
_GEOGRAPHIC_WORDS = frozenset({
    "gulf", "coast", "river", "bay", "island", "islands", "isle", "county", "parish", "valley", "beach", "province",
    "state", "city", "town", "village", "district", "region", "strait", "sea", "ocean", "lake", "mount", "port",
})  # fmt: skip
# US states' postal codes ("Gov. John Kasich (R-OH)"), which the model calls places or organisations at random.
_US_POSTAL_CODES = frozenset({
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
    "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or",
    "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
})  # fmt: skip
# Nouns only an organisation premodifies ("a Halliburton executive", "Transocean shares"); a town's "officials" and
# "residents" stay a place's.
_STAFF_NOUNS = frozenset({
    "executive", "executives", "spokesman", "spokeswoman", "spokesperson", "employee", "employees",
    "shares", "stock", "shareholders", "ceo", "subsidiary", "contractor", "contractors",
})  # fmt: skip
_COMPANY_NOUNS = frozenset({"company", "firm", "contractor", "operator", "corporation", "conglomerate", "supplier",
                            "maker", "manufacturer", "insurer", "lender", "bank"})
# Verbs whose agent is a company: "owned by Transocean", "the cement made by Halliburton".
_COMPANY_VERBS = frozenset({
    "own", "operate", "run", "make", "manufacture", "build", "supply", "lease", "contract", "hire", "employ", "drill",
    "design", "produce", "sell", "buy", "acquire", "insure", "finance", "fund", "develop", "install", "pour", "test",
})  # fmt: skip
# Verbs of a statement, whose subject is a speaker: a company or a government, not a town.
_SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "deny", "confirm", "decline", "refuse", "admit", "acknowledge", "insist", "claim",
    "warn", "disclose", "comment", "respond", "contend", "argue", "dispute",
})  # fmt: skip


def _speaks(span: Span) -> bool:
    """Whether the name is the subject of a verb of a statement right after it ("Hayward told NBC", "Smith said")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.pos_ in {"VERB", "AUX"} and following.lemma_.lower() in _SPEECH_VERBS


def _acts_as_organisation(span: Span) -> bool:
    """Whether a name the model takes for a place is used as a company: it premodifies a staff noun ("one
    Halliburton executive"), follows or is explained by a word for a company ("services firm Halliburton",
    "Transocean, the company which owned the rig"), speaks ("Halliburton said") or is the agent of a passive
    ("owned by Transocean")."""
    root = span.root
    head = root.head
    if root.dep_ == "compound" and head.lower_ in _STAFF_NOUNS:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.lemma_.lower() in _COMPANY_NOUNS) or any(
        child.dep_ == "appos" and child.lemma_.lower() in _COMPANY_NOUNS for child in root.children
    ):
        return True  # "oil field services firm Halliburton", "Transocean, the company which owned the rig"
    if root.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in _COMPANY_VERBS:
        return True  # "owned by Transocean"; not "welcomed by Clarkston", "claimed by Somaliland"
    # A town acts too ("Clarkston welcomed refugees"), but a town does not speak: "Halliburton said"; a speaker
    # introduced by a title is a person the model missed ("Matdos Santos, legal director for ACLU of Oregon, said").
    introduced = any(
        child.dep_ == "appos" and (child.lower_ in ROLE_NOUNS or child.lemma_.lower() in _PLACE_NOUNS)
        for child in root.children
    )
    return root.dep_ == "nsubj" and head.lemma_.lower() in _SPEECH_VERBS and not introduced


_PLACE_NOUNS = frozenset({"region", "town", "city", "province", "capital", "state", "territory", "enclave",
                          "republic", "village", "county", "district", "island", "suburb", "municipality"})
_PLACE_LEAD_WORDS = frozenset({"mount", "mt", "lake", "cape", "fort"})
# Last words of organisations' names the model takes for people's.
_ORGANISATION_HEADS = frozenset({
    "coal", "energy", "oil", "gas", "bank", "holdings", "corp", "corporation", "company", "inc", "ltd", "airlines",
    "airways", "motors", "network", "networks", "society", "institute", "foundation", "fund", "partners",
    "pharmaceuticals", "technologies", "strategies", "consulting", "caucus", "association", "federation", "league",
    "union", "council", "committee", "commission", "agency", "ministry", "department", "party", "university",
})  # fmt: skip
# Words after "the Republican" that make it one person: "the Republican nominee", "the Democratic presidential
# candidate" (an audit found 17 such mentions of Trump counted as the party's).
_MEMBER_NOUNS = frozenset({
    "nominee", "candidate", "presidential", "vice", "standard-bearer", "frontrunner", "front-runner", "challenger",
    "incumbent", "contender", "hopeful", "senator", "congressman", "congresswoman", "governor", "leader",
})  # fmt: skip


_MEMBER_WORDS = frozenset({"republican", "democrat", "democratic", "tory", "conservative"})
# One person's nouns after a party's word: that person, not the party ("Republican" in "the Republican nominee" is
# _MEMBER_NOUNS' with a determiner; these name one person with or without one). Plurals stay the party's members.
_PERSON_AFTER_PARTY = frozenset({
    "opponent", "rival", "pollster", "strategist", "speechwriter", "operative", "consultant", "donor", "nominee",
    "candidate", "challenger", "incumbent", "congressman", "congresswoman", "lawmaker", "senator", "governor",
})  # fmt: skip


def _names_a_member(span: Span) -> bool:
    """Whether a party's one-word name after "the", "a", "one", "top" is a person: "the Republican nominee", "the
    GOP candidate", "The Republican is encouraging his supporters", "a Democrat from Ohio", "the top Democrat on
    the panel", "One Republican said"; not "the Democrats", "Republican senators", "The GOP said"."""
    doc = span.doc
    if len(span) != 1:
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.lower_ in _PERSON_AFTER_PARTY:
        # "his Democratic opponent, Hillary Clinton", "Democratic pollster Pat Caddell" (a re-check): whatever
        # comes before, a party word before one person's noun describes that person
        return True
    if span.text.lower() in _MEMBER_WORDS and span.root.dep_ != "compound" and any(
        child.dep_ == "det" and child.lower_ in _ONE_OF for child in span.root.children
    ):
        return True  # "a prominent New York Democrat", "a greedy Republican": the party's word as one person
    if span.start == 0 or doc[span.start - 1].lower_ not in _ONE_OF:
        return False
    if following is not None and following.lower_ in _MEMBER_NOUNS:
        return True
    # Only a word for one member is one as the noun itself: "The GOP said on Monday" is the party (a review).
    return span.text.lower() in _MEMBER_WORDS and span.root.dep_ in {
        "nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr",
    }


_ONE_OF = frozenset({"the", "a", "one", "another", "top", "senior", "leading", "ranking", "lone", "only"})

# Offices a state or country names before its holder ("Texas Sen. Ted Cruz"); not staff nouns ("Jordan spokesman").
_OFFICE_TITLES = frozenset({
    "sen", "sens", "gov", "govs", "rep", "reps", "lt", "atty", "senator", "senators", "governor", "governors",
    "congressman", "congresswoman", "representative", "mayor", "president", "premier", "attorney",
})


def _title_follows(span: Span) -> bool:
    """Whether an office title comes right after the span ("Sen.", "Gov.", "Governor", "President")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.lower_.rstrip(".") in _OFFICE_TITLES


def _place_draft(span: Span, name: str, kind: str, country: str | None) -> _Draft:
    """A country, city or region mention; a capital that acts stands for its government."""
    if kind == "COUNTRY":
        return _Draft(span, name, "COUNTRY", country=country)
    if kind == "CAPITAL" and country is not None and span.root.dep_ in _ACTING_DEPS:
        return _Draft(span, country, "GOVERNMENT", country=country)
    if kind in {"CAPITAL", "CITY"}:
        return _Draft(span, name, "CITY", country=country)
    return _Draft(span, name, "PLACE")


def _candidates(doc: Doc, gazetteer: Gazetteer) -> list[_Draft]:
    """Every entity and gazetteer hit in the document, classified."""
    thing_entities = _thing_entities(doc)
    surnames = _person_surnames(doc, gazetteer, thing_entities)
    body_names = _body_names(doc)
    drafts: list[_Draft] = []
    covered: set[int] = set()
    things: set[str] = set()
    lower_words = _running_lower_case_words(doc)
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS | _GAZETTEER_ONLY_LABELS or "\n" in ent.text.strip():
            continue
        thing = ent.start in thing_entities
        label = "FAC" if thing else ent.label_
        if label == "ORG" and (inner := _after_inner_title(doc, ent.start, ent.end)) > ent.start:
            # "Coast Guard Commandant Thad Allen" taken for one organisation: the person after the title.
            ent, label = doc[inner : ent.end], "PERSON"
        span = _trim(ent, label, gazetteer)
        covered.update(range(ent.start, ent.end))
        if span is None or _is_page_furniture(span, label):
            continue
        parts = _headline_names(span, body_names) if label == "PERSON" else [span]
        for part in parts:
            if label in {"PERSON", "GPE", "LOC"} and _written_in_lower_case(part, lower_words, surnames):
                continue
            draft = _classify(part, label, surnames, gazetteer)
            if draft is not None:
                drafts.append(draft)
                if thing and draft.kind != "PERSON":
                    things.add(canonical_key(draft.name))
    organisations = {canonical_key(d.name) for d in drafts if d.kind == "ORG"} | _listed_with_organisations(drafts)
    # Not "the Gulf Coast", nor a state's postal code the model calls an organisation once ("R-OH").
    organisations = {key for key in organisations if key not in _US_POSTAL_CODES and _GEOGRAPHIC_WORDS.isdisjoint(
        key.split())}
    for draft in drafts:
        if draft.kind == "PERSON" and canonical_key(draft.name) in things:
            draft.kind = "PLACE"  # "Transocean owned Deepwater Horizon" is the rig of "the Deepwater Horizon rig"
        elif draft.guessed_place and canonical_key(draft.name) in organisations:
            draft.kind = "ORG"  # one name, one kind: "Halliburton" a company once is one throughout
    for span in _gazetteer_spans(doc, covered, gazetteer):
        draft = _classify(span, "GAZ", surnames, gazetteer)
        if draft is not None:
            drafts.append(draft)
    drafts.sort(key=lambda d: d.span.start)
    return drafts


def _listed_with_organisations(drafts: list[_Draft]) -> set[str]:
    """Keys of guessed places coordinated with an organisation: "BP and Transocean", "BP, Halliburton and
    Transocean Ltd." name companies alike."""
    kind_at = {token.i: draft.kind for draft in drafts for token in draft.span}
    found: set[str] = set()
    for draft in drafts:
        if not draft.guessed_place:
            continue
        root = draft.span.root
        linked = [root.head] if root.dep_ in _LISTING_DEPS else []
        linked += [child for child in root.children if child.dep_ in _LISTING_DEPS]
        if root.dep_ in _LISTING_DEPS:
            linked += [sibling for sibling in root.head.children if sibling.dep_ in _LISTING_DEPS and sibling != root]
        if any(
            kind_at.get(token.i) == "ORG" or token.ent_type_ == "ORG"
            or (token.dep_ == "appos" and token.lemma_.lower() in _COMPANY_NOUNS)
            for token in linked
        ):
            found.add(canonical_key(draft.name))
    return found


_LISTING_DEPS = frozenset({"conj", "appos"})


_CORPORATE_SUFFIXES = frozenset({"plc", "inc", "corp", "co", "ltd", "llc", "lp", "ag", "sa", "nv", "spa", "gmbh"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TIME_ADVERBS = frozenset({"later", "earlier", "today", "tonight", "tomorrow", "yesterday", "now", "again"})
# Labels of a photo credit ("Photograph: Tim Ireland/PA"): the photographer is no actor of the news.
_CREDIT_LABELS = frozenset({"photograph", "photo", "photos", "picture", "pictures", "photographer", "credit", "image",
                            "illustration"})


def _is_page_furniture(span: Span, label: str) -> bool:
    """A name that is part of the page, not of the news: a timestamp's time zone ("22.09 BST", after a clock
    time: "MT" alone may be Montana), a photo credit (a person and an agency joined by a slash, "Dario
    Lopez-Mills/AP", or a person after a "Photograph:" label who ends the line or runs into the next sentence,
    not the subject of a caption: "Photo: Barack Obama greets troops")."""
    doc = span.doc
    if TIME_ZONE.fullmatch(span.text):
        return span.start > 0 and _is_clock(doc[span.start - 1])
    if label != "PERSON":
        return False
    if "/" in span.text:
        return True
    labelled = span.start >= 2 and doc[span.start - 1].text == ":" and doc[span.start - 2].lower_ in _CREDIT_LABELS
    following = doc[span.end] if span.end < len(doc) else None
    return labelled and (following is None or "\n" in following.text or following.text in {"/", "\\/"}
                         or following.is_title or following.is_upper)


def _is_clock(token: Token) -> bool:
    """A clock time's last word: "22.09", "10am", "p.m."."""
    return any(char.isdigit() for char in token.text) or token.lower_.rstrip(".") in {"a.m", "p.m", "am", "pm"}


def _attach_roles(drafts: list[_Draft]) -> list[_Draft]:
    """Give each person its title and drop the country/government mentions inside titles."""
    inside_titles: set[int] = set()
    for draft in drafts:
        if draft.kind != "PERSON":
            continue
        role = role_before(draft.span) or role_after(draft.span)
        if role is not None:
            draft.role = role_text(role)
            inside_titles.update(range(role.start, role.end))
    return [d for d in drafts if d.span.start not in inside_titles or d.kind == "PERSON"
            or (d.kind in {"ORG", "MEDIA"} and len(d.span) > 1)]


def _person_names(drafts: list[_Draft]) -> list[str]:
    """The name each person draft stands for, in order: a full name as the article most often writes that
    name ("Hillary Clinton" for a stray "Rival Hillary Clinton"; the longest on a tie: "Recep Tayyip Erdogan"
    for "Tayyip Erdogan"), and a surname or first name the full name it refers to.

    A surname shared by several people of the article ("Bill Clinton", "Hillary Clinton") is the nearest
    one written before it ("Hillary Clinton spoke ... Clinton said" is Hillary), or else the first after it.
    """
    persons = [d for d in drafts if d.kind == "PERSON"]
    keys = [canonical_key(d.name) for d in persons]
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for draft, key in zip(persons, keys, strict=True):
        if " " in key:
            counts[key] = counts.get(key, 0) + 1
            shown.setdefault(key, draft.name)

    def standing(key: str) -> tuple[int, int]:
        return counts[key], len(key.split())

    kin = bool(persons) and any(token.lower_ in _KIN_WORDS for token in persons[0].span.doc)
    form = _one_form_each(list(counts), standing, short_names=not kin)
    written_at: dict[str, list[int]] = {}  # surname -> where full names with it are written, in order
    for index, key in enumerate(keys):
        if " " in key:
            written_at.setdefault(surname_key(key), []).append(index)
    names = []
    for index, key in enumerate(keys):
        if " " in key:
            names.append(shown[form[key]])
            continue
        if key in written_at:
            places = written_at[key]
            before = bisect_left(places, index)
            names.append(shown[form[keys[places[before - 1] if before else places[0]]]])
            continue
        by_first = {form[k] for k in counts if k.split(" ", 1)[0] == key}
        names.append(shown[next(iter(by_first))] if len(by_first) == 1 else persons[index].name)
    return names


# Where an article names kin, "Bob Casey" and "Robert P. Casey" may be son and father.
_KIN_WORDS = frozenset({
    "father", "son", "brother", "sister", "mother", "daughter", "grandfather", "grandson", "uncle", "nephew",
    "cousin", "niece", "aunt", "granddaughter", "grandmother", "sons", "brothers", "father-in-law", "jr", "sr",
})


def _one_form_each(
    keys: list[str], standing: Callable[[str], tuple[int, int]], short_names: bool = False
) -> dict[str, str]:
    """Each full-name key's form: the best-standing key among those it is linked to by ``forms_of_one_name``,
    directly or through others ("Hillary Clinton", "Hillary Rodham Clinton", "Rodham Clinton" are one)."""
    group = {key: key for key in keys}

    def root(key: str) -> str:
        while group[key] != key:
            group[key] = group[group[key]]
            key = group[key]
        return key

    for index, key in enumerate(keys):
        for other in keys[index + 1:]:
            if forms_of_one_name(key.split(), other.split(), short_names):
                group[root(key)] = root(other)
    members: dict[str, list[str]] = {}
    for key in keys:
        members.setdefault(root(key), []).append(key)
    best = {top: max(names, key=standing) for top, names in members.items()}
    return {key: best[root(key)] for key in keys}


def _organisations_by_first_word(drafts: list[_Draft]) -> None:
    """A company's first word alone, which the model takes for a person's name, is the company the article names
    in full: "Patriot" after "Patriot Coal" (a re-check found 38 "Patriot" mentions a person once "Patriot Coal"
    was an organisation), "Walter" after "Walter Energy"."""
    full: dict[str, list[_Draft]] = {}
    for draft in drafts:
        words = draft.key.split()
        if draft.kind == "ORG" and len(words) > 1 and words[-1] in _ORGANISATION_HEADS:
            full.setdefault(words[0], []).append(draft)
    for draft in drafts:
        named = full.get(draft.key) if draft.kind == "PERSON" and " " not in draft.key else None
        if named and len({d.key for d in named}) == 1:
            draft.key, draft.name, draft.kind = named[0].key, named[0].name, "ORG"


def _assign_keys(drafts: list[_Draft]) -> None:
    """Key each draft; person names take the full name they refer to (see ``_person_names``), and an acronym
    the organisation the article names in full (see ``_expansions``)."""
    names = iter(_person_names(drafts))
    for draft in drafts:
        if draft.kind == "PERSON":
            draft.name = next(names)
            draft.key = canonical_key(draft.name)
        elif draft.kind == "GOVERNMENT":
            draft.key = canonical_key(f"government of {draft.name}")
        else:
            draft.key = canonical_key(draft.name)
    _one_key_with_us_prefix(drafts)
    expansions = _expansions(drafts)
    for draft in drafts:
        if draft.kind in {"ORG", "GROUP"} and (full := expansions.get(draft.span.text.replace(".", ""))) is not None:
            draft.name, draft.key, draft.kind = full.name, full.key, full.kind


def _one_key_with_us_prefix(drafts: list[_Draft]) -> None:
    """An organisation the article writes both with and without "U.S." ("the U.S. Coast Guard ... the Coast
    Guard") is one actor, keyed and named as the full form; another article's bare "Supreme Court" may be
    another country's, so it keeps its own key."""
    prefixed: dict[str, _Draft] = {}
    for draft in drafts:
        words = draft.key.split()
        if draft.kind == "ORG" and len(words) >= 3 and words[0] in {"us", "usa"}:
            prefixed.setdefault(" ".join(words[1:]), draft)
    for draft in drafts:
        full = prefixed.get(draft.key) if draft.kind == "ORG" else None
        if full is not None:
            draft.key, draft.name = full.key, full.name


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _expansions(drafts: Sequence[_Draft]) -> dict[str, _Draft]:
    """Acronyms the article also writes in full: "WHO" is the World Health Organization it names. Only an
    organisation's name whose initials (small words left out) spell the acronym, and only when one does."""
    found: dict[str, list[_Draft]] = {}
    for draft in drafts:
        if draft.kind != "ORG":
            continue
        for initials in _initials(draft.name):
            if not any(d.key == draft.key for d in found.get(initials, [])):
                found.setdefault(initials, []).append(draft)
    # Organisations only: "U.S." (a country) never becomes a union called United Steelworkers.
    acronyms = {d.span.text.replace(".", "") for d in drafts if d.kind in {"ORG", "GROUP"}}
    return {a: found[a][0] for a in acronyms if _ACRONYM.fullmatch(a) and len(found.get(a, [])) == 1}


def _initials(name: str) -> set[str]:
    """The acronyms an organisation's name may go by: its words' initials, small words left out, also without a
    leading country ("US Centers for Disease Control": CDC) or a last "and ..." ("Centers for Disease Control and
    Prevention": CDC, as a user test's H1N1 coverage wrote it)."""
    words = name.split()
    variants = [words]
    if len(words) > 2 and words[0].replace(".", "") in _COUNTRY_PREFIXES:
        variants.append(words[1:])
    for variant in list(variants):
        lowered = [w.lower() for w in variant]
        if "and" in lowered[2:]:
            variants.append(variant[: len(lowered) - 1 - lowered[::-1].index("and")])
    found = set()
    for number, variant in enumerate(variants):
        kept = [w for w in variant if w.lower() not in _ACRONYM_SKIPPED]
        if len(kept) >= (2 if number == 0 else 3) and all(w[:1].isupper() for w in kept):
            found.add("".join(w[0] for w in kept))
    return found


_COUNTRY_PREFIXES = frozenset({"US", "UK", "British", "American", "Canadian", "Australian"})


def _bare_role_drafts(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Mentions like "the Turkish President" of a person whose title the article gave earlier.

    The role phrase replaces the country mention the demonym inside it would otherwise make.
    """
    by_role: dict[str, _Draft] = {}
    for draft in drafts:
        if draft.kind == "PERSON" and draft.role:
            by_role.setdefault(canonical_key(draft.role.replace("former ", "")), draft)
    if not by_role:
        return drafts
    named = {t for d in drafts if d.kind in {"PERSON", "ORG", "MEDIA"} for t in range(d.span.start, d.span.end)}
    found: list[_Draft] = []
    for sentence in doc.sents:
        for role in bare_roles(sentence):
            person = by_role.get(canonical_key(role_text(role)))
            if person is not None and not named.intersection(range(role.start, role.end)):
                found.append(replace(person, span=role, role=role_text(role)))
    covered = {t for d in found for t in range(d.span.start, d.span.end)}
    kept = [d for d in drafts if d.span.start not in covered]
    return sorted(kept + found, key=lambda d: d.span.start)


def _shared_surnames_by_last_reference(drafts: list[_Draft]) -> None:
    """Which person of the article a surname alone is, once titles are known.

    A surname two people share is the one referred to last before it, by a title too: in "Former President Bill
    Clinton criticized ... for his wife Hillary Clinton. ... the former president said ... "...," Clinton said."
    the speaker is Bill (a user test found his three quotes given to Hillary, the full name written last). A person
    the article introduces as someone's relative ("his wife, Heidi", "first lady Michelle Obama") is not the one a
    surname alone means while another person has it, and never the one a surname with an office title means:
    "President Obama" in an article naming only "first lady Michelle Obama" is no Michelle Obama, and "Senator
    Cruz" no Heidi Cruz (a re-check found Barack Obama's and Ted Cruz's quotes given to them). ``_person_names``
    saw only full names; the titles are found after it."""
    people: dict[str, set[str]] = {}
    kin: set[str] = set()
    for draft in drafts:
        if draft.kind != "PERSON" or " " not in draft.key:
            continue
        surname = surname_key(draft.key)
        written = canonical_key(strip_name(draft.span.text)).split()
        if written != [surname]:
            people.setdefault(surname, set()).add(draft.key)
            if _introduced_as_kin(draft.span):
                kin.add(draft.key)
    last: dict[str, _Draft] = {}
    last_other: dict[str, _Draft] = {}  # the last reference to a person not introduced as kin
    for draft in drafts:
        surname = surname_key(draft.key) if draft.kind == "PERSON" else ""
        if surname not in people:
            continue
        written = canonical_key(strip_name(draft.span.text)).split()
        candidates = people[surname]
        sex = _sex_of_honorific(draft.span) if written == [surname] and len(candidates) > 1 else None
        addressed = {key for key in candidates if sex and _sex_of_given_name(key) == sex}
        if len(addressed) == 1:
            # "Mrs. Clinton" beside Bill and Hillary Clinton is Hillary (an audit found four given to Bill).
            key = next(iter(addressed))
            draft.key, draft.name = key, _shown_name(drafts, key)
        elif written == [surname]:
            others = candidates - kin
            if draft.key in kin and draft.role and title_words((draft.role,)) and not others:
                draft.key, draft.name = surname, draft.span.text.strip()  # "President Obama": not the first lady
            elif draft.key in kin and surname in last_other:
                # the person last referred to who is no one's relative ("Obama said" after "President Obama")
                draft.key, draft.name = last_other[surname].key, last_other[surname].name
            elif draft.key in kin and others:
                key = sorted(others)[0]
                draft.key, draft.name = key, _shown_name(drafts, key)
            elif len(candidates) > 1 and surname in last:
                draft.key, draft.name = last[surname].key, last[surname].name
        last[surname] = draft
        if draft.key not in kin:
            last_other[surname] = draft


_KIN_BEFORE = frozenset({
    "wife", "husband", "lady", "daughter", "son", "mother", "father", "sister", "brother", "widow", "widower",
    "mom", "dad", "son-in-law", "daughter-in-law", "stepson", "stepdaughter",
})
_SKIPPED_BEFORE_NAME = frozenset({",", "the", "his", "her", "their", "'s", "’s", "and", "late"})


def _introduced_as_kin(span: Span) -> bool:
    """Whether a name follows a word of kinship: "his wife, Heidi", "first lady Michelle Obama", "her husband Bill"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in _SKIPPED_BEFORE_NAME:
        i -= 1
    return i >= 0 and span.start - i <= 3 and doc[i].lower_ in _KIN_BEFORE


def _shown_name(drafts: list[_Draft], key: str) -> str:
    return next((d.name for d in drafts if d.key == key), key)


def _actor_of(drafts: list[_Draft], gazetteer: Gazetteer) -> Actor:
    """The actor record for drafts that share one key."""
    first = drafts[0]
    roles = tuple(dict.fromkeys(d.role for d in drafts if d.role))
    affiliation = next((a for a in (_affiliation(r, gazetteer) for r in roles) if a), None)
    name = first.name if first.kind != "GOVERNMENT" else f"Government of {first.name}"
    return Actor(key=first.key, name=name, kind=first.kind, roles=roles, affiliation=affiliation)


def _affiliation(role: str, gazetteer: Gazetteer) -> str | None:
    """The country a title names ("Turkish Foreign Minister" -> "turkey"), by word runs."""
    words = role.replace("’s", "").replace("'s", "").split()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            text = " ".join(words[i : i + width])
            country = gazetteer.demonym_country(text) or gazetteer.metonym_country(text)
            place = gazetteer.place(text)
            if country is None and place is not None and place.kind == "COUNTRY":
                country = place.name
            if country is not None:
                return canonical_key(country)
    return None


def find_actors(doc: Doc, gazetteer: Gazetteer) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
    """All actors of a parsed document and every mention of them, in text order."""
    drafts = _attach_roles(_candidates(doc, gazetteer))
    _assign_keys(drafts)
    _organisations_by_first_word(drafts)
    drafts = _bare_role_drafts(doc, drafts)
    _shared_surnames_by_last_reference(drafts)
    grouped: dict[str, list[_Draft]] = {}
    for draft in drafts:
        grouped.setdefault(draft.key, []).append(draft)
    actors = tuple(_actor_of(group, gazetteer) for group in grouped.values())
    mentions = tuple(
        Mention(start=d.span.start_char, end=d.span.end_char, text=d.span.text, actor_key=d.key,
                kind=d.kind, role=d.role)
        for d in drafts
    )
    return actors, mentions
