"""Three rough edges of the CLI: exports of a story with no dated event, a busy port, a reader closing the pipe.

Stores are real SQLite files in tmp_path, filled with hand-built analysed articles the way the pipeline
stores them, so no NLP model is loaded; the closed-pipe tests run the installed `dateline` script.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.cli_manage import ensure_port_free
from dateline.errors import DatelineError
from dateline.present.exports import EXPORT_FORMATS, export_timeline
from dateline.records import Story, Timeline, TimelineEntry
from dateline.store import SqliteStore
from stored_articles import store_article

DATELINE = Path(sys.executable).with_name("dateline")


def _make_store(path: Path, actors: Sequence[tuple[str, str, str]]) -> str:
    store = SqliteStore(str(path))
    try:
        store_article(store, 18, actors, title="Talks report {number}")
    finally:
        store.close()
    return str(path)


@pytest.fixture
def undated_db(tmp_path: Path) -> str:
    """A store holding one story, published 2025-07-18, whose article names actors but dates no event."""
    return _make_store(tmp_path / "undated.db", [("jeb bush", "Jeb Bush", "PERSON")])


@pytest.fixture
def many_actors_db(tmp_path: Path) -> str:
    """A store whose `actors` listing (about 120 KB) is far more than a pipe holds (64 KB on Linux)."""
    names = [f"Person{i:04d} Example" for i in range(1500)]
    return _make_store(tmp_path / "actors.db", [(n.lower(), n, "PERSON") for n in names])


# 1. exports --------------------------------------------------------------------------------------------


def test_timelinejs_export_of_a_story_without_dated_events_is_renderable(undated_db: str) -> None:
    result = CliRunner().invoke(main, ["export", "1", "--db", undated_db, "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["title"]["text"]["headline"] == "Talks report 18"
    assert "No dated events are known yet." in doc["title"]["text"]["text"]
    # TimelineJS 3 refuses a configuration without events ("Timeline configuration has no events."),
    # title or not: one slide stands in, dated to the coverage's first publication day.
    [slide] = doc["events"]
    assert slide["start_date"] == {"year": "2025", "month": "7", "day": "18"}
    assert slide["text"]["headline"] == "No dated events yet"
    assert slide["display_date"] == "Coverage from 2025-07-18"


def test_a_story_with_no_date_at_all_is_placed_on_the_day_of_the_export() -> None:
    story = Story(3, "Undated <story>", (1,), ("Wire",), None, None)
    timeline = Timeline(story, (TimelineEntry(None, "unknown", "An undated remark", "statement", (), ()),))
    before = date.today()
    doc = json.loads(export_timeline(timeline, "timelinejs"))
    after = date.today()
    [slide] = doc["events"]
    placed = date(*(int(slide["start_date"][k]) for k in ("year", "month", "day")))
    assert before <= placed <= after
    assert slide["display_date"] == f"Exported {placed.isoformat()}"
    assert doc["title"]["text"]["headline"] == "Undated &lt;story&gt;"


def test_a_story_with_dated_events_gets_no_stand_in_slide() -> None:
    story = Story(4, "Talks", (1,), ("Wire",), "2025-07-18", "2025-07-24")
    timeline = Timeline(story, (TimelineEntry("2025-07-23", "day", "Talks held", "meet", (), ()),))
    doc = json.loads(export_timeline(timeline, "timelinejs"))
    assert [e["text"]["headline"] for e in doc["events"]] == ["Talks held"]
    assert "No dated events" not in doc["title"]["text"]["text"]


@pytest.mark.parametrize("fmt", [f for f in EXPORT_FORMATS if f != "jsonl"])  # jsonl: see the next test
def test_every_export_ends_with_exactly_one_newline(undated_db: str, tmp_path: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["export", "1", "--db", undated_db, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("\n") and not result.output.endswith("\n\n"), repr(result.output[-40:])
    written = tmp_path / f"story.{fmt}"
    result = CliRunner().invoke(main, ["export", "1", "--db", undated_db, "--format", fmt, "-o", str(written)])
    assert result.exit_code == 0, result.output
    text = written.read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n"), repr(text[-40:])


def test_a_jsonl_export_ends_its_last_record_and_stays_empty_without_records(undated_db: str) -> None:
    result = CliRunner().invoke(main, ["export", "1", "--db", undated_db, "--format", "jsonl"])
    assert (result.exit_code, result.output) == (0, "")  # no record, so no line to end: no blank line either
    story = Story(5, "Talks", (1,), ("Wire",), "2025-07-18", "2025-07-18")
    entries = tuple(TimelineEntry(f"2025-07-{d}", "day", f"Day {d}", "meet", (), ()) for d in (18, 19))
    text = export_timeline(Timeline(story, entries), "jsonl")
    assert text.endswith("}\n") and len(text.splitlines()) == 2


# 2. serve on a busy port -------------------------------------------------------------------------------


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that a listening socket holds for the length of the test."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_serve_on_a_port_in_use_is_one_line_and_exit_status_1(tmp_path: Path, busy_port: int) -> None:
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(busy_port)])
    assert result.exit_code == 1, result.output
    assert result.output == f"Error: 127.0.0.1:{busy_port} is already in use; give another --port\n"
    assert not db.exists()


def test_the_port_check_lets_a_free_port_through(busy_port: int) -> None:
    with pytest.raises(DatelineError, match=f"127.0.0.1:{busy_port} is already in use"):
        ensure_port_free("127.0.0.1", busy_port)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    ensure_port_free("127.0.0.1", free)  # raises if the check itself holds or misjudges the port


# 3. a reader that closes the pipe early ----------------------------------------------------------------


def test_output_cut_off_by_a_closed_pipe_exits_quietly_with_status_0(many_actors_db: str) -> None:
    assert DATELINE.exists(), f"{DATELINE}: the dateline script is not installed beside this Python"
    writer = subprocess.Popen(
        [str(DATELINE), "actors", "--db", many_actors_db], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert writer.stdout is not None and writer.stderr is not None
    reader = subprocess.run(  # like `| head -1`: read one line, then close the pipe
        [sys.executable, "-c", "import sys; print(sys.stdin.readline(), end='')"],
        stdin=writer.stdout, capture_output=True, text=True, timeout=60,
    )
    writer.stdout.close()  # the reader now holds the only reading end, and it has gone
    stderr = writer.stderr.read().decode()
    writer.stderr.close()
    assert writer.wait(timeout=60) == 0, stderr
    assert stderr == ""
    assert reader.stdout.startswith("Person")


def test_a_broken_pipe_that_is_not_stdout_still_fails(many_actors_db: str) -> None:
    """Only a closed stdout is a quiet success: a broken pipe elsewhere (a worker pool) must not read as one."""
    script = textwrap.dedent("""
        import dateline.store.actors
        def broken(*args, **kwargs):
            raise BrokenPipeError(32, "Broken pipe")
        dateline.store.actors.list_actors = broken
        from dateline.cli import main
        main(["actors", "--db", sys.argv[1]])
    """)
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script, many_actors_db], capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0, result


def test_the_export_command_offers_every_export_format() -> None:
    # A user test asked for --format json, which the exports had and the command did not offer.
    from dateline.cli_manage import export

    choices = next(p for p in export.params if p.name == "fmt").type.choices  # type: ignore[attr-defined]
    assert tuple(choices) == EXPORT_FORMATS
