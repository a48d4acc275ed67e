"""Exports of a timeline: TimelineJS JSON, CSV, Markdown and JSONL, with hostile text in the sources."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from dateline.errors import DatelineError
from dateline.present.exports import export_timeline, markdown_escape, timelinejs_date
from dateline.present.shapes import timeline_json
from dateline.records import Conflict, SourceRef, Story, Timeline, TimelineEntry

WIRE = SourceRef(1, "Example Wire", "https://wire.example/a", "Talks were held in Istanbul on July 23.")
DAILY = SourceRef(
    2, "Daily <Example>", "javascript:alert(1)", "=HYPERLINK(\"http://evil\") said <b>the</b> [minister](x)."
)


def _timeline() -> Timeline:
    story = Story(7, "Istanbul talks", (1, 2), ("Example Wire", "Daily <Example>"), "2025-07-18", "2025-07-24")
    return Timeline(
        story=story,
        entries=(
            TimelineEntry("2022-02", "month", "Russia invaded Ukraine", "fight", ("russia",), (WIRE,), background=True),
            TimelineEntry("2025-07-23", "day", "Third round of talks in Istanbul", "meet", ("russia", "ukraine"),
                          (WIRE, DAILY), importance=2.5),
            TimelineEntry("2025-SU", "season", "A summit may follow", "meet", (), (DAILY,), modality="planned"),
            TimelineEntry(None, "unknown", "Undated remark", "statement", (), (WIRE,)),
        ),
        conflicts=(Conflict("date", "Outlets give different dates for the talks", (WIRE, DAILY)),),
    )


def test_timelinejs_has_a_title_and_one_dated_slide_per_dated_entry() -> None:
    doc = json.loads(export_timeline(_timeline(), "timelinejs"))
    assert doc["title"]["text"]["headline"] == "Istanbul talks"
    starts = [e["start_date"] for e in doc["events"]]
    assert starts == [{"year": "2022", "month": "2"}, {"year": "2025", "month": "7", "day": "23"}, {"year": "2025"}]
    assert doc["events"][2]["display_date"] == "summer 2025"  # as people write it (a user test found "2025-SU")
    assert doc["events"][0]["group"] == "Background"
    text = doc["events"][1]["text"]["text"]
    assert "<b>" not in text and "&lt;b&gt;" in text  # source sentences escaped: TimelineJS renders HTML
    assert 'href="https://wire.example/a"' in text and "javascript:" not in text


def test_csv_has_one_row_per_entry_and_defuses_formulas() -> None:
    rows = list(csv.DictReader(io.StringIO(export_timeline(_timeline(), "csv"))))
    assert [r["date"] for r in rows] == ["2022-02", "2025-07-23", "2025-SU", ""]
    talks = rows[1]
    assert talks["outlets"] == "Example Wire; Daily <Example>"
    assert talks["sentences"].split("\n")[1].startswith("=HYPERLINK")  # mid-cell: harmless
    # Each sentence's outlet and article, line for line (a user test could not split sentences joined by " | ").
    lines = len(talks["sentences"].split("\n"))
    assert len(talks["source_outlets"].split("\n")) == len(talks["article_ids"].split("\n")) == lines
    assert all(line.isdigit() for line in talks["article_ids"].split("\n"))
    # ... and its address, an empty line for a source without one (a user test could not match the "urls" cell).
    urls = talks["source_urls"].split("\n")
    assert len(urls) == lines and urls[0] == "https://wire.example/a"
    nameless = replace(_timeline(), entries=tuple(
        replace(e, sources=(replace(WIRE, url=None), *e.sources)) for e in _timeline().entries
    ))  # fmt: skip
    first = list(csv.DictReader(io.StringIO(export_timeline(nameless, "csv"))))[1]
    assert first["source_urls"].split("\n")[0] == "" and len(first["source_urls"].split("\n")) == lines + 1
    assert rows[2]["sentences"].startswith("'=HYPERLINK")  # a cell that would be a formula is defused
    assert rows[0]["background"] == "yes"


def test_csv_and_jsonl_give_each_date_in_words_and_as_first_and_last_day() -> None:
    # A user test: a spreadsheet cannot read "198" (the 1980s) or "2010-W25-WE"; sorting and filtering need days.
    entries = (
        TimelineEntry("198", "decade", "Thriller sold", "other", (), (WIRE,)),
        TimelineEntry("2010-W25-WE", "week", "A weekend vigil", "other", (), (WIRE,)),
    )
    timeline = replace(_timeline(), entries=(*entries, *_timeline().entries))
    rows = list(csv.DictReader(io.StringIO(export_timeline(timeline, "csv"))))
    assert [(r["date_label"], r["first_day"], r["last_day"]) for r in rows[:3]] == [
        ("1980s", "1980-01-01", "1989-12-31"), ("weekend of 2010-06-26", "2010-06-26", "2010-06-27"),
        ("2022-02", "2022-02-01", "2022-02-28"),
    ]
    assert (rows[-1]["date_label"], rows[-1]["first_day"]) == ("", "")  # undated
    lines = [json.loads(line) for line in export_timeline(timeline, "jsonl").splitlines()]
    assert (lines[0]["date_label"], lines[0]["first_day"], lines[0]["last_day"]) == (
        "1980s", "1980-01-01", "1989-12-31")
    assert lines[-1]["first_day"] is None and lines[-1]["date_label"] is None


def test_markdown_lists_what_we_know_with_source_links() -> None:
    md = export_timeline(_timeline(), "markdown")
    assert md.startswith("# Istanbul talks\n")
    known = md.split("## What we know")[1].split("## Background")[0]
    line = "- **2025-07-23**: Third round of talks in Istanbul — [Example Wire](https://wire.example/a) (article 1)"
    assert line in known  # the article id finds the sentence (`dateline article 1`)
    assert "Daily \\<Example\\>" in known and "javascript" not in md  # unsafe link dropped, name escaped
    assert "(planned)" in known and "- **summer 2025** (planned)" in known  # not the TIMEX3 value "2025-SU"
    assert "## Background" in md and "Russia invaded Ukraine" in md.split("## Background")[1]
    disagreements = md.split("## Where sources disagree")[1]
    assert "\\[minister\\](x)" in disagreements  # a sentence cannot inject a link


def test_markdown_says_which_articles_dates_rest_on_a_guess() -> None:
    assert "guessed" not in export_timeline(_timeline(), "markdown")
    md = export_timeline(replace(_timeline(), guessed=(3,)), "markdown")
    header = md.split("## What we know")[0]
    assert "> Dates read from article(s) 3 rest on a publication date guessed from the text" in header


def test_jsonl_has_one_event_per_line_in_the_shared_shape() -> None:
    lines = export_timeline(_timeline(), "jsonl").splitlines()
    assert len(lines) == 4
    first = json.loads(lines[1])
    assert first["story_id"] == 7 and first["date"] == "2025-07-23"
    assert [s["outlet"] for s in first["sources"]] == ["Example Wire", "Daily <Example>"]


def test_an_unknown_format_names_itself() -> None:
    with pytest.raises(DatelineError, match="'pdf'"):
        export_timeline(_timeline(), "pdf")  # type: ignore[arg-type]


def test_helpers() -> None:
    assert timelinejs_date("P3Y", "unknown") is None
    assert timelinejs_date("2025-Q3", "quarter") == {"year": "2025"}
    # A weekend starts on its Saturday, an evening on its day (a user test found weekends on 1 January).
    assert timelinejs_date("2010-W16-WE", "unknown") == {"year": "2010", "month": "4", "day": "24"}
    assert timelinejs_date("2010-04-24TEV", "unknown") == {"year": "2010", "month": "4", "day": "24"}
    assert timelinejs_date("2010-SU", "season") == {"year": "2010"}
    assert markdown_escape("a *b*\n[c]") == "a \\*b\\* \\[c\\]"


def test_json_is_the_timeline_document_of_the_timeline_command() -> None:
    doc = json.loads(export_timeline(_timeline(), "json"))
    assert doc == json.loads(json.dumps(timeline_json(_timeline())))
    assert [e["date"] for e in doc["events"]][:2] == ["2022-02", "2025-07-23"]
