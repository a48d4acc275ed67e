"""Disagreements between sources: dates, numbers, actor attributes, and assertion versus denial.

Every conflict keeps both sources with their sentences, so an editor can check each side.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from dateline.link.age_conflicts import age_disagreement, age_pairs
from dateline.link.attribute_conflicts import attribute_conflicts
from dateline.link.duplicates import folded, normalize_text
from dateline.link.events import (
    ASSERTED,
    AlikeReports,
    Report,
    Wordings,
    dates_compatible,
    same_subject,
)
from dateline.link.one_act import act_class, act_wording, one_act, without_verbs
from dateline.link.quantities import counted, numbers_agree, one_quantity, told_numbers
from dateline.link.tellers import side_name, teller
from dateline.link.text import overlap
from dateline.records import Conflict, StoredArticle
from dateline.temporal.lexicon import number_value

# Date disagreements need near-identical wording: recurring happenings (rounds of talks, strikes)
# share kind and actors but legitimately have different dates.
DATE_CONFLICT_WORDING = 0.4
# ... and dates close together: outlets disagreeing on a date are off by days, not months, while
# dates weeks apart are usually two happenings ("the June 2 round", "the July 23 round").
DATE_CONFLICT_MAX_DAYS = 10
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
     "previous", "next", "last"}
)
# After "last" or "next", a word of time makes a date, not an ordinal ("last month" against "In February").
_PERIOD_WORDS = frozenset(
    {"day", "week", "weekend", "month", "year", "night", "morning", "evening", "afternoon", "season", "quarter",
     "decade", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer",
     "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)
_PLAIN_WORD = re.compile(r"\w+")
_NEGATION = re.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor)\b|n['’]t\b", re.IGNORECASE)
# Verbs that say nothing of an act by themselves: "There will be a travel warning" and "It is not correct to call
# it swine flu" share the predicate "be", not a happening one of them denies.
LIGHT_PREDICATES = frozenset({"be", "have", "do"})
# Verbs whose meaning is their complement: what one source says something became, another may deny of something
# else ("Clinton became the first woman to win ..." / "the change hasn't yet become a talking point for Hillary
# Clinton", a user test's one flagged disagreement).
COPULAR_PREDICATES = LIGHT_PREDICATES | frozenset({"become", "remain", "seem", "appear"})
# Verbs of need, wish and attempt say no happening at all: "Hillary Clinton needs to sell herself and tell more jokes"
# and "Clinton didn't need an earthshaking event on Monday" (a user test's one flagged disagreement; the same actor
# and short sentences passed the wording test, so these verbs are never an assertion another source denies).
WISH_PREDICATES = frozenset(
    {"need", "want", "hope", "wish", "expect", "try", "seek", "intend", "plan", "deserve", "like", "prefer", "mean"}
)
# Not telling is no denial: "she could not say how many were tested", "he would not confirm whether ...".
TELLING_PREDICATES = frozenset({"say", "tell", "disclose", "reveal", "confirm", "know", "comment"})
_NON_ANSWER = re.compile(
    r"(?:\bnot|\bnever|\bcannot|n['’]t)\s+(?:\w+\s+){0,2}?(?:say|said|tell|told|disclose|reveal|confirm|know|knew|"
    r"comment)\s+(?:\w+\s+)?(?:how|whether|what|when|where|why|who|which|if)\b",
    re.IGNORECASE,
)


def find_conflicts(
    reports: Sequence[Report], articles: Sequence[StoredArticle], wordings: Wordings | None = None
) -> list[Conflict]:
    """All disagreements among a story's reports and articles, in a stable order.

    Only pairs that could disagree are compared (``candidate_pairs``), in the order of the reports,
    so a story of thousands of reports costs about as many comparisons as it has near neighbours.
    """
    found: list[Conflict] = []
    texts = {stored.id: normalize_text(stored.article.text) for stored in articles}
    people = {  # each article's people, for telling whose an age is
        stored.id: frozenset(m.actor_key for m in stored.analysis.mentions if m.kind == "PERSON") for stored in articles
    }
    spaced: dict[int, str] = {}  # each compared report's sentence, spacing and case aside
    printed: dict[tuple[int, int], bool] = {}  # (article id, report index): the article prints the report's sentence

    def prints(article_id: int, index: int) -> bool:
        key = (article_id, index)
        if key not in printed:
            printed[key] = _prints(texts.get(article_id), reports[index])
        return printed[key]

    for i, j in candidate_pairs(reports, wordings):
        a, b = reports[i], reports[j]
        if teller(a.outlet, a.article_id) == teller(b.outlet, b.article_id):
            continue  # one outlet's two reports are an update or a slip, not sources disagreeing (a user test)
        for index in (i, j):
            if index not in spaced:
                spaced[index] = _spaced(reports[index].event.sentence)
        if spaced[i] == spaced[j]:
            continue  # one sentence printed twice (wire copy)
        if prints(a.article_id, j) or prints(b.article_id, i):
            continue  # an article that prints the other's very sentence does not contradict it (an edited reprint)
        conflict = (
            _date_conflict(a, b) or _assertion_conflict(a, b) or _number_conflict(a, b)
            or _age_conflict(a, b, people)
        )
        if conflict:
            found.append(conflict)
    found.extend(attribute_conflicts(articles))
    return _unique(found)


def _prints(text: str | None, report: Report) -> bool:
    """Whether a folded article text holds the report's sentence (case, accents and punctuation aside)."""
    return text is not None and folded(report.event.sentence) in text


def _spaced(sentence: str) -> str:
    """A sentence with its spacing and case folded: two printings of one sentence compare equal."""
    return " ".join(sentence.split()).casefold()


def _contains(first: str, second: str) -> bool:
    """Whether one sentence holds the other's words in order (a quotation repeated with its attribution)."""
    a, b = (f" {' '.join(_PLAIN_WORD.findall(text.casefold()))} " for text in (first, second))
    return bool(a.strip() and b.strip()) and (a in b or b in a)


def candidate_pairs(reports: Sequence[Report], wordings: Wordings | None = None) -> list[tuple[int, int]]:
    """Index pairs (i < j, in order) of the reports that could be a date, assertion, number or age conflict.

    Every pair left out fails a condition all four checks require, so comparing only these finds
    exactly the conflicts that comparing every pair would.
    """
    alike = AlikeReports.of(reports, wordings)  # an assertion or number conflict needs one happening: words alike
    pairs = _date_pairs(reports) | _assertion_pairs(reports, alike) | _number_pairs(reports, alike)
    return sorted(pairs | age_pairs(reports))


def _date_pairs(reports: Sequence[Report]) -> set[tuple[int, int]]:
    """Explicitly dated, asserted reports of one kind (or verbs of one act) and a shared (or unnamed) actor, dated at
    most DATE_CONFLICT_MAX_DAYS apart (binary search in lines sorted by start day), worded alike with or without
    their verbs of one act (see ``act_wording``)."""
    dated = [
        (i, r) for i, r in enumerate(reports)
        if r.event.date_source == "expression" and r.interval is not None and r.event.modality != "negated"
    ]
    masks = _word_masks(reports, [i for i, _ in dated])
    verbless = _word_masks(reports, [i for i, _ in dated], without_verbs)
    lines: dict[tuple[str, str | None], list[tuple[int, int]]] = defaultdict(list)
    for i, report in dated:
        assert report.interval is not None
        start = report.interval[0].toordinal()
        lines[(act_class(report), None)].append((start, i))
        for actor_slot in report.actors or {""}:
            lines[(act_class(report), actor_slot)].append((start, i))
    for line in lines.values():
        line.sort()
    pairs: set[tuple[int, int]] = set()
    for i, report in dated:
        assert report.interval is not None
        # The other report starts after this one ends (the reverse is found from the other side).
        after = report.interval[1].toordinal()
        for actor in (*report.actors, "") if report.actors else (None,):
            line = lines.get((act_class(report), actor), [])
            first = bisect_right(line, (after, len(reports)))
            last = bisect_right(line, (after + DATE_CONFLICT_MAX_DAYS, len(reports)))
            pairs.update(
                (min(i, j), max(i, j)) for _, j in line[first:last]
                if _mask_overlap(masks[i], masks[j]) >= DATE_CONFLICT_WORDING
                or _mask_overlap(verbless[i], verbless[j]) >= DATE_CONFLICT_WORDING
            )
    return pairs


def _word_masks(
    reports: Sequence[Report], chosen: Iterable[int], words: Callable[[Report], frozenset[str]] | None = None
) -> dict[int, int]:
    """Each chosen report's words (or those ``words`` gives) as bits of one integer, so word overlap costs two
    integer operations."""
    bits: dict[str, int] = {}
    masks = {}
    for i in chosen:
        mask = 0
        for word in (words(reports[i]) if words else reports[i].words):
            mask |= bits.setdefault(word, 1 << len(bits))
        masks[i] = mask
    return masks


def _mask_overlap(a: int, b: int) -> float:
    """``text.overlap`` of two word masks: the same counts, so the same value."""
    union = (a | b).bit_count()
    return (a & b).bit_count() / union if union else 0.0


def _assertion_pairs(reports: Sequence[Report], alike: AlikeReports) -> set[tuple[int, int]]:
    """Each denial with the assertions worded alike enough to be its happening."""
    return {
        (min(i, j), max(i, j))
        for i, report in enumerate(reports) if report.event.modality == "negated"
        for j in alike.reports_alike(i) if reports[j].event.modality not in ("negated", "hypothetical", "proposed")
    }


def _number_pairs(reports: Sequence[Report], alike: AlikeReports) -> set[tuple[int, int]]:
    """Reports giving the same quantity, worded alike enough to be one happening."""
    quantities = [
        # Only figures told as fact (ASSERTED): one told under "would", "could", "might" or "may", planned or
        # proposed is a scenario or an aim ("the well could spill 100,000 barrels a day" does not count what
        # "spilled 5,000 barrels a day" counts; a review found such figures flagged as disagreeing).
        {counted(quantity)[0] for quantity, _ in _numbers(report)} if report.event.modality in ASSERTED else set()
        for report in reports
    ]
    return {
        (min(i, j), max(i, j))
        for i, mine in enumerate(quantities) if mine
        for j in alike.reports_alike(i) if j > i and mine & quantities[j]
    }


def _date_conflict(a: Report, b: Report) -> Conflict | None:
    explicit = a.event.date_source == "expression" and b.event.date_source == "expression"
    if not explicit or act_class(a) != act_class(b) or dates_compatible(a, b):
        return None
    if not one_act(a, b) or a.event.predicate in LIGHT_PREDICATES:
        # One act dated twice, not two acts of one story: "the rig sank on 22 April" and "the spill began after
        # an April 20 explosion" are both right (a user test: 19 of 32 flagged disagreements were such pairs). Two
        # verbs of one act are one act: "the top kill failed on Saturday" / "BP abandoned the top kill on Sunday".
        return None
    if a.event.predicate == b.event.predicate and a.event.kind != b.event.kind:
        return None
    if a.date_of_other_act or b.date_of_other_act:
        # "sank off Louisiana after an explosion on April 20": the date named is another act's, which only bounds
        # this one (the dating keeps it as the nearest date there is, see analyze/event_dates.py).
        return None
    if a.actors and b.actors and not a.actors & b.actors:
        return None
    if act_wording(a, b) < DATE_CONFLICT_WORDING or "negated" in (a.event.modality, b.event.modality):
        return None
    if _days_apart(a, b) > DATE_CONFLICT_MAX_DAYS or _ordinals(a) != _ordinals(b):
        return None
    if _different_figures(a, b):
        return None  # "91 cases on Tuesday", "109 cases on Thursday": two moments of a running count, each dated
    if a.relative_date is not None and a.relative_date == b.relative_date and a.published != b.published:
        return None  # "last month" printed on April 30 and again, in an updated copy, on May 1: stale words
    return Conflict(
        kind="date",
        description=f"{_who(a, b)} dates it {a.event.date}; {_who(b, a)} dates it {b.event.date}",
        sources=(a.source(), b.source()),
    )


def _days_apart(a: Report, b: Report) -> int:
    if a.interval is None or b.interval is None:
        return 0
    return max((a.interval[0] - b.interval[1]).days, (b.interval[0] - a.interval[1]).days, 0)


def _ordinals(report: Report) -> frozenset[str]:
    """Ordinal words ("third round") that tell one of a series of happenings from another."""
    return _sentence_ordinals(report.event.sentence)


@lru_cache(maxsize=4096)
def _sentence_ordinals(sentence: str) -> frozenset[str]:
    # Cached: a report meets many others in a big story, and its sentence never changes.
    words = [w.strip(".,;:").casefold().removesuffix("'s").removesuffix("’s") for w in sentence.split()]
    return frozenset(
        w for i, w in enumerate(words)
        if w in _ORDINALS and not (i + 1 < len(words) and words[i + 1] in _PERIOD_WORDS)
    )  # "last month", "next week" say when, not which of a series


def _assertion_conflict(a: Report, b: Report) -> Conflict | None:
    negated = [r for r in (a, b) if r.event.modality == "negated"]
    if len(negated) != 1 or not dates_compatible(a, b) or not same_subject(a, b):
        return None
    if not (a.actors & b.actors) or a.event.kind != b.event.kind or a.event.predicate != b.event.predicate:
        return None  # a denial contradicts a report of the same act by the same actor, not any other
    if a.event.predicate in WISH_PREDICATES:
        return None
    if a.event.predicate in COPULAR_PREDICATES | TELLING_PREDICATES and not (
        a.event.actor_key is not None and a.event.actor_key == b.event.actor_key
        and overlap(a.words, b.words) >= DATE_CONFLICT_WORDING
    ):
        # "Iraq has weapons" / "Iraq does not have weapons": one subject, one complement; not any "is". "WHO has
        # confirmed 79 cases" / "it was not confirmed the outbreak had begun in Mexico": two things told (a user test)
        return None
    if _contains(a.event.sentence, b.event.sentence):
        return None  # one quotation, told with and without its attribution
    denier = negated[0]
    asserter = b if denier is a else a
    if denier.event.predicate in TELLING_PREDICATES and _NON_ANSWER.search(denier.event.sentence):
        return None
    if asserter.event.modality in ("hypothetical", "proposed", "planned"):
        return None  # a plan is no report that it happened: "BP is preparing to drill" / "has not yet started drilling"
    if _NEGATION.search(asserter.event.sentence):
        return None  # the "asserting" sentence negates something too: a clause's negation, no clear contradiction
    return Conflict(
        kind="assertion",
        description=f"{_who(asserter, denier)} reports it happened; {_who(denier, asserter)} says it did not",
        sources=(asserter.source(), denier.source()),
    )


def _number_conflict(a: Report, b: Report) -> Conflict | None:
    if a.event.modality not in ASSERTED or b.event.modality not in ASSERTED:
        return None  # "could spill 100,000 barrels" is a scenario, no count against "spilled 5,000 barrels"
    if not dates_compatible(a, b) or not same_moment(a, b):
        return None
    if a.actors and b.actors and not a.actors & b.actors:
        return None  # "2 cases" in Kansas and "80 cases" worldwide count different things
    if not one_act(a, b):
        return None  # "killed 60 people" and "infected 8 people" count different things
    if a.event.predicate == b.event.predicate and not same_subject(a, b):
        return None  # (two verbs of one act may be of two kinds, "die" and "kill": the wording below decides)
    wording = NUMBER_CONFLICT_WORDING if a.actors or b.actors else DATE_CONFLICT_WORDING
    if act_wording(a, b) < wording:
        return None  # the 1918 and the 1957 pandemics "killed ... people globally": other happenings
    found = _disagreeing_quantity(a, b)
    if found is None:
        return None
    quantity, value, other = found
    return Conflict(
        kind="number",
        description=f"{quantity}: {value} according to {_who(a, b)}, {other} according to {_who(b, a)}",
        sources=(a.source(), b.source()),
    )


def _numbers(report: Report) -> tuple[tuple[str, str], ...]:
    """The report's quantities, a unit the analysis left ambiguous read from its sentence (see ``told_numbers``)."""
    return told_numbers(report.event.numbers, report.event.sentence)


def _disagreeing_quantity(a: Report, b: Report) -> tuple[str, str, str] | None:
    """The first quantity both reports give with values that cannot be the same, neither sentence also giving
    the other's figure: (quantity, a's value, b's value); None if there is none."""
    for quantity, value in _numbers(a):
        for their_quantity, other in _numbers(b):
            if not one_quantity(quantity, their_quantity):
                continue
            mine, theirs = _as_written(value, a.event.sentence), _as_written(other, b.event.sentence)
            if not numbers_agree(mine, theirs) and not (_states(a, theirs) or _states(b, mine)):
                return counted(quantity)[0], mine, theirs
    return None


# A range's opening right before its upper end: "between 12,000 and", "12,000 to", "12,000-"; not a change ("rose
# from 1,000 to 5,000", "rose by 12 to 45": a review).
_RANGE_OPENING = re.compile(
    r"(?:\bbetween\s+(\d[\d,]*)\s+and|(?<![\w,.])(?<!\bfrom )(?<!\bby )(\d[\d,]*)\s*(?:to|-|–))\s*$", re.IGNORECASE
)


def _as_written(value: str, sentence: str) -> str:
    """A figure with the range its sentence gives it: the analysis may keep only the upper end of "between 12,000 and
    19,000 barrels" ("19,000"), which then disagrees with a figure inside the range ("about 15,000") and agrees with
    another estimate's "between 13,000 and 19,000" (session 30, the BP user test's ranges of one flow estimate)."""
    if not _FIGURE.fullmatch(value):
        return value
    for match in re.finditer(rf"(?<![\w.,]){re.escape(value)}(?![\w,]|\.\d)", sentence):
        opening = _RANGE_OPENING.search(sentence, max(0, match.start() - 40), match.start())
        low = opening and (opening.group(1) or opening.group(2))
        if low and float(low.replace(",", "")) < float(value.replace(",", "")):
            return f"between {low} and {value}"
    return value


def same_moment(a: Report, b: Report) -> bool:
    """Whether two reports' figures can be of one moment, so that different figures disagree.

    Running counts change: a tally of cases, deaths, arrests ... told on another publication day is an
    update, unless both sentences date what they count themselves ("killed 60 people by Monday"), in which
    case their dates must already overlap. Other figures (the passengers a plane carried) do not change, so
    they are always one moment; so are two reports when either publication day is unknown. (One outlet's
    two reports, a revised copy or a later story of the day, are never compared: see ``teller``.)
    """
    if not (_counts_a_tally(a.event.sentence) or _counts_a_tally(b.event.sentence)):
        return True
    if a.event.date_source == "expression" and b.event.date_source == "expression":
        return True
    return a.published is None or b.published is None or a.published == b.published


# Words of a tally that grows as news comes in: harm, spread, arrests, and the words of an update.
_RUNNING_TALLY = re.compile(
    r"\b(?:cases?|deaths?|dead|died|killed|kills|toll|infect\w*|injur\w*|wounded|hurt|missing|casualt\w*|victims|"
    r"confirmed|suspected|arrest\w*|detained|evacuat\w*|displaced|homeless|so\s+far|total|risen|rose|rising|"
    r"climbed|up\s+from|latest)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _counts_a_tally(sentence: str) -> bool:
    # Cached, as _sentence_ordinals: a report meets many others in a big story.
    return _RUNNING_TALLY.search(sentence) is not None


def _different_figures(a: Report, b: Report) -> bool:
    """Whether the two reports give different figures: one quantity with values that disagree (neither sentence
    also giving the other's), or numbers beyond their dates and none in common ("91 cases on Tuesday", "the
    total had risen to 109 on Thursday")."""
    if _disagreeing_quantity(a, b) is not None:
        return True
    dated = _date_parts(a.event.date) | _date_parts(b.event.date)  # both dates' numbers, on both sides
    first, second = _figures(a.event.sentence) - dated, _figures(b.event.sentence) - dated
    return bool(first and second) and not first & second


def _date_parts(when: str | None) -> frozenset[float]:
    return frozenset(float(part) for part in re.findall(r"\d+", when or ""))


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def _figures(sentence: str) -> frozenset[float]:
    """The numbers a sentence gives as words (not H1N1's digits), spelled out too ("nine further cases" against
    "Three more cases": a user test found two such tallies of UK cases flagged as one happening dated twice)."""
    digits = {float(n.replace(",", "")) for n in _FIGURE.findall(sentence)}
    spelled = set()
    for match in _SPELLED_FIGURE.finditer(sentence):
        value = number_value(match.group())
        if value and (value != 1 or _ONE_COUNTS.match(sentence, match.end())):  # "and", "half": 0, no figure
            spelled.add(float(value))
    return frozenset(digits | spelled)


# A word that may be a number, not a span of time: "two months after the election" and "seven weeks after" are no
# tallies (a review). "a", "an" and vague counts are no figures (number_value gives None or they are left out).
_SPELLED_FIGURE = re.compile(
    r"\b(?!an?\b)[A-Za-z]+(?:-[A-Za-z]+)?\b"
    r"(?![\s-]+(?:(?:more|further|other)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
)
# "one" only as a count of something ("one case", "one more death"): "one of the patients" names no figure.
_ONE_COUNTS = re.compile(
    r"\s+(?:(?:new|more|further|other|confirmed|suspected)\s+)?(?:case|death|person|patient|child|man|woman)\b",
    re.IGNORECASE,
)


def _states(report: Report, figure: str) -> bool:
    """Whether the report's sentence also gives the figure's own number: "of the 101 suspected deaths, 19 have
    been confirmed" does not contradict "only 19 deaths are confirmed" (the 1s of "H1N1" or a year inside
    "more than 100" are no such number)."""
    written = _figures(figure)
    return bool(written) and written <= _figures(report.event.sentence)


# Word overlap two reports with shared actors need to give one quantity of one happening (without actors, the
# date conflicts' DATE_CONFLICT_WORDING): a big story tells many figures of other happenings.
NUMBER_CONFLICT_WORDING = 0.3
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")  # a number as a word, not H1N1's digits


def _who(report: Report, other: Report) -> str:
    return side_name(report.outlet, report.article_id, other.outlet)


def _age_conflict(a: Report, b: Report, people: dict[int, frozenset[str]]) -> Conflict | None:
    """One person told by two outlets with two ages (see :func:`age_conflicts.age_disagreement`)."""
    ages = age_disagreement(a, b, people)
    if ages is None:
        return None
    return Conflict(
        kind="number",
        description=f"age: {ages[0].text} according to {_who(a, b)}, {ages[1].text} according to {_who(b, a)}",
        sources=(a.source(), b.source()),
    )


def _unique(conflicts: Iterable[Conflict]) -> list[Conflict]:
    kept: dict[tuple[str, frozenset[tuple[int, str]]], Conflict] = {}
    for conflict in conflicts:
        key = (conflict.kind, frozenset((s.article_id, s.sentence) for s in conflict.sources))
        kept.setdefault(key, conflict)
    return list(kept.values())
