"""Titles that give a person a role and an affiliation.

"Turkish Foreign Minister Hakan Fidan", "Kremlin spokesperson Dmitry Peskov", "former U.S. President
Donald Trump", "Dmitry Peskov, the Kremlin spokesman," and bare role references such as "the Turkish
President". A role is the run of title words right before a name (or an appositive right after it)
that ends in a role noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.temporal.lexicon import ZONE

if TYPE_CHECKING:  # only annotations: the store's actor lookup reads ROLE_NOUNS without loading spaCy
    from spacy.tokens import Span, Token

# Nouns that head a title; a role must contain one of them.
ROLE_NOUNS = frozenset(
    {
        "president", "minister", "spokesperson", "spokesman", "spokeswoman", "commander", "general",
        "secretary", "chancellor", "premier", "ambassador", "envoy", "senator", "governor", "mayor",
        "king", "queen", "prince", "pope", "adviser", "advisor", "director", "chairman", "chairwoman",
        "chair", "chief", "head", "leader", "official", "officer", "ceo", "founder", "negotiator",
        "diplomat", "representative", "congressman", "congresswoman", "lawmaker", "mp", "speaker",
        "emir", "sheikh", "ayatollah", "colonel", "admiral", "commandant", "lieutenant", "major", "sergeant",
        "captain", "judge", "prosecutor", "attorney", "editor", "correspondent", "reporter",
        "vice-president", "aide", "deputy", "prime", "candidate", "nominee", "dictator", "monarch",
        "commissioner", "counselor", "delegate", "analyst", "economist", "professor", "sen", "rep",
        "gen", "gov", "pres", "col", "adm",
    }
)

# Words that may sit inside a title without being capitalized ("former", "of", "'s").
_TITLE_GLUE = frozenset(
    {"former", "ex", "then", "acting", "incoming", "outgoing", "interim", "vice", "deputy", "first",
     "second", "top", "senior", "chief", "and", "of", "for", "'s", "’s", "foreign", "defense",
     "defence", "interior", "finance", "press", "presidential", "military", "national", "security",
     "state", "general", "affairs", "-", "army", "navy", "foreign-policy", "prime", "lead"}
)
_STOP_LEFT = frozenset({"and", "of", "for", "'s", "’s", "-"})
# Time zones of a page's timestamps ("10:30 BST"): the tagger's list; no title word, nor an actor (actors.py).
TIME_ZONE = re.compile(ZONE)


def _is_title_token(token: Token) -> bool:
    """Whether ``token`` can be part of a title that precedes a name."""
    if token.is_punct and token.text not in {"-", "'s"}:
        return False
    lower = token.lower_
    if lower in ROLE_NOUNS or lower in _TITLE_GLUE:
        return True
    if token.is_upper and TIME_ZONE.fullmatch(token.text):
        return False  # a page's timestamp ("10:30 BST President Obama"): a user test's Obama was "BST President"
    return token.pos_ in {"PROPN", "ADJ", "NOUN"} and (token.is_title or token.is_upper)


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def role_before(span: Span) -> Span | None:
    """The title right before a name ("Turkish Foreign Minister" in "Turkish Foreign Minister Hakan Fidan").

    The title must end in a role noun directly before the name and stays inside the sentence.
    """
    doc = span.doc
    sentence_start = span.sent.start
    end = span.start
    if end <= sentence_start or doc[end - 1].lower_.rstrip(".") not in ROLE_NOUNS:
        return None
    role = doc[end - 1]
    if (
        role.dep_ in _ARGUMENT_DEPS and role.head.pos_ in ("VERB", "AUX") and not span.start <= role.head.i < span.end
        and any(child.dep_ == "det" and child.lower_ == "the" for child in role.children)
        and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i != role.i
    ):
        # "The <role>" is a verb's own subject or object and the name the subject of a clause on it, not attached
        # to the role: "The federal judge Trump was referring to is Gonzalo Curiel" (a user test filed Trump as a
        # judge). Otherwise the parser's subject is more often a title it misread ("Presumptive Democratic
        # presidential nominee Hillary Clinton told", "The Turkish President Recep Tayyip Erdogan said").
        return None
    start = end
    while start > sentence_start and _is_title_token(doc[start - 1]) and doc[start - 1].ent_type_ != "PERSON":
        start -= 1
    while start < end and doc[start].lower_ in _STOP_LEFT:
        start += 1
    return doc[start:end] if start < end else None


def role_after(span: Span) -> Span | None:
    """An appositive title after a name ("the Kremlin spokesman" in "Dmitry Peskov, the Kremlin spokesman,")."""
    head = span.root
    for child in head.rights:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS:
            tokens = [t for t in child.subtree if t.dep_ not in {"det", "punct"} or t.text == "'s"]
            if tokens and len(tokens) <= 8:
                return span.doc[tokens[0].i : tokens[-1].i + 1]
    return None


def bare_roles(sentence: Span) -> list[Span]:
    """Role phrases used instead of a name: "the Turkish President", "the Kremlin spokesman".

    Only phrases introduced by "the" and not followed by a proper name, so "the Turkish President
    Recep Tayyip Erdogan" is left to ``role_before``.
    """
    doc = sentence.doc
    found: list[Span] = []
    for token in sentence:
        if token.lower_ not in ROLE_NOUNS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.pos_ == "PROPN":
            continue
        start = token.i
        while start > sentence.start and _is_title_token(doc[start - 1]):
            start -= 1
        if start > sentence.start and doc[start - 1].lower_ == "the" and start < token.i:
            found.append(doc[start : token.i + 1])
    return found


def role_text(role: Span) -> str:
    """The role as written, without a leading "the"."""
    text = role.text
    return text[4:] if text.lower().startswith("the ") else text
