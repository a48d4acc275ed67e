"""Quantities a clause gives, as (what is counted, how many): ("days", "50"), ("ceasefire days", "30").

What conflicts compare between outlets: a count's unit and place are part of the quantity ("people in london"), and
numbers that are no counts (dates, clock times, ages, labels such as "year seven pupils") are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from dateline.analyze.gazetteer import load_gazetteer
from dateline.records import TimeExpression

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "fifty": "50", "hundred": "100", "dozen": "12",
}
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def _plural(word: str) -> str:
    """A unit in the plural ("day" -> "days")."""
    return word if word.endswith("s") else f"{word}s"


def clause_numbers(tokens: Sequence[Token], times: Iterable[TimeExpression]) -> tuple[tuple[str, str], ...]:
    """Quantities in a clause as (what, how many): ("days", "50"), ("ceasefire days", "30").

    Numbers inside calendar dates and clock times ("July 14", "2022", "18.45") and ages are not quantities.
    """
    date_ranges = [(t.start, t.end) for t in times if t.type in ("DATE", "TIME")]
    found: list[tuple[str, str]] = []
    taken: set[int] = set()  # tokens already part of a quantity ("30" in "20 to 30")
    for token in tokens:
        if not token.like_num or token.i in taken or any(s <= token.idx < e for s, e in date_ranges):
            continue
        if token.head.like_num and token.head.i != token.i and token.head.i > token.i:
            continue  # "20" in "20 million": part of the number its head ends
        if _labelled(token):
            continue  # "year seven pupils", "grade 5 students", "Flight 447": a label, no count of anything
        head = token.head
        unit = head if head.i != token.i and head.pos_ in {"NOUN", "PROPN"} else _unit_written_after(token)
        unit = _past_label(unit)
        if unit is None or any(s <= unit.idx < e for s, e in date_ranges):
            continue  # no unit, or a day ("won 3 Saturday")
        if unit.lemma_.lower() in {"year", "month", "week", "day"} and unit.head.lower_ == "old":
            continue  # an age ("a 12-year-old pupil", "a 3-month-old baby"), no count of anything
        owner = unit.head
        value, last = _number_phrase(token)
        taken.update(range(token.i, last + 1))
        if unit.dep_ in {"compound", "amod", "nmod"} and owner.pos_ == "NOUN" and owner.i != unit.i:
            found.append((f"{owner.lemma_.lower()} {_plural(unit.lower_)}{_place_of(owner)}", value))
        else:
            found.append((f"{unit.lower_}{_place_of(unit)}", value))
    return tuple(dict.fromkeys(found))


# Words a number after names one of a series, not a count: a school year or grade ("year seven pupils", "Year 7",
# "grade 5 students", "Class 3"; a review found five "year seven pupils" read as 7 pupils), a category, a flight.
_LABEL_WORDS = frozenset({
    "year", "grade", "class", "form", "stage", "level", "category", "phase", "tier", "standard", "flight", "unit",
    "number", "no", "no.", "chapter", "section", "article",
})  # fmt: skip
# ... unless a word before makes the label word a span or a measure: "in the past year 300 people died".
_SPAN_BEFORE_LABEL = frozenset({
    "past", "last", "this", "next", "every", "each", "per", "that", "same", "following", "previous",
    "whole", "entire", "one", "first",
})  # fmt: skip


def _past_label(unit: Token | None) -> Token | None:
    """The noun a count is of when the parser hung it on a label word: "pupils" in "five year seven pupils" (the
    Guardian's; read as five "year")."""
    if unit is None or unit.lower_ not in _LABEL_WORDS or unit.i + 1 >= len(unit.doc):
        return unit
    label_number = unit.doc[unit.i + 1]
    if not label_number.like_num or not _labelled(label_number):
        return unit
    noun = label_number.head
    if noun.i > label_number.i and noun.pos_ in {"NOUN", "PROPN"}:
        return noun
    return _unit_written_after(label_number) or unit


def _labelled(number: Token) -> bool:
    """Whether the number right follows a label word (``_LABEL_WORDS``) that names which one, not how many."""
    doc, at = number.doc, number.i - 1
    label = doc[at] if at >= 0 else None
    if label is None or label.lower_ not in _LABEL_WORDS or label.sent.start != number.sent.start:
        return False
    if label.pos_ == "VERB" and (label.text == "form" or any(
        c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "aux" and c.lower_ != "to") for c in label.children
    )):
        return False  # a verb is no label: "they will form 20 committees" (the parser's "to grade 5 students" is)
    return at == 0 or doc[at - 1].lower_ not in _SPAN_BEFORE_LABEL


# Words between a figure and its unit that the parser may take for the head ("about 600 sq miles": "sq" an
# adposition, "600" its object).
_UNIT_PREFIXES = frozenset({"sq", "sq.", "square", "cubic", "cu", "metric", "nautical"})


def _unit_written_after(number: Token) -> Token | None:
    """The noun right after a figure the parser did not hang on it, past a unit prefix: "miles" in "covered about
    600 sq miles" (a user test's "about 600 sq miles" / "1,800 square miles" were no disagreement for want of it)."""
    doc, at = number.doc, number.i + 1
    if at < len(doc) and doc[at].lower_ in _UNIT_PREFIXES:
        at += 1
    if at < len(doc) and doc[at].pos_ == "NOUN" and doc[at].sent.start == number.sent.start:
        return doc[at]
    return None


def _place_of(noun: Token) -> str:
    """ " in london" for "people in London": the place a count is of, part of what it counts ("two more people in
    London" and "three more people in the UK" are no two figures for one quantity, as a user test found flagged)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "across", "from"}:
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in {"GPE", "LOC", "FAC"}:
                    words = " ".join(t.text for t in place.subtree if t.dep_ != "det" and not t.is_punct)
                    # One place's names are one ("20 people in Britain" / "28 people in the UK", a review).
                    known = load_gazetteer().place(words)
                    return f" {prep.lower_} {(known.name if known else words).lower()}"
    return ""


# Words before a number that bound or blur it ("about 1,500", "more than 100", "at least 45", "up to 60").
_NUMBER_MODIFIERS = frozenset({
    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "under", "more", "less",
    "fewer", "than", "at", "least", "most", "up", "to", "an", "estimated", "just",
})  # fmt: skip


def _number_phrase(token: Token) -> tuple[str, int]:
    """A quantity as written, with the parts of a number, its bounding words and a range's other end: "20
    million", "about 1,500", "more than 100", "between 20 and 30", "2,000-3,000" ("three" -> "3"); and the
    index of its last token."""
    left = [t for child in token.children if child.i < token.i for t in child.subtree]
    kept = sorted(
        (t for t in left if t.like_num or t.lower_ in _NUMBER_MODIFIERS or t.text in {"-", "–"}), key=lambda t: t.i
    )
    # Only a run of such words right before the number counts, so "2 ships and 40 men" stays two numbers.
    start = token.i
    while kept and kept[-1].i == start - 1:
        start = kept.pop().i
    doc = token.doc
    while start < token.i and doc[start].text in {"-", "–"}:
        start += 1  # a dash opens no quantity ("2 ships - 40 men")
    if start > 0 and doc[start - 1].lower_ == "between":
        start -= 1
    end = token.i
    # A range's other end right after it: "20 to 30", "20 and 30" after "between", "2,000-3,000".
    joins = {"to", "-", "–", "and"} if doc[start].lower_ == "between" else {"to", "-", "–"}
    if end + 2 < len(doc) and doc[end + 1].lower_ in joins and doc[end + 2].like_num:
        end += 2
        while end + 1 < len(doc) and doc[end + 1].like_num:
            end += 1  # "20 to 30 million"
    words = doc[start : end + 1]
    return " ".join(_number_word(t) for t in words), end


def _number_word(token: Token) -> str:
    """A token of a quantity as written: number words as digits, scale words and the rest as words."""
    if token.like_num and token.lower_ not in SCALE_WORDS:
        return _NUMBER_WORDS.get(token.lower_, token.text)
    return token.lower_
