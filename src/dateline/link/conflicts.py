"""Disagreements between sources: dates, numbers, actor attributes, and assertion versus denial.

Every conflict keeps both sources with their sentences, so an editor can check each side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import combinations

from dateline.link.events import Report, dates_compatible, same_subject
from dateline.link.text import overlap
from dateline.records import Conflict, Mention, SourceRef, StoredArticle

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
# Words that change an office holder's status without changing the office.
STATUS_WORDS = frozenset(
    {"former", "ex", "late", "acting", "interim", "outgoing", "incoming", "then", "elect", "deposed",
     "ousted", "retired", "caretaker", "deputy"}
)
_ROLE_WORD = re.compile(r"[\w.]+")


def find_conflicts(reports: Sequence[Report], articles: Sequence[StoredArticle]) -> list[Conflict]:
    """All disagreements among a story's reports and articles, in a stable order."""
    found: list[Conflict] = []
    for a, b in combinations(reports, 2):
        if a.article_id == b.article_id:
            continue
        conflict = _date_conflict(a, b) or _assertion_conflict(a, b) or _number_conflict(a, b)
        if conflict:
            found.append(conflict)
    found.extend(attribute_conflicts(articles))
    return _unique(found)


def _date_conflict(a: Report, b: Report) -> Conflict | None:
    explicit = a.event.date_source == "expression" and b.event.date_source == "expression"
    if not explicit or a.event.kind != b.event.kind or dates_compatible(a, b):
        return None
    if a.actors and b.actors and not a.actors & b.actors:
        return None
    if overlap(a.words, b.words) < DATE_CONFLICT_WORDING or "negated" in (a.event.modality, b.event.modality):
        return None
    if _days_apart(a, b) > DATE_CONFLICT_MAX_DAYS or _ordinals(a) != _ordinals(b):
        return None
    return Conflict(
        kind="date",
        description=f"{_who(a)} dates it {a.event.date}; {_who(b)} dates it {b.event.date}",
        sources=(a.source(), b.source()),
    )


def _days_apart(a: Report, b: Report) -> int:
    if a.interval is None or b.interval is None:
        return 0
    return max((a.interval[0] - b.interval[1]).days, (b.interval[0] - a.interval[1]).days, 0)


def _ordinals(report: Report) -> frozenset[str]:
    """Ordinal words ("third round") that tell one of a series of happenings from another."""
    return frozenset(w.strip(".,;:").casefold() for w in report.event.sentence.split()) & _ORDINALS


def _assertion_conflict(a: Report, b: Report) -> Conflict | None:
    negated = [r for r in (a, b) if r.event.modality == "negated"]
    if len(negated) != 1 or not dates_compatible(a, b) or not same_subject(a, b):
        return None
    denier = negated[0]
    asserter = b if denier is a else a
    if asserter.event.modality in ("hypothetical", "proposed"):
        return None
    return Conflict(
        kind="assertion",
        description=f"{_who(asserter)} reports it happened; {_who(denier)} says it did not",
        sources=(asserter.source(), denier.source()),
    )


def _number_conflict(a: Report, b: Report) -> Conflict | None:
    if not dates_compatible(a, b) or not same_subject(a, b):
        return None
    theirs = dict(b.event.numbers)
    for quantity, value in a.event.numbers:
        other = theirs.get(quantity)
        if other is not None and _number_value(other) != _number_value(value):
            return Conflict(
                kind="number",
                description=f"{quantity}: {value} according to {_who(a)}, {other} according to {_who(b)}",
                sources=(a.source(), b.source()),
            )
    return None


def _number_value(text: str) -> str:
    return text.replace(",", "").strip().casefold()


def _who(report: Report) -> str:
    return report.outlet or f"article {report.article_id}"


def split_role(role: str) -> tuple[str, frozenset[str]]:
    """A role's office and its status words: "former U.S. President" -> ("u.s. president", {"former"})."""
    words = _ROLE_WORD.findall(role.casefold().replace("-", " "))
    if words and words[0] == "the":
        words = words[1:]
    status = frozenset(w for w in words if w in STATUS_WORDS)
    office = " ".join(w for w in words if w not in STATUS_WORDS)
    return office, status


def attribute_conflicts(articles: Sequence[StoredArticle]) -> list[Conflict]:
    """Sources giving one actor the same office with a different status ("President" / "former President")."""
    seen: dict[tuple[str, str], list[tuple[frozenset[str], StoredArticle, Mention]]] = {}
    for stored in articles:
        for mention in stored.analysis.mentions:
            if mention.role:
                office, status = split_role(mention.role)
                if office:
                    seen.setdefault((mention.actor_key, office), []).append((status, stored, mention))
    conflicts = []
    for (actor_key, _office), uses in seen.items():
        done: set[tuple[frozenset[str], frozenset[str]]] = set()
        for (status_a, art_a, men_a), (status_b, art_b, men_b) in combinations(uses, 2):
            if status_a == status_b or art_a.id == art_b.id or (status_a, status_b) in done:
                continue
            done.add((status_a, status_b))
            done.add((status_b, status_a))
            name = _actor_name(actor_key, (art_a, art_b))
            conflicts.append(
                Conflict(
                    kind="attribute",
                    description=(
                        f'{name} is "{men_a.role}" in {art_a.article.outlet or f"article {art_a.id}"} '
                        f'but "{men_b.role}" in {art_b.article.outlet or f"article {art_b.id}"}'
                    ),
                    sources=(_mention_source(art_a, men_a), _mention_source(art_b, men_b)),
                )
            )
    return conflicts


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
