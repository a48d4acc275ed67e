"""Two outlets giving one person two ages: one named person, or the one person of one act.

``age_disagreement`` says whether two reports' ages disagree; :mod:`dateline.link.conflicts` words the conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from dateline.link.ages import Age, person_ages, share_a_name
from dateline.link.events import UNSPECIFIC_PREDICATES, Report, dates_compatible
from dateline.link.one_act import VERB_LINE, act_wording, one_act, verb_forms

# Word overlap two reports need to tell one person's one act when each gives that person's age, their ages and
# figures aside: "A 23-month-old Mexican child has died of swine flu in Texas" (BBC) and "Texas officials said a
# 22-month-old boy had died" (Reuters) overlap 0.27, the Guardian's "Richard Besser ... has confirmed that
# 23-month-old child has died of swine flu in Texas" 0.22 (session 30, a user test of H1N1 coverage).
AGE_CONFLICT_WORDING = 0.2


def age_pairs(reports: Sequence[Report]) -> set[tuple[int, int]]:
    """Reports giving one age each in one unit, the ages different: of one specific verb (or verbs of one act), or
    written with names of two words or more with a word in common ("Robert Buckley, 32," / "31-year-old Robert
    Buckley")."""
    groups: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, report in enumerate(reports):
        ages = person_ages(report.event.sentence)
        if len(ages) != 1:
            continue
        age = ages[0]
        if report.event.modality != "negated" and report.event.predicate not in UNSPECIFIC_PREDICATES:
            groups[(VERB_LINE.get(report.event.predicate, report.event.predicate), age.unit)].append((age.value, i))
        for word in _name_words(age):
            groups[(f"name:{word}", age.unit)].append((age.value, i))
    return {
        (min(i, j), max(i, j))
        for members in groups.values()
        for k, (value, i) in enumerate(members)
        for other, j in members[k + 1 :] if other != value
    }


def _name_words(age: Age) -> frozenset[str]:
    """The words of the name written with an age when it has two at least ("robert buckley": robert, buckley), else
    none: one word ("Pacitti, 24,") may be anyone's."""
    words = frozenset(age.name.split()) if age.name else frozenset()
    return words if len(words) >= 2 else frozenset()


def age_disagreement(a: Report, b: Report, people: dict[int, frozenset[str]]) -> tuple[Age, Age] | None:
    """The two ages of one person two outlets tell, one age in each sentence, in one unit ("22-month-old" /
    "23-month-old"; "two-year-old" and "21-month-old" are no disagreement, one rounding the other): the age of one
    named person (``_one_person``), or of the one person of one act (``_one_act_person``).

    An age never changes within the days two reports overlap, so no running count can explain two ages. A sentence
    of several people's ages ("a 12-year-old girl ...; a 41-year-old woman ...; and a 22-year-old man") tells no
    one person's.
    """
    mine, theirs = person_ages(a.event.sentence), person_ages(b.event.sentence)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    age, other = mine[0], theirs[0]
    if age.unit != other.unit or age.value == other.value or _aged_between(a, age, b, other):
        return None
    if not (_one_person(a, age, b, other, people) or _one_act_person(a, age, b, other)):
        return None
    return age, other


# Days in a unit an age may be told in that changes between two pages (a "10-day-old baby" pulled from the rubble is
# an "11-day-old" on the next day's page); years and months seldom do in the days two reports overlap.
_UNIT_DAYS = {"day": 1, "week": 7}


def _aged_between(a: Report, age: Age, b: Report, other: Age) -> bool:
    """Whether two ages in days or weeks differ by no more than the time between the two pages: the person aged."""
    days = _UNIT_DAYS.get(age.unit)
    if days is None or a.published is None or b.published is None:
        return False
    grown = (b.published - a.published).days
    return abs(other.value - age.value) * days <= abs(grown) + days - 1 and (other.value - age.value) * grown >= 0


# Days two pages may be apart and still give one named person's age of one time: a birthday between them is rare.
NAMED_AGE_DAYS = 10  # as conflicts.DATE_CONFLICT_MAX_DAYS


def _one_person(a: Report, age: Age, b: Report, other: Age, people: dict[int, frozenset[str]]) -> bool:
    """Whether two ages are written with the name of one person both articles name ("Robert Buckley, 32, died" /
    "31-year-old Robert Buckley of the U.K.", two outlets on one climber in ECB+): a person of the analysis (not a
    place: "New York, 28," in a list of counts), the name of two words at least, and the two reports known to be
    of times at most NAMED_AGE_DAYS apart (their pages' days, else their own: an ECB+ page on Jose Luis Orozco's
    trial gives "29", another on the manhunt for him years before "27"). What each sentence tells of the person does
    not matter."""
    first, second = _day_of(a), _day_of(b)
    if first is None or second is None or abs((first - second).days) > NAMED_AGE_DAYS:
        return False
    if not _name_words(age) & _name_words(other):
        return False
    mine = _person_of(age, people.get(a.article_id, frozenset()))
    return mine is not None and mine == _person_of(other, people.get(b.article_id, frozenset()))


def _day_of(report: Report) -> date | None:
    """The day a report is of: its page's, else the first of its own dates; None when neither is known."""
    return report.published or (report.interval[0] if report.interval else None)


def _person_of(age: Age, people: frozenset[str]) -> str | None:
    """The person (actor key) of the article whose name holds every word of the name written with the age, when
    that name has two words at least and the person is one ("Robert Buckley" -> "robert buckley")."""
    words = _name_words(age)
    if not words:
        return None
    found = [person for person in people if words <= set(person.split())]
    return found[0] if len(found) == 1 else None


def _one_act_person(a: Report, age: Age, b: Report, other: Age) -> bool:
    """Whether two ages are of the one person of one act two outlets tell: the same specific verb (or verbs of one
    act), compatible dates, no two sexes in the words around the ages, the age of the act's doer or of the one it
    is done to, a name or place in common and the sentences worded alike (AGE_CONFLICT_WORDING)."""
    if not dates_compatible(a, b) or not one_act(a, b) or a.event.predicate in UNSPECIFIC_PREDICATES:
        return False
    if "negated" in (a.event.modality, b.event.modality) or (age.sex and other.sex and age.sex != other.sex):
        return False
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    roles = _role(age, a), _role(other, b)
    if None not in roles and roles[0] != roles[1]:
        return False  # "The 45-year-old gunman killed a man" / "a gunman killed a 23-year-old man": two people
    if not (_age_of_actor(age, a) and _age_of_actor(other, b)) or (
        age.name and other.name and not set(age.name.split()) & set(other.name.split())
    ):
        return False  # "Vishwanand Subryan, 23, allegedly mowed into the older woman": the driver's age, not hers
    if not share_a_name(a.event.sentence, b.event.sentence):
        return False  # "a 14-year-old girl from Barnet" / "Downend school ... after a 12-year-old": two people
    return act_wording(a, b, figures=False) >= AGE_CONFLICT_WORDING


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _role(age: Age, report: Report) -> str | None:
    """Whether an age is of the act's doer ("doer": "the 45-year-old gunman killed") or of the one it is done to
    ("done to": "killed a 23-year-old man", "a 23-month-old child has died", "a 23-year-old was killed"), by where
    it is written beside the predicate's verb; None when the verb is not found in the sentence as written."""
    sentence = report.event.sentence
    verb = verb_forms(report.event.predicate)
    found = next((m for m in _WORD.finditer(sentence) if m.group().casefold() in verb), None)
    if found is None:
        return None
    before = age.at < found.start()
    if report.event.predicate == "die":
        return "done to" if before else None
    passive = _PASSIVE.search(sentence, 0, found.start()) is not None
    return "doer" if before != passive else "done to"


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _age_of_actor(age: Age, report: Report) -> bool:
    """Whether an age may be of the report's doer or the one it is done to: one written with a name is when the
    report's actors are unknown or one of them has a word of that name (an ECB+ page's "Raj Chohan was walking
    towards a Sikh temple ... when Vishwanand Subryan, 23, ... mowed into the older woman" gives the driver's age,
    which another page's "Raj Chohan, 59, ... was walking" does not contradict)."""
    if age.name is None or not report.actors:
        return True
    return bool(set(age.name.split()) & {word for actor in report.actors for word in actor.split()})
