"""Quotes and attribution: who said what, as direct quotations or reported clauses.

Three rule families over a spaCy parse, in order of reliability:

1. direct quotations: a span between quotation marks with a speech verb and its subject right
   after the closing mark (“…,” said Fidan) or right before the opening one (Fidan said: “…”),
   plus quotations that continue the previous speaker's words with no cue of their own;
2. reported clauses: a speech verb (say, tell, note, urge, report, …) with a subject and a clausal
   complement (X said that …), an object plus infinitive (X urged Y to …), or, for passive cues,
   an agent (… was first reported by MSNBC);
3. "according to X", whose content is the rest of the clause.

An attribution nested inside another's content is dropped, as in PolNeAR where each token takes
part in one attribution. Pronoun speakers resolve to the nearest preceding person (or group)
subject outside quotation marks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dateline.analyze.quote_cues import (
    CLAUSE_ONLY_VERBS,
    DIRECTIVE_VERBS,
    GROUP_PRONOUNS,
    MIN_QUOTE_WORDS,
    OBJECT_CONTENT_VERBS,
    PERSON_PRONOUNS,
    PREPOSITION_CUES,
    RELATIVE_PRONOUNS,
    REQUEST_VERBS,
    SPEECH_VERBS,
    CharSpan,
    DocIndex,
    QuotedSpan,
    clip_to_paragraph,
    end_char,
    find_quoted_spans,
    fragments_without,
    inside_quote,
    phrase_span,
    subtree_span,
    token_span,
    trim_span,
    word_count,
)
from dateline.given_names import given_name_sex
from dateline.records import Quote

SpeakerKey = Callable[[int, int], str | None]

CUE_VERBS = SPEECH_VERBS | OBJECT_CONTENT_VERBS | REQUEST_VERBS
# How far (in sentences) to look back for a pronoun's antecedent.
ANTECEDENT_SENTENCES = 3
# Tokens between a quotation mark and its cue verb, at most.
CUE_WINDOW = 20


@dataclass(frozen=True)
class Attribution:
    """One attribution with character spans of its parts.

    ``content`` may have several fragments (a quotation split by its cue). ``speaker`` is the span
    naming who spoke: the source itself, or the antecedent of a pronoun or relative source.
    """

    content: tuple[CharSpan, ...]
    source: CharSpan | None
    cue: CharSpan | None
    speaker: CharSpan | None
    direct: bool
    sentence_index: int


def find_quotes(doc: Doc, speaker_key: SpeakerKey, people: Sequence[CharSpan] = ()) -> list[Quote]:
    """Return the direct and reported quotes in ``doc``, one per content fragment.

    ``speaker_key(start, end)`` maps a character span naming the speaker to a canonical actor key
    (or None); it is asked of the speaker phrase's head and the names beside it (see ``_speaker_key_in``).
    ``people``: spans the analysis found to name persons, which a pronoun may refer to whatever the
    model's label. Quote offsets index ``doc.text`` and ``doc.text[q.start:q.end] == q.text``.
    """
    index = DocIndex(doc, people)
    text = index.text
    quotes: list[Quote] = []
    for attribution in _attributions(index):
        speaker_text: str | None = None
        key: str | None = None
        if attribution.speaker is not None:
            start, end = attribution.speaker
            speaker_text = text[start:end]
            key = _speaker_key_in(index, attribution.speaker, speaker_key)
        elif attribution.source is not None:
            speaker_text = text[attribution.source[0] : attribution.source[1]]
        cue = text[attribution.cue[0] : attribution.cue[1]] if attribution.cue else None
        for start, end in attribution.content:
            quotes.append(
                Quote(start=start, end=end, text=text[start:end], speaker_key=key,
                      speaker_text=speaker_text, cue=cue, direct=attribution.direct,
                      sentence_index=index.sentence_index(start))
            )
    return quotes


def find_attributions(doc: Doc) -> list[Attribution]:
    """Return every attribution found in ``doc``, ordered by content start.

    This is the span-level view ``find_quotes`` builds on; the PolNeAR scorer uses it because it
    keeps the source and cue offsets.
    """
    return _attributions(DocIndex(doc))


def _attributions(index: DocIndex) -> list[Attribution]:
    quoted = find_quoted_spans(index.text)
    direct, used_verbs = _direct_attributions(index, quoted)
    found = direct + _clause_attributions(index, used_verbs) + _according_to_attributions(index)
    kept = _drop_nested(found)
    resolved = [replace(a, speaker=_resolve_speaker(index, a, quoted)) for a in kept]
    return sorted(resolved, key=lambda a: a.content[0])


# --------------------------------------------------------------------------- direct quotations


def _is_speech(text: str, span: QuotedSpan) -> bool:
    start, end = span.inner
    return word_count(text[start:end]) >= MIN_QUOTE_WORDS


def _direct_attributions(index: DocIndex, quoted: list[QuotedSpan]) -> tuple[list[Attribution], set[int]]:
    """Attribute quotations to an adjacent cue, or to the previous speaker when they continue."""
    by_verb: dict[int, Attribution] = {}
    order: list[int] = []
    previous: Attribution | None = None
    text = index.text
    for span in quoted:
        content = trim_span(text, *span.inner)
        if content[0] >= content[1]:
            continue
        verb = _trailing_cue(index, span)
        if verb is None and _is_speech(text, span):
            verb = _leading_cue(index, span)
        if verb is None:
            if previous is not None and _is_speech(text, span) and _continues(index, previous, span):
                previous = replace(previous, content=(*previous.content, content))
                by_verb[_cue_token_index(index, previous)] = previous
            continue
        subject = _subject(verb)
        if verb.i in by_verb:
            previous = replace(by_verb[verb.i], content=(*by_verb[verb.i].content, content))
        else:
            previous = Attribution(
                content=(content,), source=phrase_span(text, subject) if subject is not None else None,
                cue=token_span(verb), speaker=None, direct=True,
                sentence_index=index.sentence_index(content[0]),
            )
            order.append(verb.i)
        by_verb[verb.i] = previous
    return [by_verb[i] for i in order], set(order)


def _cue_token_index(index: DocIndex, attribution: Attribution) -> int:
    assert attribution.cue is not None  # direct attributions always have a cue
    return index.token_at_or_after(attribution.cue[0])


def _continues(index: DocIndex, previous: Attribution, span: QuotedSpan) -> bool:
    """Whether ``span`` carries on the previous quotation: only whitespace lies between the end of
    the sentence holding the previous cue and this opening mark, and it reads as a sentence."""
    assert previous.cue is not None
    _, sentence_end = index.sentence_of(index.token_at_or_after(previous.cue[0]))
    sentence_end_char = end_char(index.doc[sentence_end - 1])
    gap = index.text[sentence_end_char : span.open_mark]
    first = index.text[span.open_mark + 1 : span.open_mark + 2]
    return span.open_mark >= previous.cue[1] and not gap.strip() and first.isupper()


def _trailing_cue(index: DocIndex, span: QuotedSpan) -> Token | None:
    """A speech verb with a subject just after the closing mark: “…,” he said."""
    inner = index.text[span.inner[0] : span.inner[1]].rstrip()
    if not span.closed or not inner or inner[-1] not in ",?!—-":
        return None
    first = index.token_at_or_after(span.close_mark + 1)
    for token in index.doc[first : first + CUE_WINDOW]:
        if token.is_sent_end and token.is_punct and token.text in ".!?":
            break
        if token.text in "“\"" or token.pos_ == "CCONJ":
            # A new quotation or a coordinated clause ("… and also expressed") ends the cue zone.
            break
        if _is_quote_verb(token) and _subject(token) is not None and not _reports_after(token):
            return token
    return None


def _reports_after(verb: Token) -> bool:
    """Whether ``verb`` has its own reported clause after it (“…,” saying that …), which makes
    it the cue of that clause rather than of the quotation before it."""
    return any(child.dep_ in ("ccomp", "xcomp") and child.i > verb.i for child in verb.children)


def _leading_cue(index: DocIndex, span: QuotedSpan) -> Token | None:
    """A speech verb with a subject just before ``: “`` or ``, “`` (Fidan said: “…”), or right
    before the mark (saying “…”)."""
    before = index.text[: span.open_mark].rstrip()
    if not before:
        return None
    if before[-1] not in ":,":
        verb = index.doc[index.token_at_or_after(len(before)) - 1]
        return verb if _is_quote_verb(verb) and _subject(verb) is not None else None
    last = index.token_at_or_after(len(before) - 1) - 1
    window = index.doc[max(0, last - CUE_WINDOW // 2) : last + 1]
    for token in reversed(window):
        if token.text in "”\"":
            break
        if _is_quote_verb(token) and _subject(token) is not None:
            return token
    return None


# --------------------------------------------------------------------------- reported clauses


def _clause_attributions(index: DocIndex, used_verbs: set[int]) -> list[Attribution]:
    """Speech verbs with a subject and a reported clause, infinitive or object."""
    found: list[Attribution] = []
    text = index.text
    for token in index.doc:
        if token.i in used_verbs or not _is_cue_verb(token):
            continue
        content = _reported_content(index, token)
        source = _subject(token)
        if content is None or source is None:
            continue
        clipped = (clip_to_paragraph(text, fragment, token.idx) for fragment in content)
        trimmed = tuple(span for span in (trim_span(text, *f) for f in clipped) if span[0] < span[1])
        if not trimmed:
            continue
        found.append(
            Attribution(content=trimmed, source=phrase_span(text, source), cue=token_span(token),
                        speaker=None, direct=False, sentence_index=index.sentence_index(trimmed[0][0]))
        )
    return found


def _reported_content(index: DocIndex, verb: Token) -> list[CharSpan] | None:
    """The character span(s) of what ``verb`` reports, or None when it reports nothing."""
    children = {child.dep_: child for child in verb.children}
    lemma = verb.lemma_.lower()
    if "ccomp" in children:
        return [_clause_span(children["ccomp"])]
    preposition = _preposition_content(verb)
    if preposition is not None:
        return [preposition]
    if "dobj" in children and "oprd" in children:
        # "called Trump “unhinged”": the object and what it is called.
        return [(children["dobj"].left_edge.idx, end_char(children["oprd"].right_edge))]
    if lemma == "call" and "dobj" in children and any(t.dep_ == "appos" for t in children["dobj"].children):
        # "called his actions “a crucial step”", parsed as an apposition.
        return [subtree_span(children["dobj"])]
    if "xcomp" in children and lemma in DIRECTIVE_VERBS:
        xcomp = children["xcomp"]
        obj = children.get("dobj")
        start = obj.left_edge if obj is not None and obj.i < xcomp.i else xcomp.left_edge
        return [(start.idx, end_char(xcomp.right_edge))]
    if lemma in CLAUSE_ONLY_VERBS:
        return None
    if "agent" in children and "nsubjpass" in children:
        return [subtree_span(children["nsubjpass"])]
    if "dobj" in children and lemma in OBJECT_CONTENT_VERBS:
        return [subtree_span(children["dobj"])]
    if verb.head.i != verb.i and (verb.dep_ == "parataxis" or _is_as_clause(verb)):
        # "This campaign, he says, is different." / "As Reuters reported, the talks failed."
        return fragments_without(index, verb.head, verb)
    return None


def _is_as_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _clause_span(clause: Token) -> CharSpan:
    """The reported clause, ending before a subjectless speech verb the parser hung on it:
    in "said his attacks have worked and predicted a win", "predicted" goes with "said"."""
    end = clause.right_edge
    for child in clause.children:
        if _is_second_speech_verb(child):
            coordinators = [t for t in clause.children if t.dep_ in ("cc", "punct") and t.i < child.i]
            cut = min([child.left_edge.i, *(t.i for t in coordinators if t.i > clause.i)])
            end = min(end, clause.doc[cut - 1], key=lambda t: t.i)
    return clause.left_edge.idx, end_char(end)


def _is_second_speech_verb(token: Token) -> bool:
    """A cue verb coordinated into a reported clause without a subject of its own."""
    return (
        token.dep_ == "conj" and token.head.dep_ == "ccomp" and _is_cue_verb(token)
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
    )


def _preposition_content(verb: Token) -> CharSpan | None:
    """What a prepositional phrase reports: "called for a ban", "called for the US to act",
    "asked about the loan", "pointed to her record", "accused Trump of lying" (object included)."""
    lemma = verb.lemma_.lower()
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    for child in verb.children:
        if child.dep_ not in ("prep", "advcl") or not _reports_through(lemma, child):
            continue
        if child.dep_ == "advcl":
            # "calling for the United States to step up": the parser hangs "for" on the clause.
            return child.doc[child.left_edge.i + 1].idx, end_char(child.right_edge)
        inner = [grandchild for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")]
        if not inner:
            continue
        start = objects[0].left_edge if objects and objects[0].i < child.i else inner[0].left_edge
        return start.idx, end_char(child.right_edge)
    return None


def _reports_through(lemma: str, child: Token) -> bool:
    """Whether ``child`` (a preposition, or a clause opened by one) carries what ``lemma`` reports."""
    if child.dep_ == "advcl":
        marks = [t.lower_ for t in child.children if t.dep_ == "mark"]
        return lemma in REQUEST_VERBS and marks == ["for"]
    return lemma in PREPOSITION_CUES.get(child.lower_, frozenset())


def _according_to_attributions(index: DocIndex) -> list[Attribution]:
    """ "…, according to the Turkish presidency": content is the clause the phrase modifies."""
    found: list[Attribution] = []
    doc, text = index.doc, index.text
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.lower_ != "according" or following.lower_ != "to":
            continue
        objects = [child for child in following.children if child.dep_ == "pobj"]
        if not objects or token.head.i == token.i:
            continue
        fragments = [trim_span(text, *f) for f in fragments_without(index, token.head, token)]
        content = tuple(f for f in fragments if word_count(text[f[0] : f[1]]) >= 2)
        if not content:
            continue
        found.append(
            Attribution(content=content, source=phrase_span(text, objects[0]),
                        cue=(token.idx, end_char(following)), speaker=None, direct=False,
                        sentence_index=index.sentence_index(content[0][0]))
        )
    return found


# --------------------------------------------------------------------------- speakers


def _resolve_speaker(index: DocIndex, attribution: Attribution, quoted: list[QuotedSpan]) -> CharSpan | None:
    """The span naming the speaker: a pronoun's antecedent, a relative pronoun's head, or the
    source itself; None for a pronoun with no antecedent in reach."""
    if attribution.source is None:
        return None
    source = index.doc.char_span(*attribution.source, alignment_mode="expand")
    if source is None:
        return attribution.source
    head = source.root
    text = index.text
    word = head.lower_
    if word in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        return phrase_span(text, head.head.head, with_apposition=False)
    if word in PERSON_PRONOUNS:
        return _antecedent(index, head, {"PERSON"}, quoted)
    if word in GROUP_PRONOUNS:
        return _antecedent(index, head, {"ORG", "GPE", "NORP"}, quoted)
    named = [child for child in head.children if child.dep_ == "appos" and child.pos_ == "PROPN"]
    if head.pos_ != "PROPN" and named:
        # "his top aide, Tad Devine, told …": the name says who better than the title.
        return phrase_span(text, named[0], with_apposition=False)
    return phrase_span(text, head, with_apposition=False)


def _antecedent(index: DocIndex, pronoun: Token, labels: set[str], quoted: list[QuotedSpan]) -> CharSpan | None:
    """The nearest preceding subject naming an entity of ``labels``, outside quotation marks;
    failing that, the nearest such entity anywhere in the same window."""
    sentence = index.sentence_index(pronoun.idx)
    # Sentences of quoted words do not count: a three-sentence quotation ends "..., she said" and its speaker was
    # named in the sentence before it (a user test's Clinton quote had no speaker).
    counted, first = 1, sentence
    while first > 0 and counted < ANTECEDENT_SENTENCES:
        first -= 1
        start_token = index.sentence_bounds[first][0]
        counted += not inside_quote(index.doc[start_token].idx + 1, quoted)
    window_start = index.sentence_bounds[first][0]
    person = "PERSON" in labels
    candidates = [
        token for token in reversed(index.doc[window_start : pronoun.i])
        if (token.ent_type_ in labels or (person and token.i in index.people)) and not inside_quote(token.idx, quoted)
    ]
    subjects = [token for token in candidates if _in_subject(token)]
    sex = _PRONOUN_SEX.get(pronoun.lower_)
    for token in subjects or candidates:
        if person and token.i in index.people:
            found: CharSpan = index.people[token.i]  # "Christie, who has campaigned ..., blasted Clinton": an ORG
        elif (entity := index.entities.get(token.i)) is not None:
            found = (entity.start_char, entity.end_char)
        else:
            continue
        if sex is not None and _named_sex(index.text[found[0] : found[1]]) not in (None, sex):
            continue  # "..., she added" after "Alan Johnson said" (a user test's quote of Spain's minister)
        return found
    return None


_PRONOUN_SEX = {"she": "f", "her": "f", "he": "m", "him": "m"}


def _in_subject(token: Token) -> bool:
    """Whether a name is a clause's subject or the name set beside it: "Spanish Health Minister Trinidad Jimenez
    confirmed ..." (the subject is "Minister", the name its apposition)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = token.head if token.dep_ == "compound" else token
    return head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass")


def _named_sex(name: str) -> str | None:
    """"f" or "m" for a name whose given name the census lists for one sex only ("Alan Johnson"), else None."""
    words = name.split()
    return given_name_sex(words[0]) if len(words) > 1 else None


def _speaker_key_in(index: DocIndex, speaker: CharSpan, speaker_key: SpeakerKey) -> str | None:
    """Key of the actor the speaker phrase names by its head: the phrase itself when the head is a name or in
    one ("White House press secretary Josh Earnest", "Sen. Bernie Sanders"), else a name set beside the head
    ("his top aide, Tad Devine"). A name that only modifies the head names someone else: "Pagliano's lawyer",
    "the Vermont senator", "the top British medical journal" are no Pagliano, Vermont or United Kingdom (a
    user test found such speakers), and have no key.

    Entities come from the document index: ``Span.ents`` rescans the whole document on every call.
    """
    span = index.doc.char_span(*speaker, alignment_mode="expand")
    if span is None:
        return speaker_key(*speaker)
    head = span.root
    for token in _naming_tokens(head):
        if span.start <= token.i < span.end and (key := speaker_key(token.idx, token.idx + len(token.text))):
            return key
    if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return speaker_key(*speaker)
    return _proxy_key(head, span, speaker_key)


def _proxy_key(head: Token, span: Span, speaker_key: SpeakerKey, depth: int = 0) -> str | None:
    """The key of the name a proxy head speaks or publishes for ("The Clinton campaign", "a spokeswoman for
    Hillary Clinton", "White House officials", "A Quinnipiac University poll"), else None. The name's own phrase
    follows the head rule ("a spokeswoman for the Texas attorney general" is no Texas), and may be a proxy itself
    ("a spokeswoman for Clinton's campaign")."""
    if head.lemma_.lower() not in PROXY_NOUNS or depth > 2:
        return None
    for name in _spoken_for(head, span):
        if name.lower_ in _POSSESSIVE_PRONOUNS:
            return None  # "His campaign said": whose, the nearest person does not tell (a review)
        for token in _naming_tokens(name):
            if span.start <= token.i < span.end and (key := speaker_key(token.idx, token.idx + len(token.text))):
                return key
        if (key := _proxy_key(name, span, speaker_key, depth + 1)) is not None:
            return key
    return None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_PUBLISHED_IN = frozenset({"report", "article", "story", "editorial", "column", "interview"})
_PEOPLE_OF = frozenset({"official", "aide", "leader", "staff", "spokesman", "spokeswoman", "spokesperson"})


def _spoken_for(head: Token, span: Span) -> list[Token]:
    """The heads of the names a proxy head speaks for: before it ("the Clinton campaign", "Clinton's team",
    "Russian officials") or after "for", "by" or "from" ("a spokeswoman for Hillary Clinton", "a report by
    Politico", "a statement from the Kremlin"), "in" for a publication ("a report in The Washington Post"); not
    "polls in Pennsylvania"."""
    names: list[Token] = []
    for child in head.children:
        if not span.start <= child.i < span.end:
            continue
        if child.dep_ in ("compound", "poss", "nmod") or (child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE")):
            names.append(child)
        elif child.dep_ == "prep" and (
            child.lower_ in ("for", "by", "from")
            or (child.lower_ == "in" and head.lemma_.lower() in _PUBLISHED_IN)
            or (child.lower_ in ("at", "of") and head.lemma_.lower() in _PEOPLE_OF)
        ):
            names.extend(c for c in child.children if c.dep_ == "pobj")
    return names


# Heads of speaker phrases that speak or publish for the name inside them.
PROXY_NOUNS = frozenset({
    "campaign", "camp", "team", "administration", "office", "staff", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "spokesmen", "representative", "poll", "survey", "report", "study", "analysis", "database",
    "website", "statement", "ad", "average", "brief", "filing", "letter", "memo", "tweet", "official", "officials",
    "aide", "aides", "leader", "leaders", "secretary", "data", "article", "story", "editorial", "column",
})


def _naming_tokens(head: Token) -> list[Token]:
    """The head of a speaker phrase and the names that stand for it: its appositions, and, when the head is itself
    a name, the name's other words ("Bernie" of "Bernie Sanders")."""
    tokens = [head]
    tokens += [child for child in head.children if child.dep_ == "appos"]
    if head.pos_ == "PROPN":
        tokens += [child for child in head.children if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN"]
    return tokens


# --------------------------------------------------------------------------- token helpers


def _is_cue_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in CUE_VERBS


def _is_quote_verb(token: Token) -> bool:
    """Cue verbs that introduce verbatim words; object-taking ones ("expressed") do not."""
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS


def _subject(verb: Token) -> Token | None:
    """Who performs ``verb``: its subject, a passive agent, or the subject it shares with the verb
    it is coordinated with, controlled by, or (as "saying") attached to."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            return objects[0] if objects else None
    if _is_second_speech_verb(verb):
        return _subject(verb.head.head)
    shares_subject = verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if shares_subject and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """Attributions whose cue does not lie inside another attribution's content (as PolNeAR annotates).

    Runs in n log n: for each content start we keep the two furthest-reaching ends of different owners,
    so a cue is tested against every other attribution's content without comparing all pairs.
    """
    intervals = sorted((start, end, owner) for owner, a in enumerate(found) for start, end in a.content)
    starts = [start for start, _, _ in intervals]
    reach: list[tuple[tuple[int, int], tuple[int, int]]] = []
    first, second = (-1, -1), (-1, -1)  # (end, owner): the best end, and the best of any other owner
    for _, end, owner in intervals:
        if owner == first[1]:
            first = (max(first[0], end), owner)
        elif end > first[0]:
            first, second = (end, owner), first
        elif owner == second[1] or end > second[0]:
            second = (max(second[0], end) if owner == second[1] else end, owner)
        reach.append((first, second))
    kept = []
    for owner, attribution in enumerate(found):
        if attribution.cue is not None:
            at = bisect_right(starts, attribution.cue[0]) - 1
            if at >= 0:
                first, second = reach[at]
                furthest = first[0] if first[1] != owner else second[0]
                if furthest > attribution.cue[0]:
                    continue
        kept.append(attribution)
    return kept
