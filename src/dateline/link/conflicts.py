"""Disagreements between sources: dates, numbers, actor attributes, and assertion versus denial.

Every conflict keeps both sources with their sentences, so an editor can check each side.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from dateline.link.duplicates import folded, normalize_text
from dateline.link.events import AlikeReports, Report, Wordings, dates_compatible, same_subject
from dateline.link.text import inside, overlap
from dateline.records import Conflict, Mention, Sentence, SourceRef, StoredArticle
from dateline.temporal import timex_interval
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
# Words that change an office holder's status without changing the office.
STATUS_WORDS = frozenset(
    {"former", "ex", "late", "acting", "interim", "outgoing", "incoming", "elect", "deposed",
     "ousted", "retired", "caretaker", "deputy"}
)
# Status words an outlet may leave out without saying otherwise: "Acting Assistant Director-General" and "Assistant
# Director General" are one title told at two lengths (a user test found them flagged), unlike "former".
MINOR_STATUS_WORDS = frozenset({"acting", "interim", "caretaker", "outgoing", "incoming"})
# "(now former) Kansas Governor": a status written in brackets before the title.
_BRACKETED_STATUS = re.compile(r"\(\s*(?:now\s+)?(former|ex|late|retired)\s*\)\s*$", re.IGNORECASE)
_ROLE_WORD = re.compile(r"[\w.]+")
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
        conflict = _date_conflict(a, b) or _assertion_conflict(a, b) or _number_conflict(a, b)
        if conflict:
            found.append(conflict)
    found.extend(attribute_conflicts(articles))
    return _unique(found)


def teller(outlet: str | None, article_id: int) -> str:
    """Who tells a report, for telling disagreements apart from updates: its outlet, or the article itself when
    the outlet is unknown (two unnamed articles may be two outlets).

    Only two outlets disagree: a user test's BP story had 21 of 32 flagged disagreements within one outlet, an
    update ("leaking for 18 days" / "19 days" a day later), the same page's sentences dated two ways, or two
    correction footers.
    """
    return f"outlet:{outlet_identity(outlet)}" if outlet else f"article:{article_id}"


_OUTLET_FORM = re.compile(r"^(?:www\.)?(?:the\s+)?|(?:\.(?:com|co\.uk|org|net))?(?:\s+(?:news|online|\.com))?$")


def outlet_identity(outlet: str) -> str:
    """One outlet however it is written: "BBC", "BBC News", "bbc.co.uk"; "The Guardian", "guardian.com";
    "Washington Post", "washingtonpost.com" (a review: one outlet's two spellings were two disagreeing outlets)."""
    folded = " ".join(outlet.casefold().split())
    return (_OUTLET_FORM.sub("", folded) or folded).replace(" ", "")


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
    """Index pairs (i < j, in order) of the reports that could be a date, assertion or number conflict.

    Every pair left out fails a condition all three checks require, so comparing only these finds
    exactly the conflicts that comparing every pair would.
    """
    alike = AlikeReports.of(reports, wordings)  # an assertion or number conflict needs one happening: words alike
    pairs = _date_pairs(reports) | _assertion_pairs(reports, alike) | _number_pairs(reports, alike)
    return sorted(pairs)


def _date_pairs(reports: Sequence[Report]) -> set[tuple[int, int]]:
    """Explicitly dated, asserted reports of one kind and a shared (or unnamed) actor, dated at most
    DATE_CONFLICT_MAX_DAYS apart (binary search in lines sorted by start day), worded alike."""
    dated = [
        (i, r) for i, r in enumerate(reports)
        if r.event.date_source == "expression" and r.interval is not None and r.event.modality != "negated"
    ]
    masks = _word_masks(reports, [i for i, _ in dated])
    lines: dict[tuple[str, str | None], list[tuple[int, int]]] = defaultdict(list)
    for i, report in dated:
        assert report.interval is not None
        start = report.interval[0].toordinal()
        lines[(report.event.kind, None)].append((start, i))
        for actor_slot in report.actors or {""}:
            lines[(report.event.kind, actor_slot)].append((start, i))
    for line in lines.values():
        line.sort()
    pairs: set[tuple[int, int]] = set()
    for i, report in dated:
        assert report.interval is not None
        # The other report starts after this one ends (the reverse is found from the other side).
        after = report.interval[1].toordinal()
        for actor in (*report.actors, "") if report.actors else (None,):
            line = lines.get((report.event.kind, actor), [])
            first = bisect_right(line, (after, len(reports)))
            last = bisect_right(line, (after + DATE_CONFLICT_MAX_DAYS, len(reports)))
            pairs.update(
                (min(i, j), max(i, j)) for _, j in line[first:last]
                if _mask_overlap(masks[i], masks[j]) >= DATE_CONFLICT_WORDING
            )
    return pairs


def _word_masks(reports: Sequence[Report], chosen: Iterable[int]) -> dict[int, int]:
    """Each chosen report's words as bits of one integer, so word overlap costs two integer operations."""
    bits: dict[str, int] = {}
    masks = {}
    for i in chosen:
        mask = 0
        for word in reports[i].words:
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
    quantities = [{counted(quantity)[0] for quantity, _ in report.event.numbers} for report in reports]
    return {
        (min(i, j), max(i, j))
        for i, mine in enumerate(quantities) if mine
        for j in alike.reports_alike(i) if j > i and mine & quantities[j]
    }


def _date_conflict(a: Report, b: Report) -> Conflict | None:
    explicit = a.event.date_source == "expression" and b.event.date_source == "expression"
    if not explicit or a.event.kind != b.event.kind or dates_compatible(a, b):
        return None
    if a.event.predicate != b.event.predicate or a.event.predicate in LIGHT_PREDICATES:
        # One act dated twice, not two acts of one story: "the rig sank on 22 April" and "the spill began after
        # an April 20 explosion" are both right (a user test: 19 of 32 flagged disagreements were such pairs).
        return None
    if a.date_of_other_act or b.date_of_other_act:
        # "sank off Louisiana after an explosion on April 20": the date named is another act's, which only bounds
        # this one (the dating keeps it as the nearest date there is, see analyze/event_dates.py).
        return None
    if a.actors and b.actors and not a.actors & b.actors:
        return None
    if overlap(a.words, b.words) < DATE_CONFLICT_WORDING or "negated" in (a.event.modality, b.event.modality):
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
    if not dates_compatible(a, b) or not same_subject(a, b) or not same_moment(a, b):
        return None
    if a.actors and b.actors and not a.actors & b.actors:
        return None  # "2 cases" in Kansas and "80 cases" worldwide count different things
    if a.event.predicate != b.event.predicate:
        return None  # "killed 60 people" and "infected 8 people" count different things
    wording = NUMBER_CONFLICT_WORDING if a.actors or b.actors else DATE_CONFLICT_WORDING
    if overlap(a.words, b.words) < wording:
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


def _disagreeing_quantity(a: Report, b: Report) -> tuple[str, str, str] | None:
    """The first quantity both reports give with values that cannot be the same, neither sentence also giving
    the other's figure: (quantity, a's value, b's value); None if there is none."""
    for quantity, value in a.event.numbers:
        for their_quantity, other in b.event.numbers:
            if not _one_quantity(quantity, their_quantity):
                continue
            if not numbers_agree(value, other) and not (_states(a, other) or _states(b, value)):
                return counted(quantity)[0], value, other
    return None


_PLACE_PART = re.compile(r" (?:in|across|from) ")


def counted(quantity: str) -> tuple[str, str | None]:
    """What a quantity counts and the place it counts it in: ("people", "london") for "people in london"."""
    parts = _PLACE_PART.split(quantity, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else None


def _one_quantity(first: str, second: str) -> bool:
    """Whether two quantities count one thing: the same noun, in one place or a place only one of them names
    ("two more people in London" and "three more people in the UK" count different people)."""
    (what, where), (their_what, their_where) = counted(first), counted(second)
    return what == their_what and (where is None or their_where is None or where == their_where)


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
# How far a blurred number may be from another and still agree: "about 1,500" and "1,550".
APPROXIMATE_SHARE = 0.15
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")  # a number as a word, not H1N1's digits


def number_range(text: str) -> tuple[float, float] | None:
    """The values a quantity as written allows: "126" -> (126, 126), "about 1,500" -> (1275, 1725), "more than
    100" -> (100, inf), "up to 60" -> (0, 60), "20 million" -> (2e7, 2e7), "20 to 30" and "between 20 and
    30" -> (20, 30); None when it holds no number."""
    read = _read_quantity(text)
    return None if read is None else (read[0], read[1])


def _read_quantity(text: str) -> tuple[float, float, bool] | None:
    """``number_range``'s bounds and whether the text tells them as a range of two figures ("20 to 30")."""
    words = text.casefold().replace(",", "").replace("-", " - ").replace("–", " - ").split()
    values: list[float] = []
    scales: list[float] = []  # the scale word each value was told with (1: none)
    for word in words:
        if _NUMBER.fullmatch(word):
            values.append(float(word))
            scales.append(1.0)
        elif word in _SCALES:
            if values:
                values[-1] *= _SCALES[word]  # "3 hundred", "20 million"
                scales[-1] = _SCALES[word]
            else:
                values.append(_SCALES[word])  # "a million people"
                scales.append(_SCALES[word])
    if not values:
        return None
    if len(values) > 1 and {"to", "and", "-"} & set(words):
        if scales[0] == 1.0 and scales[-1] > 1.0 and values[0] < values[-1] / scales[-1]:
            values[0] *= scales[-1]  # "2 to 3 million": the scale word serves both ends (not "100 to 2 million")
        return min(values), max(values), True  # a range: "20 to 30", "2,000-3,000"
    value = values[-1]
    said = set(words)
    if said & {"more", "over", "least"}:
        return value, math.inf, False
    if said & {"up", "under", "less", "fewer", "most"} or "nearly" in said or "almost" in said:
        return (value * (1 - APPROXIMATE_SHARE) if said & {"nearly", "almost"} else 0.0), value, False
    if said & _BLURRING:
        return value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE), False
    return value, value, False


_BLURRING = frozenset({"about", "around", "approximately", "roughly", "some", "estimated"})


def numbers_agree(first: str, second: str) -> bool:
    """Whether two quantities as written can be the same: equal, or within each other's bounds ("more than 100"
    and "126" agree; "8" and "60" do not). Two ranges are two estimates, each claiming both its ends: they agree
    only when their ends do ("12,000-19,000" and "12,000 to 25,000 barrels a day" disagree; a user test of the
    BP coverage found such estimates unflagged). Quantities without a number compare as text."""
    a, b = _read_quantity(first), _read_quantity(second)
    if a is None or b is None:
        return first.replace(",", "").strip().casefold() == second.replace(",", "").strip().casefold()
    if a[2] and b[2]:
        blurred = bool(_BLURRING & set(f"{first} {second}".casefold().split()))
        return _ends_agree(a[0], b[0], blurred) and _ends_agree(a[1], b[1], blurred)
    return a[0] <= b[1] and b[0] <= a[1]


def _ends_agree(first: float, second: float, blurred: bool) -> bool:
    """Whether two ends of ranges are one figure: equal, or near when either range is told as approximate."""
    tolerance = APPROXIMATE_SHARE * max(abs(first), abs(second)) if blurred else 0.0
    return abs(first - second) <= tolerance + 1e-9


def _who(report: Report, other: Report) -> str:
    return _side_name(report.outlet, report.article_id, other.outlet)


def _side_name(outlet: str | None, article_id: int, other_outlet: str | None) -> str:
    """One side of a disagreement: its outlet, with its article when the other side is the same outlet
    ("reuters, article 12"), or only its article when it has no outlet."""
    if outlet and other_outlet == outlet:
        return f"{outlet}, article {article_id}"
    return outlet or f"article {article_id}"


def split_role(role: str) -> tuple[str, frozenset[str]]:
    """A role's office and its status words: "former U.S. President" -> ("u.s. president", {"former"})."""
    words = _ROLE_WORD.findall(role.casefold().replace("-", " "))
    if words and words[0] == "the":
        words = words[1:]
    # "then President Musharraf" says he was president at the time: no other status than "President".
    words = [w for w in words if w != "then"]
    status = frozenset("former" if w == "ex" else w for w in words if w in STATUS_WORDS)  # "ex-Senator": former
    office = " ".join(w for w in words if w not in STATUS_WORDS)
    return office, status


# A title after these words is the one held then, not now: "the crime policies that began under President Bill
# Clinton", "during President Obama's first term".
_OF_THAT_TIME = r"\b(?:under|during|then)[\s-]+(?:the\s+)?"


def _of_that_time(text: str, mention: Mention) -> bool:
    """Whether the mention's own title comes right after "under", "during" or "then": the title may start the
    mention ("under President Bill Clinton" as one mention) or end right before it. ("By" is left out: "endorsed
    by President Obama on Monday" gives the title held now.)"""
    role = mention.role or ""
    before = text[max(0, mention.start - len(role) - 30) : mention.start]
    if text.startswith(role, mention.start):
        return re.search(_OF_THAT_TIME + "$", before, re.IGNORECASE) is not None
    return re.search(_OF_THAT_TIME + re.escape(role) + r"\s*$", before, re.IGNORECASE) is not None


def _bracketed_status(text: str, mention: Mention) -> tuple[frozenset[str], str]:
    """The status a bracket before the mention's title gives, and the title as shown with it: ({"former"},
    "(now former) Kansas Governor"); (no status, the title) without one."""
    role = mention.role or ""
    at = mention.start if text.startswith(role, mention.start) else text.rfind(role, max(0, mention.start - 80),
                                                                                mention.start)
    found = _BRACKETED_STATUS.search(text[max(0, at - 20) : at]) if at >= 0 else None
    if found is None:
        return frozenset(), role
    status = found.group(1).lower()
    return frozenset({"former" if status == "ex" else status}), f"{found.group().strip()} {role}"


def attribute_conflicts(articles: Sequence[StoredArticle]) -> list[Conflict]:
    """Sources giving one actor the same office with a different status ("President" / "former President")."""
    seen: dict[tuple[str, str], list[tuple[frozenset[str], StoredArticle, Mention, str]]] = {}
    for stored in articles:
        sentences = stored.analysis.sentences
        starts = [sentence.start for sentence in sentences]
        quoted = [(q.start, q.end) for q in stored.analysis.quotes if q.direct]
        for mention in stored.analysis.mentions:
            if not mention.role or _of_that_time(stored.article.text, mention):
                continue
            if inside(mention.start, quoted):
                continue  # a speaker's words, not the outlet's: "Vice President Biden was not a topic," Volker said
            at = bisect_right(starts, mention.start) - 1
            if at >= 0 and mention.start < sentences[at].end and _of_the_past(stored, sentences[at], mention):
                continue
            office, status = split_role(mention.role)
            if office:
                bracketed, shown = _bracketed_status(stored.article.text, mention)
                status = (status | bracketed) - MINOR_STATUS_WORDS
                seen.setdefault((mention.actor_key, office), []).append((status, stored, mention, shown))
    conflicts = []
    for (actor_key, _office), uses in seen.items():
        tellers = [(status, teller(stored.article.outlet, stored.id)) for status, stored, _, _ in uses]
        for i, j in _first_status_pairs(tellers):
            (_, art_a, men_a, role_a), (_, art_b, men_b, role_b) = uses[i], uses[j]
            name = _actor_name(actor_key, (art_a, art_b))
            outlet_a, outlet_b = art_a.article.outlet, art_b.article.outlet
            conflicts.append(
                Conflict(
                    kind="attribute",
                    description=(
                        f'{name} is "{role_a}" in {_side_name(outlet_a, art_a.id, outlet_b)} '
                        f'but "{role_b}" in {_side_name(outlet_b, art_b.id, outlet_a)}'
                    ),
                    sources=(_mention_source(art_a, men_a), _mention_source(art_b, men_b)),
                )
            )
    return conflicts


# A sentence that speaks of a time ending this long before its article's publication tells of the past: a title in
# it is the one held then ("In 2016, Vice President Joe Biden pressed Ukraine to fire its prosecutor", in a 2019
# article that calls him former Vice President, had been flagged by a user test). So is a title after a government
# named as the time in its sentence ("silent during the Obama administration ... when Vice President Joe Biden took
# over"): one of the past, or the present one, whose titles no outlet disputes.
PAST_TITLE_DAYS = 180
# "In the Ukrainian government" is a place, not a time (a review: "Corruption in the Ukrainian government is
# rampant, Vice President Joe Biden said" hid his title): after "in", only a presidency or an era names a time.
_EARLIER_GOVERNMENT = re.compile(
    r"\b(?:(?i:during|under)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:administration|presidency|government|era)"
    r"|(?i:in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:administration|presidency|era))\b"
)


def _of_the_past(stored: StoredArticle, sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention's sentence tells of the past: it speaks of a time well before the article's publication,
    or names a government as the time before the mention."""
    published = stored.article.published
    time = _time_of_mention(stored, sentence, mention)
    interval = timex_interval(time) if time else None
    if published is not None and interval is not None and (published.earliest - interval[1]).days > PAST_TITLE_DAYS:
        return True
    return _EARLIER_GOVERNMENT.search(stored.article.text, sentence.start, mention.start) is not None


def _time_of_mention(stored: StoredArticle, sentence: Sentence, mention: Mention) -> str | None:
    """The time of the innermost clause the mention's actor acts in, as the analysis dated it, else the sentence's:
    "Vice President Joe Biden, who pressed Ukraine in 2016, said on Tuesday ..." tells of Tuesday, not 2016."""
    own = [
        e for e in stored.analysis.events
        if e.sentence_index == sentence.index and e.actor_key == mention.actor_key and e.date_source != "none"
        and e.start <= mention.start < e.end
    ]
    return min(own, key=lambda e: e.end - e.start).date if own else sentence.time


def _first_status_pairs(uses: Sequence[tuple[frozenset[str], str]]) -> list[tuple[int, int]]:
    """For each two statuses of one office, the first pair of uses (in order) from two tellers (see ``teller``).

    One conflict per status pair is enough for an editor; finding each first pair by binary search
    among the other status's uses avoids comparing all uses of a common office (hundreds in a big story).
    """
    positions: dict[frozenset[str], list[int]] = defaultdict(list)
    for position, (status, _) in enumerate(uses):
        positions[status].append(position)
    # For each use, the next use of its status from another teller (len(uses) if none).
    next_other: dict[int, int] = {}
    for line in positions.values():
        following = len(uses)
        for k in range(len(line) - 1, -1, -1):
            if k + 1 < len(line) and uses[line[k + 1]][1] != uses[line[k]][1]:
                following = line[k + 1]
            next_other[line[k]] = following
    firsts = []
    statuses = list(positions)
    for a, status_a in enumerate(statuses):
        for status_b in statuses[a + 1 :]:
            pair = _first_pair(uses, positions[status_a], positions[status_b], next_other)
            pair = min(pair, _first_pair(uses, positions[status_b], positions[status_a], next_other))
            if pair[0] < len(uses):
                firsts.append(pair)
    return sorted(firsts)


def _first_pair(
    uses: Sequence[tuple[frozenset[str], str]], earlier: list[int], later: list[int], next_other: dict[int, int]
) -> tuple[int, int]:
    """The first (i, j), i < j, with i in ``earlier`` and j in ``later`` from different tellers."""
    for i in earlier:
        k = bisect_right(later, i)
        if k == len(later):
            break
        j = later[k] if uses[later[k]][1] != uses[i][1] else next_other[later[k]]
        if j < len(uses):
            return (i, j)
    return (len(uses), len(uses))


def _actor_name(key: str, articles: Iterable[StoredArticle]) -> str:
    for stored in articles:
        for actor in stored.analysis.actors:
            if actor.key == key:
                return actor.name
    return key


def _mention_source(stored: StoredArticle, mention: Mention) -> SourceRef:
    sentence = next(
        (s.text for s in stored.analysis.sentences if s.start <= mention.start < s.end),
        stored.article.text[max(0, mention.start - 100) : mention.end + 100],
    )
    return SourceRef(stored.id, stored.article.outlet, stored.article.url, sentence)


def _unique(conflicts: Iterable[Conflict]) -> list[Conflict]:
    kept: dict[tuple[str, frozenset[tuple[int, str]]], Conflict] = {}
    for conflict in conflicts:
        key = (conflict.kind, frozenset((s.article_id, s.sentence) for s in conflict.sources))
        kept.setdefault(key, conflict)
    return list(kept.values())
