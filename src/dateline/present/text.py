"""Plain-text rendering of articles, stories and timelines for the terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date

from dateline.present.dates import date_label
from dateline.records import (
    Digest,
    PublicationDate,
    Quote,
    SourceRef,
    StoredArticle,
    Story,
    Timeline,
    TimelineEntry,
)
from dateline.store import ArticleSummary

WIDTH = 100


_OPENING_QUOTES = ("“", '"', "‘", "'", "«")


def quoted(sentence: str) -> str:
    """A source's sentence shown as a quotation: in quotation marks, unless it opens with its own (a quotation's
    first sentence, "“Our goal is to end this bloody war as soon as possible."), which the marks would double
    ("““Our goal ...", the demo's timeline)."""
    return sentence if sentence.startswith(_OPENING_QUOTES) else f"“{sentence}”"


def _dash(value: object) -> str:
    return "-" if value in (None, "") else str(value)


def render_article_list(rows: Sequence[ArticleSummary]) -> str:
    """One line per article: id, date (with how it was obtained), outlet, language, words, story, title."""
    if not rows:
        return "No articles stored yet. Add some with `dateline ingest SOURCE...`."
    lines = [f"{'ID':>5}  {'PUBLISHED':<21} {'OUTLET':<22} {'LANG':<4} {'WORDS':>6} {'STORY':>5}  TITLE"]
    for r in rows:
        date = f"{_dash(r.published)} ({r.published_method})" if r.published else "- (unknown)"
        flag = f"  [near-duplicate of {r.duplicate_of}]" if r.duplicate_of else ""
        story = str(r.story_id) if r.story_id is not None else "-"
        lines.append(
            f"{r.id:>5}  {date:<21} {_dash(r.outlet)[:22]:<22} {r.language:<4} {r.word_count:>6} {story:>5}  "
            f"{r.title[:70]}{flag}"
        )
    return "\n".join(lines)


GUESS_HINT = "a guess from the text: when you know the date, ingest the page again with it (--published YYYY-MM-DD)"


GUESSED_MARK = "(guessed)"


def _guessed(story: Story) -> str:
    return f" {GUESSED_MARK}" if story.dates_guessed else ""


def date_is_guess(published: PublicationDate | None) -> bool:
    """Whether a publication date was inferred with a confidence too low to rely on, so views can say so."""
    return published is not None and published.is_guess


def guessed_note(guessed: Sequence[int]) -> str | None:
    """One line saying which articles' dates rest on a guessed publication date, or None when none do."""
    if not guessed:
        return None
    which = ", ".join(str(article_id) for article_id in guessed)
    return (
        f"Dates read from article(s) {which} rest on a publication date guessed from the text "
        "(`dateline article ID` shows why); ingest them again with --published YYYY-MM-DD to fix them."
    )


def undated_note(undated: Sequence[int]) -> str | None:
    """One line saying which articles have no publication date and so add nothing to the timeline, or None."""
    if not undated:
        return None
    which = ", ".join(str(article_id) for article_id in undated)
    return (
        f"{len(undated)} article(s) have no publication date and add no entries: {which}; ingest them again with "
        "--published YYYY-MM-DD."
    )


def not_analysed_note(not_analysed: Sequence[int]) -> str | None:
    """One line saying which articles are not in English, so were stored but not analysed and add no entry."""
    if not not_analysed:
        return None
    which = ", ".join(str(article_id) for article_id in not_analysed)
    return (
        f"{len(not_analysed)} article(s) are not in English and add no entries (stored, not analysed): {which}."
    )


def _span(published: PublicationDate) -> str:
    """A publication date's day, or its interval when the text allows several."""
    if published.latest == published.earliest:
        return str(published.earliest)
    return f"{published.earliest} .. {published.latest}"


def render_redating(published: date, was: PublicationDate | None) -> str:
    """What re-dating a stored article did, for the ingest report: the new day and how it was dated before."""
    if was is not None and was.earliest == was.latest == published:
        # Only how it is known changed: "(was 2016-07-31, inferred)" read as a change of day (a user test).
        return f"publication date {published} confirmed (was {was.method})"
    before = f"{_span(was)}, {was.method}" if was else "unknown"
    return f"publication date set to {published} (was {before})"


def render_kept(kept: PublicationDate) -> str:
    """Why an input's publication date was not used: the stored one, given or read from the page, stays."""
    return f"its publication date {_span(kept)} ({kept.method}) is kept"


def render_article(stored: StoredArticle) -> str:
    """The stored article: metadata, clean text, removed furniture and what analysis found."""
    a, an = stored.article, stored.analysis
    pub = a.published
    published = (
        _span(pub)
        + f" ({pub.method}" + (f", confidence {pub.confidence:.2f}" if pub.method == "inferred" else "") + ")"
        + (f"\n             evidence: {pub.evidence}" if pub.evidence else "")
        + (f"\n             {GUESS_HINT}" if date_is_guess(pub) else "")
        if pub else "unknown"
    )
    out = [
        f"Article {stored.id}: {a.title}",
        f"  outlet:    {_dash(a.outlet)}",
        f"  author:    {_dash(a.author)}",
        f"  published: {published}",
        f"  language:  {a.language}    words: {a.word_count}    story: {_dash(stored.story_id)}",
        f"  source:    {a.url or a.origin}",
    ]
    if stored.duplicate_of:
        out.append(f"  near-duplicate of article {stored.duplicate_of}")
    for copy in stored.copies:
        where = copy.url or copy.origin
        kind = f"reprint, article {copy.reprint_id}" if copy.reprint_id else "same text"
        out.append(f"  copy:      {_dash(copy.outlet)} ({kind}): {where}")
    if a.caption:
        out.append(f"  caption:   {a.caption}")
    out += ["", *(textwrap.fill(p, WIDTH) for p in a.text.split("\n\n")), ""]
    if a.removed:
        out.append("Removed as page furniture:")
        out += [f"  - [{b.reason}] {textwrap.shorten(b.text, 80)}" for b in a.removed]
    if an.times:
        out.append("Time expressions:")
        out += [f"  - {t.text!r} -> {t.type} {t.value}{' ' + t.modifier if t.modifier else ''}" for t in an.times]
    if an.actors:
        out.append("Actors:")
        out += [f"  - {x.name} ({x.kind}{', ' + ', '.join(x.roles) if x.roles else ''})" for x in an.actors]
    if an.quotes:
        out.append("Quotes:")
        out += [_quote_line(q) for q in an.quotes]
    if an.events:
        out.append("Events:")
        out += [
            f"  - {_dash(e.date):<10} {e.kind:<10} {e.modality:<12} {textwrap.shorten(e.summary or e.sentence, 70)}"
            for e in an.events
        ]
    out += [f"Note: {n}" for n in an.notes]
    return "\n".join(out)


def render_stories(stories: Sequence[Story]) -> str:
    """One line per story: id, date span, number of articles, outlets, title."""
    if not stories:
        return "No stories yet. Add coverage with `dateline ingest SOURCE...`."
    lines = [f"{'ID':>4}  {'FIRST':<10} {'LAST':<10} {'ARTS':>4}  OUTLETS / TITLE"]
    for s in stories:
        lines.append(
            f"{s.id:>4}  {_dash(s.first_date):<10} {_dash(s.last_date):<10} {len(s.article_ids):>4}  "
            f"{s.title}\n{'':>34}{', '.join(o for o in s.outlets if o) or '-'}{_guessed(s)}"
        )
    if any(s.dates_guessed for s in stories):
        lines.append(f"{GUESSED_MARK}: the story's dates are its articles' publication dates guessed from their text")
    return "\n".join(lines)


SHOWN_SENTENCES = 6  # sentences quoted per timeline entry in the text view


# An entry whose sentences give no date of their own, dated by its article's publication.
ARTICLE_DATE_MARK = "(article date)"
DATE_COLUMN = 10  # wide enough for a day ("2025-07-18"); a week or season label widens the column for all entries


def _entry_lines(entry: TimelineEntry, column: int = DATE_COLUMN) -> list[str]:
    outlets = ", ".join(sorted(entry.reporting))
    reporting = {s.outlet for s in entry.sources if s.copy_of is None}
    copies = sorted(
        {s.outlet or s.url or f"article {s.article_id}" for s in entry.sources if s.copy_of is not None} - reporting
    )
    # The kind only where it tells something: "OTHER", most entries' kind, is noise to a reader (a user test).
    head = f"{date_label(entry.date):<{column}} " + (f" [{entry.type}]" if entry.type != "OTHER" else "")
    if entry.modality != "happened":
        head += f" ({entry.modality})"
    if entry.article_date:
        head += f" {ARTICLE_DATE_MARK}"
    indent = " " * (column + 2)
    lines = [f"{head} {entry.summary}", f"{indent}reported by: {outlets}"]
    if copies:
        lines.append(f"{indent}copied by: {', '.join(copies)}")
    own = [src for src in entry.sources if src.copy_of is None]  # a copy prints the same sentence as its source
    # One outlet's updates of an article print the same sentence again: quoted once (--json keeps each source).
    distinct: dict[tuple[str, str], SourceRef] = {}
    for src in own:
        distinct.setdefault((src.teller, " ".join(src.sentence.split())), src)
    own = list(distinct.values())
    # One sentence per outlet first, then the others, up to SHOWN_SENTENCES: --json has them all.
    outlets_seen: set[str] = set()
    firsts = []
    for src in own:
        if (outlet := src.teller) not in outlets_seen:
            outlets_seen.add(outlet)
            firsts.append(src)
    shown = (firsts + [src for src in own if src not in firsts])[:SHOWN_SENTENCES]
    for src in shown:
        lines.append(
            textwrap.fill(quoted(src.sentence), WIDTH, initial_indent=indent + "  ", subsequent_indent=indent + "   ")
        )
    if len(own) > len(shown):
        lines.append(f"{indent}  (and {len(own) - len(shown)} more sentences: --json lists every source)")
    return lines


def _note_lines(guessed: Sequence[int], undated: Sequence[int] = (), not_analysed: Sequence[int] = ()) -> list[str]:
    notes = [note for note in (guessed_note(guessed), undated_note(undated), not_analysed_note(not_analysed)) if note]
    return [textwrap.fill(f"! {note}", WIDTH, initial_indent="  ", subsequent_indent="    ") for note in notes]


def render_timeline(timeline: Timeline) -> str:
    """The story's timeline: news, then background, then disagreements."""
    s = timeline.story
    entries = timeline.entries
    out = [f"Story {s.id}: {s.title}", f"  {_dash(s.first_date)} .. {_dash(s.last_date)}{_guessed(s)}  "
           f"{len(s.article_ids)} article(s) from {', '.join(o for o in s.outlets if o) or '-'}"]
    out += [*_note_lines(timeline.guessed, timeline.undated, timeline.not_analysed), ""]
    news = [e for e in entries if not e.background]
    background = [e for e in entries if e.background]
    # One date column for the whole view, as wide as its longest label ("week of 2010-04-19"), so text lines up.
    column = max([DATE_COLUMN, *(len(date_label(e.date)) for e in entries)])
    for e in news:
        out += _entry_lines(e, column)
    if background:
        out += ["", "Background:"]
        for e in background:
            out += _entry_lines(e, column)
    if not entries:
        out.append("(no dated events found yet)")
    if timeline.conflicts:
        out += ["", render_conflicts(timeline)]
    return "\n".join(out)


def digest_days_told_once(digest: Digest) -> list[tuple[str, list[tuple[SourceRef, str | None]]]]:
    """Each key day with its sentences, each with the day it was already shown under (None the first time). A lead
    naming no day tells its publication day and the day before: shown once, pointed to after (two user tests found
    the repeat confusing, in the CLI digest and in the web's key days panel; dropping it cost Timeline17 AR-1 0.139
    -> 0.134)."""
    shown: dict[tuple[int, str], str] = {}  # sentence -> the day it was first shown under
    days = []
    for day in digest.days:
        told = []
        for src in day.sources:
            first = shown.setdefault((src.article_id, src.sentence), day.date)
            told.append((src, first if first != day.date else None))
        days.append((day.date, told))
    return days


def render_digest(digest: Digest) -> str:
    """The story's key days, each with its best sentences and where each sentence comes from."""
    s = digest.story
    out = [f"Story {s.id}: {s.title}", f"  {len(digest.days)} key day(s) from {len(s.article_ids)} article(s)"]
    out += [*_note_lines(digest.guessed), ""]
    for day, told in digest_days_told_once(digest):
        out.append(day)
        for src, first in told:
            if first is not None:
                # Said in words (a third user test found "(the sentence ... again)" unclear).
                out.append(f"  • (also this day's: the sentence of article {src.article_id} shown under {first})")
                continue
            out.append(textwrap.fill(f"• {src.sentence}", WIDTH, initial_indent="  ", subsequent_indent="    "))
            out.append(f"    — {src.outlet or 'article ' + str(src.article_id)} (article {src.article_id})")
    if not digest.days:
        # Not only a missing date: a page not in English is stored unanalysed (a user test was told of dates).
        out.append("(no dated sentences: the story's articles give no publication date, or were not analysed, "
                   "as a page not in English is not)")
    return "\n".join(out)


def render_conflicts(timeline: Timeline) -> str:
    """Where the story's sources disagree, each with both sources and sentences."""
    if not timeline.conflicts:
        # Not "the sources agree": the checks compare dates, figures, titles and denials of reports they pair, and
        # a fact-checker must not read silence as agreement (a user test).
        return (f"No disagreements found in story {timeline.story.id} by the checks of dates, figures, titles and "
                "denials; that is no proof the sources agree.")
    out = ["Disagreements:"]
    for c in timeline.conflicts:
        out.append(f"  ! [{c.kind}] {c.description}")
        for src in c.sources:
            out.append(textwrap.fill(
                f"{src.outlet or 'article ' + str(src.article_id)}: {quoted(src.sentence)}", WIDTH,
                initial_indent=" " * 6, subsequent_indent=" " * 8,
            ))
    return "\n".join(out)


def _quote_line(quote: Quote) -> str:
    """One quote as who, the verb that reports it, and what: "the campaign (denied): it happened" must not read
    as the campaign saying it happened. Direct quotes are in quotation marks."""
    speaker = quote.speaker_text or _dash(quote.speaker_key)
    cue = f" ({quote.cue})" if quote.cue else ""
    said = textwrap.shorten(quote.text, 90)
    return f"  - {speaker}{cue}: {f'“{said}”' if quote.direct else said}"
