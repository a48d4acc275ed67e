"""Name normalization shared by the gazetteer and the actor layer.

``canonical_key`` is the one function that turns a surface name into the store-independent key of an
actor, so that "Erdoğan" in one article and "Erdogan" in another meet under the same key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from dateline.analyze.roles import ROLE_NOUNS
from dateline.analyze.spellings import spelled_alike
from dateline.records import Actor

# Letters that Unicode decomposition does not fold to ASCII.
_EXTRA_FOLDS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' -]+")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"'s?$")
# British and American spellings of the words institutions' names are made of: "World Health Organisation" and
# "World Health Organization", "US Centres for Disease Control" and "US Centers ..." are one actor each (a user
# test's H1N1 store held them apart, across BBC, Guardian and Reuters articles).
_SPELLINGS = {
    "organisation": "organization", "organisations": "organizations", "centre": "center", "centres": "centers",
    "defence": "defense", "programme": "program", "programmes": "programs",
}
_SPELLING_WORD = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b")
# A parenthesised abbreviation after a name, or its opening half where a name was cut: "World Health
# Organization (WHO)", "World Health Organization (WHO"; in capitals only: "Janata Dal (United)" and "Janata Dal
# (Secular)" are two parties (a review).
_TRAILING_ABBREVIATION = re.compile(r"(?<=\w)\s*\(\s*[A-Z][A-Z.&'-]{0,11}\)?$")


def fold_diacritics(text: str) -> str:
    """Return ``text`` with accents removed ("Erdoğan" -> "Erdogan"), keeping letter case."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def canonical_key(name: str) -> str:
    """The stable, store-independent key of a name: diacritics folded, lower case, no "the", no dots.

    "the Kremlin" -> "kremlin", "U.S." -> "us", "Recep Tayyip Erdoğan" -> "recep tayyip erdogan"; British spellings
    of institutions' words as American ones ("organisation" -> "organization").
    """
    folded = fold_diacritics(name.translate(_APOSTROPHES)).lower().replace(".", "")
    folded = _NON_WORD.sub(" ", folded)
    folded = _SPACES.sub(" ", folded).strip(" -'")
    folded = _POSSESSIVE.sub("", folded).strip()
    folded = _SPELLING_WORD.sub(lambda match: _SPELLINGS[match.group()], folded)
    return _LEADING_THE.sub("", folded)


def strip_name(text: str) -> str:
    """Trim a surface mention to its name: no leading "the", no trailing possessive or abbreviation in brackets, no
    newlines."""
    text = _TRAILING_ABBREVIATION.sub("", _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip())
    text = text.strip(" ,.;:'\"“”(")
    if text.endswith(")") and "(" not in text:
        text = text.rstrip(")").rstrip()  # a bracket closed outside the name, not "Janata Dal (United)"
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("s'"):
        text = text[:-1]
    return text.strip()


def surname_key(key: str) -> str:
    """The last word of a person key ("recep tayyip erdogan" -> "erdogan")."""
    return key.rsplit(" ", 1)[-1]


def forms_of_one_name(first: list[str], second: list[str], short_names: bool = False) -> bool:
    """Whether two full names (key words) can be forms of one name: one is the other's end ("tayyip erdogan",
    "recep tayyip erdogan"; a stray word before a name: "rival hillary clinton"), or the shorter is a bare
    first name and surname of the longer ("hillary clinton", "hillary rodham clinton"; "george bush", "george
    w bush"). With ``short_names`` (one article, no kin named) a given name also matches its own short form ("ed
    chernoff", "edward chernoff"; "bill clinton", "william jefferson clinton"); across articles "Jim Brown" is not
    James Brown. "george w bush" and "george h w bush", "john f kerry" and "john g kerry", or "bill clinton" and
    "hillary clinton" are two people."""
    if first[-1] != second[-1]:
        return False
    if len(first) == len(second):
        return short_names and len(first) >= 2 and first[1:] == second[1:] and one_given_name(first[0], second[0])
    shorter, longer = (first, second) if len(first) < len(second) else (second, first)
    if longer[-len(shorter):] == shorter:
        return True
    return len(shorter) == 2 and (shorter[0] == longer[0] or (short_names and one_given_name(shorter[0], longer[0])))


# Short forms of English given names, as news writes them ("Ed Chernoff" for Edward Chernoff).
_SHORT_NAMES = {
    "ed": "edward", "eddie": "edward", "ted": "edward", "bill": "william", "billy": "william", "will": "william",
    "willie": "william", "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "jim": "james",
    "jimmy": "james", "mike": "michael", "mick": "michael", "tom": "thomas", "tommy": "thomas", "joe": "joseph",
    "joey": "joseph", "dick": "richard", "rick": "richard", "rich": "richard", "dan": "daniel", "danny": "daniel",
    "dave": "david", "steve": "steven", "tony": "anthony", "chris": "christopher", "matt": "matthew",
    "nick": "nicholas", "sam": "samuel", "ben": "benjamin", "alex": "alexander", "andy": "andrew",
    "greg": "gregory", "jeff": "jeffrey", "ron": "ronald", "don": "donald", "tim": "timothy", "ken": "kenneth",
    "larry": "lawrence", "jerry": "gerald", "chuck": "charles", "charlie": "charles", "hank": "henry",
    "harry": "henry", "fred": "frederick", "pete": "peter", "phil": "philip", "liz": "elizabeth",
    "beth": "elizabeth", "kate": "katherine", "katie": "katherine", "jenny": "jennifer", "sue": "susan",
}


def one_given_name(a: str, b: str) -> bool:
    """Whether two given names are one: the same, or one the short form of the other ("ed", "edward"). Two short
    forms of one name are two people ("Ted" and "Ed" Kennedy)."""
    return a == b or _SHORT_NAMES.get(a) == b or _SHORT_NAMES.get(b) == a


def shares_a_title(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two people's titles share a title word ("President" and "U.S. President"; "Secretary of State" and
    "former Secretary of State"; not "President" and "first lady")."""
    return bool(title_words(first) & title_words(second))


def title_words(roles: tuple[str, ...]) -> set[str]:
    """The words of titles that name an office or a job ("president" of "former U.S. President")."""
    return {word for role in roles for word in re.findall(r"[a-z]+", role.lower()) if word in ROLE_NOUNS}


def resolve_against(known: Mapping[str, Actor], actor: Actor) -> str:
    """The key under which a store holding ``known`` actors should file ``actor``.

    Same key: that key. A person known only by a surname ("erdogan") joins the one known full-name person with
    that surname ("recep tayyip erdogan"), even when the surname alone is stored too, and a full name joins the
    one known fuller or shorter form of it ("hillary clinton", "hillary rodham clinton"; "george w. bush",
    "george bush"); with none or several candidates the actor keeps its own key, so two different Johnsons (or a
    "George Bush" when both Bushes are known) are never merged by guesswork. Failing those, a full name joins the
    one known spelling of it a letter apart in the surname (see :mod:`dateline.analyze.spellings`).
    """
    if actor.kind != "PERSON":
        return actor.key
    if " " not in actor.key:
        # A surname joins the one full-name person even when the surname alone was filed earlier (an article that
        # named "Obama" before any named "Barack Obama"): a user test's store had "Obama" and "Barack Obama".
        matches = [
            k for k, other in known.items() if other.kind == "PERSON" and " " in k and surname_key(k) == actor.key
        ]
        titled = [k for k in matches if shares_a_title(actor.roles, known[k].roles)] if len(matches) > 1 else []
        if len(titled) == 1:
            # "President Obama" is the Obama stored with that title, not Michelle Obama (a second user test's store
            # kept "Obama", 11 articles, apart from "Barack Obama", 15).
            return titled[0]
    elif actor.key in known:
        return actor.key
    else:
        # "Hillary Clinton" and "Hillary Rodham Clinton": one first name and surname, one name inside the other.
        words = actor.key.split()
        people = [k for k, other in known.items() if other.kind == "PERSON" and " " in k]
        matches = [k for k in people if forms_of_one_name(words, k.split())]
        if not matches:
            # "Doug Suttle" is the stored "Doug Suttles" (a user test): the one stored spelling of the same name.
            matches = [k for k in people if spelled_alike(words, k.split())]
    return matches[0] if len(matches) == 1 else actor.key
