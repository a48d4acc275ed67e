"""Bylines given with the input (--author, a JSONL record's "author", a feed entry's) are the stored author."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main

BODY = ("Russia and Ukraine resumed talks in Istanbul on July 23, officials said. The delegations met for an hour. "
        "The Turkish foreign minister urged both sides to end the war.")
PAGE = ('<html><head><title>Talks resume</title><meta name="author" content="Web Desk"></head>'
        f"<body><article><h1>Talks resume</h1><p>{BODY}</p></article></body></html>")


def stored(runner: CliRunner, db: str, article_id: int = 1) -> dict[str, object]:
    return dict(json.loads(runner.invoke(main, ["article", "--db", db, "--json", str(article_id)]).output))


def test_author_option_names_the_byline_and_drops_its_line(tmp_path: Path) -> None:
    page, db = tmp_path / "talks.txt", str(tmp_path / "author.db")
    page.write_text(f"Talks resume in Istanbul\n\nJane Doe\n\n{BODY}\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, "--author", " Jane  Doe ", str(page)]).exit_code == 0
    article = stored(runner, db)
    assert article["author"] == "Jane Doe"
    assert {"text": "Jane Doe", "reason": "byline"} in article["removed"]  # type: ignore[operator]
    assert article["outlet"] is None and "Jane Doe" not in str(article["text"])


def test_author_option_beats_the_pages_own(tmp_path: Path) -> None:
    page, db = tmp_path / "talks.html", str(tmp_path / "author.db")
    page.write_text(PAGE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(page)]).exit_code == 0
    assert stored(runner, db)["author"] == "Web Desk"
    other, db2 = tmp_path / "copy.html", str(tmp_path / "given.db")
    other.write_text(PAGE, encoding="utf-8")
    assert runner.invoke(main, ["ingest", "--db", db2, "--author", "Jane Doe", str(other)]).exit_code == 0
    assert stored(runner, db2)["author"] == "Jane Doe"


def test_jsonl_record_author_is_stored(tmp_path: Path) -> None:
    records, db = tmp_path / "news.jsonl", str(tmp_path / "jsonl.db")
    lines = [
        {"text": BODY, "title": "Talks resume", "author": "Jane Doe", "published": "2025-07-24"},
        {"html": PAGE.replace("July 23", "July 24"), "url": "https://news.example/talks"},
        {"html": PAGE.replace("July 23", "July 25"), "url": "https://other.example/talks", "author": "Sam Roe"},
    ]
    records.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(records)]).exit_code == 0
    assert [stored(runner, db, n)["author"] for n in (1, 2, 3)] == ["Jane Doe", "Web Desk", "Sam Roe"]


def test_given_bylines_are_tidied_to_names(tmp_path: Path) -> None:
    """A user test's JSONL kept "By JAMES B. STEWART" as written, and a data export's "None" as a name."""
    records, db = tmp_path / "bylines.jsonl", str(tmp_path / "tidy.db")
    bylines = ["By JAMES B. STEWART", "BY MARK SMITH AND ANN DE LA CRUZ", "None", "by: Jane Doe",
               "By PATRICK O'BRIEN", "JEAN-PIERRE MCCARTHY", "BBC NEWS"]
    lines = [{"text": f"{BODY} Report {n}.", "title": f"Report {n}", "author": byline}
             for n, byline in enumerate(bylines, start=1)]
    records.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(records)]).exit_code == 0
    assert [stored(runner, db, n)["author"] for n in range(1, 8)] == [
        "James B. Stewart", "Mark Smith and Ann de la Cruz", None, "Jane Doe", "Patrick O'Brien",
        "Jean-Pierre McCarthy", "BBC News",
    ]
