"""JSONL record files: one input per good line, one failure per bad line, the rest go on."""

from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path

from dateline.records import RawInput, SourceFailure
from dateline.sources import GivenMetadata, iter_inputs


def test_good_and_bad_lines(data_dir: Path) -> None:
    name = str(data_dir / "records.jsonl")
    items = {item.origin: item for item in iter_inputs([name])}
    assert sorted(items) == sorted(f"{name}:{line}" for line in (1, 2, 3, 4, 6, 7, 8))  # 5 is blank
    first = items[f"{name}:1"]
    assert first == RawInput(
        origin=f"{name}:1",
        body="Parliament passed the budget on Friday by 230 votes to 190.",
        kind="text",
        url="https://news.example/budget",
        given_title="Budget passes",
        given_published=date(2025, 5, 16),
        given_outlet="News Example",
    )
    second = items[f"{name}:2"]
    assert isinstance(second, RawInput)
    assert (second.kind, second.given_published) == ("html", date(2025, 5, 15))
    assert items[f"{name}:3"] == SourceFailure(f"{name}:3", "invalid JSON: Invalid control character (column 23)")
    assert items[f"{name}:4"] == SourceFailure(f"{name}:4", "record has no 'text' or 'html'")
    assert items[f"{name}:6"] == SourceFailure(f"{name}:6", "expected a JSON object, got list")
    assert items[f"{name}:7"] == SourceFailure(f"{name}:7", "'published' date 'sometime soon': unreadable")
    last = items[f"{name}:8"]
    assert isinstance(last, RawInput) and last.given_outlet == "Coast Radio"


def test_given_metadata_wins_over_record(data_dir: Path) -> None:
    given = GivenMetadata(outlet="Command Line Outlet")
    items = [item for item in iter_inputs([str(data_dir / "records.jsonl")], given) if isinstance(item, RawInput)]
    assert {item.given_outlet for item in items} == {"Command Line Outlet"}
    assert items[0].given_title == "Budget passes"  # the record still fills what was not given


def test_record_author(tmp_path: Path) -> None:
    """A record's "author" is its byline, spaces tidied; blank is none; the command line's wins."""
    path = tmp_path / "bylines.jsonl"
    path.write_text(
        '{"text": "The vote passed.", "author": " Jane   Doe "}\n{"text": "Another.", "author": "  "}\n'
        '{"text": "A third.", "author": null}\n{"text": "A fourth.", "author": ["Jane Doe"]}\n',
        encoding="utf-8",
    )
    items = list(iter_inputs([str(path)]))
    assert [item.given_author if isinstance(item, RawInput) else item.reason for item in items] == [
        "Jane Doe", None, None, "'author' must be a string"
    ]
    given = [item for item in iter_inputs([str(path)], GivenMetadata(author="Desk")) if isinstance(item, RawInput)]
    assert {item.given_author for item in given} == {"Desk"}


def test_wrong_field_types_and_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "odd.ndjson"
    path.write_bytes(b'{"text": 42}\n{"text": "fine", "url": ["x"]}\n{"text": "caf\xe9"}\n{"text": "ok"}\n')
    items = list(iter_inputs([str(path)]))
    assert [item.reason if isinstance(item, SourceFailure) else item.body for item in items] == [
        "'text' must be a string",
        "'url' must be a string",
        "line is not valid UTF-8",
        "ok",
    ]


def test_oversize_line_is_skipped_and_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "x" * 5000 + '"}\n{"text": "after"}\n', encoding="utf-8")
    items = list(iter_inputs([str(path)], max_bytes=1024))
    assert items[0] == SourceFailure(f"{path}:1", "line larger than 1 KB")
    assert isinstance(items[1], RawInput) and items[1].body == "after"
    assert len(items) == 2


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Compressed record."}\n'))
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, RawInput) and item.origin == f"{path}:1" and item.body == "Compressed record."


def test_jsonl_on_stdin_is_recognised() -> None:
    piped = io.BytesIO(b'\n{"text": "From a pipe.", "outlet": "Pipe News"}\n{"html": "<p>Second.</p>"}\n')
    first, second = iter_inputs(["-"], stdin=piped)
    assert first == RawInput(origin="stdin:2", body="From a pipe.", kind="text", given_outlet="Pipe News")
    assert isinstance(second, RawInput) and (second.origin, second.kind) == ("stdin:3", "html")


def test_jsonl_without_extension_is_recognised_but_text_is_not(tmp_path: Path) -> None:
    records = tmp_path / "export"
    records.write_text('{"text": "Exported record."}\n', encoding="utf-8")
    prose = tmp_path / "prose.txt"
    prose.write_text('{"text": "a JSON-looking line in a named text file"}\n', encoding="utf-8")
    exported, text = iter_inputs([str(records), str(prose)])
    assert isinstance(exported, RawInput) and exported.origin == f"{records}:1"
    assert isinstance(text, RawInput) and text.origin == str(prose) and text.kind == "text"


def test_given_date_makes_a_bad_record_date_irrelevant(data_dir: Path) -> None:
    given = GivenMetadata(published=date(2025, 6, 1))
    name = str(data_dir / "records.jsonl")
    items = {item.origin: item for item in iter_inputs([name], given)}
    line_7 = items[f"{name}:7"]
    assert isinstance(line_7, RawInput) and line_7.given_published == date(2025, 6, 1)


def test_deep_nesting_fails_its_line_alone_and_an_empty_file_is_a_failure(tmp_path: Path) -> None:
    """A review: one deeply nested line rejected the whole file, and an empty file ingested nothing, exit 0."""
    good = '{"text": "Talks resumed in Istanbul on Wednesday, officials said."}'
    path = tmp_path / "deep.jsonl"
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text("\n".join([good, deep, good.replace("Istanbul", "Oslo")]))
    items = list(iter_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == ["RawInput", "SourceFailure", "RawInput"]
    assert items[1] == SourceFailure(f"{path}:2", "JSON nested too deep")
    for content in ("", "\n\n  \n"):
        empty = tmp_path / "empty.jsonl"
        empty.write_text(content)
        assert list(iter_inputs([str(empty)])) == [SourceFailure(str(empty), "empty: no JSONL records")]


def test_dates_that_cannot_be_publication_dates_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    lines = [f'{{"text": "Talks resumed on Wednesday.", "published": "{day}"}}' for day in
             ("0001-01-01", "9999-12-31", "2025-07-24T25:61:00+99:00", "2025-07-24")]
    path.write_text("\n".join(lines))
    items = list(iter_inputs([str(path)]))
    assert items[0] == SourceFailure(f"{path}:1", "'published' date '0001-01-01': cannot be a publication date "
                                                  "(before 1800)")
    assert items[1] == SourceFailure(f"{path}:2", "'published' date '9999-12-31': cannot be a publication date "
                                                  "(in the future)")
    # An impossible clock time does not hide a well-written day: the day is read.
    assert isinstance(items[2], RawInput) and items[2].given_published == date(2025, 7, 24)
    assert isinstance(items[3], RawInput) and items[3].given_published == date(2025, 7, 24)


def test_a_blank_text_field_is_named_as_empty(tmp_path: Path) -> None:
    """A user test's record with "text": "" was told it had no 'text' or 'html'."""
    path = tmp_path / "blank.jsonl"
    path.write_text('{"title": "A", "text": "  "}\n{"title": "B"}\n', encoding="utf-8")
    found = {item.origin: item for item in iter_inputs([str(path)])}
    assert found[f"{path}:1"] == SourceFailure(f"{path}:1", "record's 'text' is empty")
    assert found[f"{path}:2"] == SourceFailure(f"{path}:2", "record has no 'text' or 'html'")
