"""A person's age as a sentence tells it ("a 22-month-old boy", "aged 53", "Maria Gutierrez, 39,"), for comparing
two outlets' reports of one person (see ``conflicts``).

The analysis keeps no ages among an event's quantities ("a 12-year-old pupil" counts no pupils), so two outlets that
give one person two ages were never compared: a user test of H1N1 coverage found Reuters' "22-month-old boy" and the
BBC's "23-month-old Mexican child", the one child who died in Texas, unflagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.link.text import STOP_WORDS
from dateline.temporal.lexicon import number_value


@dataclass(frozen=True)
class Age:
    """One age as written: its value and unit ("22", "month"), the words shown ("22-month-old", "Pacitti, 24"), the
    sex the words around it give the person ("m", "f", or None) and the name written with it, folded ("vishwanand
    subryan" for "Vishwanand Subryan, 23,"; "lidia diaz" for "35-year-old Lidia Diaz"; None for "a 22-month-old
    boy")."""

    value: int
    unit: str
    text: str
    sex: str | None
    name: str | None = None
    at: int = 0  # where the age is written in the sentence


# "22-month-old", "five-year-old", "16-year old", "53 years old"; "aged 53" (not "aged 20 to 30", a range of people);
# "Maria Gutierrez, 39," (a name, then the age between commas). Not "15-year-olds": a group, no one person.
_AGE = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]+(?P<unit>year|month|week|day)s?[\s-]+old\b(?![\w-])"
    r"|\baged\s+(?P<aged>\d{1,3})\b(?!\s*(?:-|–|to|and|or)\s*\d)"
    r"|(?<=[a-z]), (?P<named>\d{1,3}),(?!\d)",
    re.IGNORECASE,
)
# Words before an age that make it a bound, not anyone's age: "children under 15 years old", "up to the age of about
# 15 years old".
_BOUNDS = frozenset({"about", "under", "over", "than", "to", "least", "most", "around", "nearly", "almost", "between",
                     "and", "or", "some", "approximately", "roughly", "aged"})
_MALE = frozenset({"boy", "man", "son", "father", "husband", "brother", "male", "gentleman", "grandfather",
                   "schoolboy", "businessman", "he", "his", "him"})
_FEMALE = frozenset({"girl", "woman", "daughter", "mother", "wife", "sister", "female", "lady", "grandmother",
                     "schoolgirl", "businesswoman", "she", "her"})
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]+")
# Capitalised words that name no one and nowhere: days, months, titles ("Dr", "Sir").
_NO_NAMES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "professor", "st"})


@lru_cache(maxsize=4096)
def person_ages(sentence: str) -> tuple[Age, ...]:
    """The ages of people a sentence gives, in order (cached: a report meets many others in a big story)."""
    ages = []
    for match in _AGE.finditer(sentence):
        if match.group("named") is not None and not _after_a_name(sentence, match.start()):
            continue  # "on Tuesday, 12," is no age (no name before it); "Pacitti, 24," is
        before = _WORD.findall(sentence[max(0, match.start() - 30) : match.start()])
        if before and before[-1].casefold() in _BOUNDS and match.group("aged") is None:
            continue
        written = match.group("n") or match.group("aged") or match.group("named")
        value = number_value(written)
        if value is None or not 0 < value <= 120:
            continue
        unit = (match.group("unit") or "year").casefold()
        name = _name_before(sentence, match.start()) if match.group("named") else _name_after(sentence, match.end())
        shown = f"{name}, {written}" if match.group("named") and name else match.group().strip(" ,")  # "Pacitti, 24"
        sex = _sex(sentence, match.start(), match.end())
        ages.append(Age(value, unit, shown, sex, name.casefold() if name else None, match.start()))
    return tuple(ages)


# A run of capitalised words: a name written with an age ("Vishwanand Subryan, 23,", "35-year-old Lidia Diaz").
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NAME_BEFORE = re.compile(rf"({_NAME_RUN})\s*$")
_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")


def _name_before(sentence: str, at: int) -> str | None:
    """The name right before a ", 23," age."""
    found = _NAME_BEFORE.search(sentence, max(0, at - 60), at)
    return found.group(1) if found else None


def _name_after(sentence: str, at: int) -> str | None:
    """The name of two to four capitalised words right after a "35-year-old" age ("Lidia Diaz"; not the one word
    of "a 23-month-old Mexican child")."""
    found = _NAME_AFTER.match(sentence, at)
    return found.group(1) if found else None


def _after_a_name(sentence: str, at: int) -> bool:
    """Whether the words before ``at`` end in a capitalised name that is no day or month ("Pacitti, 24,")."""
    words = _WORD.findall(sentence[max(0, at - 40) : at])
    return bool(words) and words[-1][:1].isupper() and words[-1].casefold() not in STOP_WORDS


def _sex(sentence: str, start: int, end: int) -> str | None:
    """The sex the nouns around an age give its person: the three words after it ("a 22-month-old boy"), else the
    three before ("a man aged 53")."""
    for words in (_WORD.findall(sentence[end:])[:3], _WORD.findall(sentence[:start])[-3:]):
        said = {w.casefold() for w in words}
        male, female = bool(said & _MALE), bool(said & _FEMALE)
        if male != female:
            return "m" if male else "f"
    return None


def share_a_name(first: str, second: str) -> bool:
    """Whether two sentences name one person or place: a capitalised word, days, months and titles aside, in both
    ("Texas"). A sentence's first word counts only when the other sentence writes it capitalised inside ("Texas
    officials said ..." / "... died of swine flu in Texas"): any first word is capitalised."""
    (names, opening), (their_names, their_opening) = _names(first), _names(second)
    return bool(names & their_names) or opening in their_names or their_opening in names


@lru_cache(maxsize=4096)
def _names(sentence: str) -> tuple[frozenset[str], str]:
    """The capitalised words of a sentence after its first word, folded, days, months and titles aside; and its
    first word, folded ("" when it is no name either)."""
    names = set()
    opening = ""
    for match in _CAPITALISED.finditer(sentence):
        word = match.group().strip("'’.-").casefold()
        if len(word) < 2 or word in STOP_WORDS or word in _NO_NAMES:
            continue
        if match.start() == len(sentence) - len(sentence.lstrip()):
            opening = word
        else:
            names.add(word)
    return frozenset(names), opening
