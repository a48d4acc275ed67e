"""The analysis stage: Article -> Analysis, batch-first over spaCy's ``nlp.pipe``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.analyze.actors import find_actors
from dateline.analyze.event_dates import ArticleTime, parse_timex_date
from dateline.analyze.event_parts import MentionIndex
from dateline.analyze.events import find_events
from dateline.analyze.gazetteer import Gazetteer, load_gazetteer
from dateline.analyze.nlp import PreparedText, load_model, prepare_text
from dateline.analyze.quotes import find_quotes
from dateline.extract.wire_datelines import bundled_reports
from dateline.records import Analysis, Article, Mention, Quote, Sentence, TimeExpression
from dateline.temporal import day_of, sentence_time, tag_reports
from dateline.temporal import timex_precision as _precision
from dateline.temporal.timex import safe_date

SpeakerKey = Callable[[int, int], str | None]
_ACTOR_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


class Analyzer:
    """Runs spaCy and Dateline's layers (actors, times, events, quotes) over articles.

    Create with ``Analyzer.load()`` once per process; the model takes about a second to load.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer

    @classmethod
    def load(cls) -> Analyzer:
        """Load the English model and the gazetteer."""
        return cls(load_model(), load_gazetteer())

    def analyze(self, article: Article) -> Analysis:
        """Analyze one article; see ``analyze_many``."""
        return next(self.analyze_many([article], batch_size=1))

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
        """Analyze articles in order, running spaCy in batches of ``batch_size``.

        Non-English articles get an Analysis with a note and nothing else; empty or odd texts get
        notes rather than exceptions.
        """
        iterator = iter(articles)
        while batch := list(islice(iterator, max(1, batch_size))):
            prepared = [self._prepare(article) for article in batch]
            texts = [p.text for p in prepared if p.text]
            docs = iter(self.nlp.pipe(texts, batch_size=max(1, batch_size)))
            for article, prep in zip(batch, prepared, strict=True):
                if not prep.text:
                    yield Analysis(notes=prep.notes)
                else:
                    yield self._analyze_doc(article, next(docs), prep.notes)

    def _prepare(self, article: Article) -> PreparedText:
        """The text to parse, or an empty text with a note when the article is not analyzed."""
        if not article.is_english:
            note = f"{article.origin}: language {article.language!r} is not English; not analyzed"
            return PreparedText("", (note,))
        return prepare_text(article.text, article.origin)

    def _analyze_doc(self, article: Article, doc: Doc, notes: tuple[str, ...]) -> Analysis:
        """All layers over one parsed document."""
        anchor = article.published.best if article.published is not None else None
        reports = _report_days(article.text, anchor)
        times = tag_reports(doc.text, anchor, reports)
        pairs = _sentences(doc, times)
        actors, mentions = find_actors(doc, self.gazetteer)
        latest = article.published.latest if article.published is not None else None
        when = ArticleTime(
            times=times, published=anchor, reference=anchor or _latest_day(times), published_latest=latest,
            reports=tuple(reports),
        )
        events = find_events(doc, pairs, mentions, when)
        quotes = _quotes(doc, mentions)
        return Analysis(
            sentences=tuple(s for s, _ in pairs),
            times=tuple(times),
            actors=actors,
            mentions=mentions,
            quotes=quotes,
            events=events,
            notes=notes,
        )


def _report_days(text: str, anchor: date | None) -> list[tuple[int, date | None]]:
    """Each report a page bundles after its own (see ``bundled_reports``) with the day of its dateline: the last
    such day not more than a day after the page's (a wire page is often stamped the day after its reports).

    A page is a bundle of days only when its reports' days, the page's own report taking the page's date when its
    dateline gives none, lie more than a day apart. There a dateline without a day leaves its report undated (its
    sentences are not the page's news); on any other page every report is the page's (a live page's or a
    factbox's "NEW YORK (Reuters) -", reports of the day before the page's date).
    """
    if anchor is None:
        return []
    reports = [(start, _dateline_day(month_day, anchor)) for start, month_day in bundled_reports(text)]
    if not reports:
        return []
    days = [day for _, day in reports[1:] if day is not None] + [reports[0][1] or anchor]
    if (max(days) - min(days)).days <= 1:
        return []
    return reports[1:]


def _dateline_day(month_day: tuple[int, int] | None, anchor: date) -> date | None:
    """The day a dateline's month and day name: in the page's year, or the year before when that would be more
    than a day after the page ("Dec 31" on a page of January 2)."""
    if month_day is None:
        return None
    month, number = month_day
    for year in (anchor.year, anchor.year - 1):
        day = safe_date(year, month, number)
        if day is not None and day <= anchor + timedelta(days=1):
            return day
    return None


def _sentences(doc: Doc, times: Sequence[TimeExpression]) -> list[tuple[Sentence, Span]]:
    """Non-blank sentences with their time; ``index`` counts every spaCy sentence, as quotes do.

    A chronology's entry ("* May 2 - President Obama visits the Gulf coast. BP starts to drill a relief well.")
    dates every sentence of its paragraph: one without a date of its own speaks of the entry's date (a user test
    found the relief well dated by the chronology's publication day).
    """
    pairs: list[tuple[Sentence, Span]] = []
    text_all = doc.text
    heading: tuple[int, str] | None = None  # (paragraph start, date) of the chronology entry being read
    # In a page of many lines opening with a day, the day needs no dash after it ("4 October 2011 Dr Thao Nguyen
    # says ...": a trial's timeline, its sentences dated by the page's publication in a date audit).
    loose = _opening_days(text_all, times) >= CHRONOLOGY_LINES
    spaced = loose and _one_line_paragraphs(text_all)
    for index, span in enumerate(doc.sents):
        text = span.text
        stripped = text.strip()
        if not stripped:
            continue
        start = span.start_char + (len(text) - len(text.lstrip()))
        end = start + len(stripped)
        time = sentence_time(times, start, end)
        paragraph = text_all.rfind("\n", 0, start) + 1
        entry = None
        # Each line the sentence opens or holds may open an entry (a heading line without a period runs into the
        # sentence after it: "Dr Conrad Murray: trial timeline\n4 January 2011 Preliminary hearings begin.").
        for line in _line_starts(text_all, start, end):
            line_start = text_all.rfind("\n", 0, line) + 1
            if _ENTRY_PREFIX.fullmatch(text_all, line_start, line):
                opening = _ENTRY_PREFIX.match(text_all, line)
                found = _entry_date(text_all, times, opening.end() if opening else line, end, loose)
                if found:
                    entry, paragraph = found, line_start
        if entry:
            heading = (paragraph, entry)
        elif heading is not None and _entry_ended(text_all[heading[0] : start], loose, spaced):
            heading = None
        if time is None and heading is not None:
            time = heading[1]
        pairs.append((Sentence(index, start, end, stripped, time), span))
    return pairs


_ENTRY_PREFIX = re.compile(r"[ \t]*(?:[*•·-][ \t]*)?")
_ENTRY_SEPARATOR = re.compile(r"[ \t]*(?:[-–—:][ \t])")


def _line_starts(text: str, start: int, end: int) -> Iterator[int]:
    """``start`` and every line start after it within [start, end)."""
    yield start
    newline = text.find("\n", start, end)
    while newline >= 0:
        yield newline + 1
        newline = text.find("\n", newline + 1, end)


CHRONOLOGY_LINES = 3
# In a page of entries a line at a time, an entry runs on over a few lines, to the next entry or a blank line: not
# over the prose that may follow a chronology.
ENTRY_LINES = 4


def _modern(value: str) -> bool:
    """Whether a date's year is one news chronologies list days of: a diary's "2200 Tuesday 19 January", a clock time
    read as a year, dated the lines after it 2200-01-19 (a re-check)."""
    return value[:4].isdigit() and 1900 <= int(value[:4]) <= 2100


def _entry_ended(since_entry: str, loose: bool, spaced: bool) -> bool:
    """Whether the text since a chronology entry's start has left the entry: its paragraph; in a page of entries a
    line at a time, a blank line or more than ENTRY_LINES lines; where every line is a paragraph of its own (a
    re-check found the trial timeline stored so), more than ENTRY_LINES of them."""
    if not loose:
        return "\n" in since_entry
    if "\n\n" in since_entry and not spaced:
        return True
    return sum(1 for line in since_entry.split("\n")[1:] if line.strip()) > ENTRY_LINES


def _one_line_paragraphs(text: str) -> bool:
    """Whether the text's paragraphs are single lines, each after a blank line."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return len(paragraphs) > 1 and sum("\n" in p.strip() for p in paragraphs) <= len(paragraphs) // 10
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z\"“'‘]")


def _opening_days(text: str, times: Sequence[TimeExpression]) -> int:
    """How many lines open with a calendar day (after a bullet) run straight into their words, no dash between:
    "4 October 2011 Dr Thao Nguyen says ...". Not "Yesterday ..." (a review: three paragraphs opening so had dated
    the background after them), nor a dashed chronology, whose entries end with their line."""
    count = 0
    for t in times:
        line = text.rfind("\n", 0, t.start) + 1
        if (
            t.type == "DATE" and t.anchor == "absolute" and _precision(t.value) == "day" and _modern(t.value)
            and _ENTRY_PREFIX.fullmatch(text, line, t.start) and _CAPITAL_NEXT.match(text, t.end)
        ):
            count += 1
    return count


def _entry_date(text: str, times: Sequence[TimeExpression], start: int, end: int, loose: bool = False) -> str | None:
    """The day-or-finer date a sentence opens with as a chronology entry ("May 2 - ...", "April 20, 2010: ...";
    ``loose``, in a page of such lines: "4 October 2011 Dr Thao Nguyen says ..."), or None."""
    first = next((t for t in times if start <= t.start < end), None)
    if first is None or first.start != start or first.type not in ("DATE", "TIME"):
        return None
    bare = loose and _CAPITAL_NEXT.match(text, first.end) is not None and _modern(first.value)
    if not (_ENTRY_SEPARATOR.match(text, first.end) or bare):
        return None
    value = day_of(first)
    return value if _precision(value) == "day" else None  # "* 2005 - ..." is a heading, not one day's entry


def _latest_day(times: Sequence[TimeExpression]) -> date | None:
    """The latest absolute day-precision date in the text: the news' "now" when no date is given."""
    days = [
        parse_timex_date(t.value) for t in times
        if t.type == "DATE" and t.anchor == "absolute" and _precision(t.value) == "day"
    ]
    return max((d for d in days if d is not None), default=None)


def speaker_resolver(doc: Doc, mentions: Sequence[Mention]) -> SpeakerKey:
    """A function mapping a character span to the actor key of the mention inside it.

    Pronouns ("he", "she") map to the nearest person mentioned before them.
    """
    index = MentionIndex(mentions)

    def speaker_key(start: int, end: int) -> str | None:
        inside = index.within(start, end)
        if inside:
            people = [m for m in inside if m.kind == "PERSON"] or inside
            return max(people, key=lambda m: min(end, m.end) - max(start, m.start)).actor_key
        if doc.text[start:end].strip().lower() in _ACTOR_PRONOUNS:
            person = index.before(start, frozenset({"PERSON"}))
            return person.actor_key if person is not None else None
        return None

    return speaker_key


def _quotes(doc: Doc, mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """Quotes from the quote finder, with speakers resolved through our mentions."""
    people = [(m.start, m.end) for m in mentions if m.kind == "PERSON"]
    return tuple(find_quotes(doc, speaker_resolver(doc, mentions), people))

