"""Exports of a story's timeline for newsroom tools: TimelineJS JSON, CSV, Markdown, JSONL and JSON.

Article text is untrusted: the TimelineJS export escapes it as HTML (TimelineJS renders its ``text``
fields as HTML), the CSV export defuses cells a spreadsheet would read as formulas, and the Markdown
export escapes the characters that would turn a quoted sentence into markup or a link.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any, Literal, get_args

from dateline.errors import DatelineError
from dateline.present.dates import date_bounds, date_label
from dateline.present.shapes import entry_json, timeline_json
from dateline.present.text import GUESSED_MARK, guessed_note, not_analysed_note, quoted, undated_note
from dateline.records import SourceRef, Timeline, TimelineEntry
from dateline.temporal import timex_interval

ExportFormat = Literal["timelinejs", "csv", "markdown", "jsonl", "json"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
MEDIA_TYPES: dict[str, str] = {
    "timelinejs": "application/json",
    "csv": "text/csv; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "json": "application/json",
}
FILE_SUFFIXES: dict[str, str] = {
    "timelinejs": "timelinejs.json", "csv": "csv", "markdown": "md", "jsonl": "jsonl", "json": "json",
}

CSV_COLUMNS = (
    "date", "precision", "type", "modality", "background", "summary", "actors", "outlets", "urls", "sentences",
    "importance", "copied_by", "date_label", "first_day", "last_day", "source_outlets", "article_ids", "article_date",
    "source_urls",
)
# The sentences of an entry, one per line of their cell; "source_outlets", "article_ids" and "source_urls" give each
# line's outlet, article and address (an empty line: none), line for line (a user test could not split " | "-joined
# sentences: Reuters datelines hold " | "; another could not match the "urls" cell, one of each address, to them).
_CELL_LINES = "\n"
# Cells starting with these are formulas to Excel and LibreOffice (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def export_timeline(timeline: Timeline, fmt: ExportFormat) -> str:
    """The timeline in an export format; raises DatelineError naming the format if it is unknown.

    Non-empty text ends with exactly one newline, as a text file should (and so a shell prompt does
    not run on after `dateline export`); an empty JSONL export stays empty, a file of no records.
    """
    if fmt == "timelinejs":
        text = json.dumps(timelinejs_document(timeline), ensure_ascii=False, indent=2)
    elif fmt == "csv":
        text = _csv(timeline)
    elif fmt == "markdown":
        text = _markdown(timeline)
    elif fmt == "jsonl":
        text = _jsonl(timeline)
    elif fmt == "json":
        text = json.dumps(timeline_json(timeline), ensure_ascii=False, indent=2)  # as `dateline timeline --json`
    else:
        raise DatelineError(f"export format {fmt!r}: unknown (choose one of {', '.join(EXPORT_FORMATS)})")
    return text if not text or text.endswith("\n") else text + "\n"


# ---------------------------------------------------------------------- TimelineJS


def timelinejs_document(timeline: Timeline, exported_on: date | None = None) -> dict[str, Any]:
    """The Knight Lab TimelineJS 3 JSON document: a title slide and one slide per dated entry.

    TimelineJS 3 refuses a document without events ("Timeline configuration has no events."), title
    or not, so a story with no dated entry gets one stand-in slide saying so (see ``_no_events_slide``)
    and a title that says so too. ``exported_on`` (default today) dates that slide for a story with no
    date at all.
    """
    story = timeline.story
    span = " – ".join(d for d in (story.first_date, story.last_date) if d)
    span += f" {GUESSED_MARK}" if span and story.dates_guessed else ""
    outlets = ", ".join(o for o in story.outlets if o)
    intro = f"{len(story.article_ids)} article(s)" + (f" from {outlets}" if outlets else "")
    paragraphs = [intro] + ([span] if span else [])
    events = [slide for entry in timeline.entries if (slide := _slide(entry)) is not None]
    if not events:
        paragraphs.append("No dated events are known yet.")
        events = [_no_events_slide(timeline, exported_on or date.today())]
    return {
        "title": {"text": {"headline": html.escape(story.title),
                           "text": "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)}},
        "events": events,
    }


def _no_events_slide(timeline: Timeline, exported_on: date) -> dict[str, Any]:
    """The one slide of a story with no dated entry, on its first publication day, else on ``exported_on``."""
    story = timeline.story
    start = timelinejs_date(story.first_date, "day")
    if start is not None:
        when = f"Coverage from {story.first_date}"
        why = "This slide marks the day the coverage begins."
    else:
        start = {"year": str(exported_on.year), "month": str(exported_on.month), "day": str(exported_on.day)}
        when = f"Exported {exported_on.isoformat()}"
        why = "The coverage has no date either, so this slide marks the day of this export."
    undated = len(timeline.entries)
    found = f"{undated} undated event(s) were found" if undated else "No event was found"
    return {
        "start_date": start,
        "display_date": when,
        "text": {
            "headline": "No dated events yet",
            "text": f"<p>{html.escape(found)} in {len(story.article_ids)} article(s). {html.escape(why)}</p>",
        },
    }


def timelinejs_date(value: str | None, precision: str) -> dict[str, str] | None:
    """A TimelineJS date object (year, month, day as far as the precision allows) or None if undated."""
    interval = timex_interval(value) if value else None
    if interval is None:
        return None
    start, end = interval
    # A weekend, a week, a day (whatever its precision is called) starts on its first day; a month on its month: a
    # user test found "weekend of 2010-04-24" on 1 January 2010.
    within_week = (end - start).days < 7
    fields = {"year": str(start.year)}
    if precision in ("day", "week", "month") or within_week or (start.year, start.month) == (end.year, end.month):
        fields["month"] = str(start.month)
    if precision in ("day", "week") or within_week:
        fields["day"] = str(start.day)
    return fields


def _qualifier_html(qualifiers: list[str]) -> str:
    return f"<p>{html.escape(', '.join(qualifiers))}</p>" if qualifiers else ""


def _slide(entry: TimelineEntry) -> dict[str, Any] | None:
    start = timelinejs_date(entry.date, entry.precision)
    if start is None:
        return None
    sources = "".join(
        f"<li>{_source_html(ref)}: {html.escape(quoted(ref.sentence))}</li>"
        for ref in entry.sources if ref.copy_of is None
    )
    copies = ", ".join(_source_html(ref) for ref in entry.sources if ref.copy_of is not None)
    copied = f"<p>Copied by {copies}.</p>" if copies else ""
    # In words a reader of the slide knows ("statement", "planned"); no "OTHER" (a user test found it on most slides).
    qualifiers = [entry.type.lower().replace("_", " ")] if entry.type != "OTHER" else []
    qualifiers += [entry.modality] if entry.modality != "happened" else []
    qualifiers += ["article date"] if entry.article_date else []
    slide: dict[str, Any] = {
        "start_date": start,
        "text": {
            "headline": html.escape(entry.summary),
            "text": _qualifier_html(qualifiers) + f"<ul>{sources}</ul>{copied}",
        },
        "group": "Background" if entry.background else "News",
    }
    if entry.precision not in ("day", "month", "year") and entry.date:
        slide["display_date"] = date_label(entry.date)  # "spring 2010", "1950s": the value as people write it
    return slide


def _source_html(ref: SourceRef) -> str:
    name = html.escape(ref.teller)
    if ref.url and ref.url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(ref.url, quote=True)}">{name}</a>'
    return name


# ---------------------------------------------------------------------- CSV and JSONL


def _csv_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv(timeline: Timeline) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in timeline.entries:
        own = [s for s in e.sources if s.copy_of is None]  # a copy repeats its source's sentence
        copies = [s.outlet or s.url or "" for s in e.sources if s.copy_of is not None]
        row = [
            e.date or "", e.precision, e.type, e.modality, "yes" if e.background else "no", e.summary,
            "; ".join(e.actors), "; ".join(_unique(s.outlet or "" for s in own)),
            "; ".join(_unique(s.url or "" for s in own)), _CELL_LINES.join(" ".join(s.sentence.split()) for s in own),
            f"{e.importance:.4f}", "; ".join(_unique(copies)), date_label(e.date) if e.date else "",
            *date_bounds(e.date),
            _CELL_LINES.join(s.outlet or "" for s in own), _CELL_LINES.join(str(s.article_id) for s in own),
            "yes" if e.article_date else "no", _CELL_LINES.join(s.url or "" for s in own),
        ]
        writer.writerow([_csv_cell(cell) for cell in row])
    return out.getvalue()


def _jsonl(timeline: Timeline) -> str:
    lines = [
        json.dumps({"story_id": timeline.story.id, **entry_json(e)}, ensure_ascii=False) for e in timeline.entries
    ]
    return "".join(line + "\n" for line in lines)


def _unique(values: Iterable[str]) -> list[str]:
    return [v for v in dict.fromkeys(values) if v]


# ---------------------------------------------------------------------- Markdown


def markdown_escape(text: str) -> str:
    """Text with Markdown's active characters backslash-escaped and line breaks folded to spaces."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _markdown_link(ref: SourceRef) -> str:
    """A source as the export cites it: its outlet, linked where it has a web address, and its article id, by
    which `dateline article ID` shows the sentence (a traceability audit found sources named by outlet only)."""
    name = markdown_escape(ref.teller)
    if ref.url and ref.url.startswith(("http://", "https://")):
        target = ref.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        name = f"[{name}]({target})"
    return f"{name} (article {ref.article_id}{', copy' if ref.copy_of is not None else ''})"


def _markdown_entry(entry: TimelineEntry) -> str:
    when = markdown_escape(date_label(entry.date)) if entry.date else "undated"  # "week of 2010-04-19", not W16
    modality = f" ({entry.modality})" if entry.modality != "happened" else ""
    modality += " (article date)" if entry.article_date else ""
    links = ", ".join(dict.fromkeys(_markdown_link(ref) for ref in entry.sources))
    return f"- **{when}**{modality}: {markdown_escape(entry.summary)} — {links or 'no source'}"


def _markdown(timeline: Timeline) -> str:
    story = timeline.story
    outlets = ", ".join(markdown_escape(o) for o in story.outlets if o) or "unknown outlets"
    span = " to ".join(d for d in (story.first_date, story.last_date) if d) or "undated"
    span += f" {GUESSED_MARK}" if story.dates_guessed else ""
    lines = [f"# {markdown_escape(story.title)}", "", f"_{len(story.article_ids)} article(s) from {outlets}; {span}._"]
    notes = (guessed_note(timeline.guessed), undated_note(timeline.undated), not_analysed_note(timeline.not_analysed))
    for note in notes:
        if note:
            lines += ["", f"> {markdown_escape(note)}"]
    lines += ["", "## What we know", ""]
    news = [e for e in timeline.entries if not e.background]
    lines += [_markdown_entry(e) for e in news] or ["- Nothing dated yet."]
    background = [e for e in timeline.entries if e.background]
    if background:
        lines += ["", "## Background", "", *(_markdown_entry(e) for e in background)]
    if timeline.conflicts:
        lines += ["", "## Where sources disagree", ""]
        for conflict in timeline.conflicts:
            lines.append(f"- **{markdown_escape(conflict.kind)}**: {markdown_escape(conflict.description)}")
            lines += [f"  - {_markdown_link(ref)}: {quoted(markdown_escape(ref.sentence))}" for ref in conflict.sources]
    return "\n".join(lines) + "\n"
