"""Files, directories, stdin and odd SOURCE arguments through ``iter_inputs``."""

from __future__ import annotations

import gzip
import io
import time
from datetime import date
from pathlib import Path

from dateline.records import RawInput, SourceFailure
from dateline.sources import GivenMetadata, iter_inputs

ARTICLE_TEXT = "Ministers met in Geneva on 4 March 2025 and agreed to resume grain shipments.\n"


def only(items: list[RawInput | SourceFailure]) -> RawInput | SourceFailure:
    assert len(items) == 1, items
    return items[0]


def test_text_file(data_dir: Path) -> None:
    item = only(list(iter_inputs([str(data_dir / "note.txt")])))
    assert isinstance(item, RawInput)
    assert item.kind == "text"
    assert item.origin == str(data_dir / "note.txt")
    assert item.body.startswith("Ministers met in Geneva")


def test_html_file(data_dir: Path) -> None:
    item = only(list(iter_inputs([str(data_dir / "article.html")])))
    assert isinstance(item, RawInput)
    assert item.kind == "html"
    assert "<h1>Ceasefire holds in the north</h1>" in item.body


def test_markdown_is_text_even_with_angle_brackets(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\n<p> is how the wire marks paragraphs.\n", encoding="utf-8")
    item = only(list(iter_inputs([str(path)])))
    assert isinstance(item, RawInput) and item.kind == "text"


def test_html_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_text("<!doctype html><html><body><p>Rain.</p></body></html>", encoding="utf-8")
    item = only(list(iter_inputs([str(path)])))
    assert isinstance(item, RawInput) and item.kind == "html"


def test_gzipped_html_and_text(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<p>Compressed page</p>"))
    (tmp_path / "plain.gz").write_bytes(gzip.compress(ARTICLE_TEXT.encode()))
    html, text = iter_inputs([str(tmp_path / "page.html.gz"), str(tmp_path / "plain.gz")])
    assert isinstance(html, RawInput) and html.kind == "html" and html.body == "<p>Compressed page</p>"
    assert isinstance(text, RawInput) and text.kind == "text" and text.body == ARTICLE_TEXT


def test_corrupt_gzip_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "bad.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    item = only(list(iter_inputs([str(tmp_path / "bad.html.gz")])))
    assert isinstance(item, SourceFailure) and item.reason == "not a valid gzip file"


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (5 * 1024 * 1024)))
    item = only(list(iter_inputs([str(path)], max_bytes=1024 * 1024)))
    assert item == SourceFailure(str(path), "larger than 1 MB")


def test_directory_is_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story text.", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>Third story.</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("never read", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    items = list(iter_inputs([str(tmp_path)]))
    assert [item.origin for item in items] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "2.txt"),
        str(tmp_path / "c.html"),
        str(tmp_path / "photo.png"),
    ]
    assert [type(item) for item in items] == [RawInput, RawInput, RawInput, SourceFailure]
    assert items[3] == SourceFailure(str(tmp_path / "photo.png"), "not valid text (binary?)")


def test_linked_folders_are_read_once_and_a_link_cycle_ends(tmp_path: Path) -> None:
    # A user test linked the day folders of a corpus into one folder per outlet and was told it "has no input files".
    corpus = tmp_path / "corpus" / "2010-04-20"
    corpus.mkdir(parents=True)
    (corpus / "1.txt").write_text("The rig exploded.", encoding="utf-8")
    outlet = tmp_path / "in"
    outlet.mkdir()
    (outlet / "2010-04-20").symlink_to(corpus, target_is_directory=True)
    (outlet / "again").symlink_to(corpus, target_is_directory=True)  # the same folder twice: read once
    (corpus / "loop").symlink_to(outlet, target_is_directory=True)  # a cycle back up
    (outlet / "up").symlink_to(tmp_path, target_is_directory=True)  # a folder holding the one walked: not read
    (tmp_path / "other.txt").write_text("Not in the folder given.", encoding="utf-8")
    items = list(iter_inputs([str(outlet)]))
    assert [item.origin for item in items] == [str(outlet / "2010-04-20" / "1.txt")]


def test_empty_directory_is_a_failure(tmp_path: Path) -> None:
    assert list(iter_inputs([str(tmp_path)])) == [SourceFailure(str(tmp_path), "directory has no input files")]


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n\t", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "empty.txt"), str(tmp_path / "blank.txt")]))
    assert items == [
        SourceFailure(str(tmp_path / "empty.txt"), "empty"),
        SourceFailure(str(tmp_path / "blank.txt"), "empty"),
    ]


def test_cp1252_file_is_accepted(tmp_path: Path) -> None:
    text = "The minister’s “final offer” was rejected — talks resume in São Paulo.\n"
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    item = only(list(iter_inputs([str(path)])))
    assert isinstance(item, RawInput) and item.body == text


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk and no time
    started = time.monotonic()
    item = only(list(iter_inputs([str(path)])))
    assert item == SourceFailure(str(path), "larger than 20 MB")
    assert time.monotonic() - started < 1.0


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert list(iter_inputs([missing])) == [SourceFailure(missing, "no such file or directory")]


def test_unknown_schemes_are_refused() -> None:
    items = list(iter_inputs(["ftp://example.com/a.txt", "file:///etc/passwd"]))
    assert items == [
        SourceFailure("ftp://example.com/a.txt", "unsupported scheme 'ftp'"),
        SourceFailure("file:///etc/passwd", "unsupported scheme 'file'"),
    ]


def test_stdin_text_and_html() -> None:
    (text,) = iter_inputs(["-"], stdin=io.BytesIO(ARTICLE_TEXT.encode()))
    assert text == RawInput(origin="stdin", body=ARTICLE_TEXT, kind="text")
    (html,) = iter_inputs(["-"], stdin=io.BytesIO(b"<html><body><p>Piped page</p></body></html>"))
    assert isinstance(html, RawInput) and html.kind == "html"


def test_empty_and_oversize_stdin() -> None:
    assert list(iter_inputs(["-"], stdin=io.BytesIO(b""))) == [SourceFailure("stdin", "empty")]
    big = io.BytesIO(b"word " * 1000)
    assert list(iter_inputs(["-"], stdin=big, max_bytes=1024)) == [SourceFailure("stdin", "larger than 1 KB")]


def test_given_metadata_applies_to_every_input(data_dir: Path) -> None:
    given = GivenMetadata(published=date(2025, 3, 4), outlet="Geneva Post", url="https://post.example/a")
    items = list(iter_inputs([str(data_dir / "note.txt"), str(data_dir / "article.html")], given))
    assert len(items) == 2
    for item in items:
        assert isinstance(item, RawInput)
        assert (item.given_published, item.given_outlet, item.url) == (
            date(2025, 3, 4),
            "Geneva Post",
            "https://post.example/a",
        )
        assert item.given_title is None


def test_failures_do_not_stop_later_sources(tmp_path: Path, data_dir: Path) -> None:
    items = list(iter_inputs([str(tmp_path / "missing"), "gopher://x", str(data_dir / "note.txt")]))
    assert [type(item) for item in items] == [SourceFailure, SourceFailure, RawInput]


def test_a_bare_string_is_one_source(data_dir: Path) -> None:
    item = only(list(iter_inputs(str(data_dir / "note.txt"))))
    assert isinstance(item, RawInput) and item.origin == str(data_dir / "note.txt")


def test_utf16_files_without_a_byte_order_mark(tmp_path: Path) -> None:
    """Text and HTML saved as UTF-16 without a BOM are read as such (a probe's file was refused as binary)."""
    text, page = tmp_path / "wide.txt", tmp_path / "wide.html"
    text.write_bytes(ARTICLE_TEXT.encode("utf-16-le"))
    page.write_bytes(f"<html><body><p>{ARTICLE_TEXT}</p></body></html>".encode("utf-16-be"))
    read_text, read_page = iter_inputs([str(text), str(page)])
    assert isinstance(read_text, RawInput) and read_text.body == ARTICLE_TEXT
    assert isinstance(read_page, RawInput) and read_page.kind == "html" and ARTICLE_TEXT in read_page.body


def test_a_json_data_file_is_no_article(tmp_path: Path) -> None:
    """A user test ingested a data set's ground-truth.json as one 130,000-word article; a JSON object or array that is
    not JSONL records is refused in one line (unless its name says text), and text starting with a bracket is text."""
    (tmp_path / "truth.json").write_text('{\n  "a1": {"articleBody": "Gaming used to be simple."}\n}\n', "utf-8")
    (tmp_path / "list.json").write_text('[{"x": 1}, {"y": 2}]', encoding="utf-8")
    (tmp_path / "aside.txt").write_text("[Updated] Ministers met in Geneva on 4 March.\n", encoding="utf-8")
    (tmp_path / "one.json").write_text('{"text": "Ministers met in Geneva on 4 March 2025."}\n', encoding="utf-8")
    reason = 'JSON data, not an article (JSONL input holds one record per line, each with "text" or "html")'
    items = list(iter_inputs([str(tmp_path / name) for name in ("truth.json", "list.json", "aside.txt", "one.json")]))
    assert items[:2] == [
        SourceFailure(str(tmp_path / "truth.json"), reason),
        SourceFailure(str(tmp_path / "list.json"), reason),
    ]
    assert isinstance(items[2], RawInput) and items[2].body.startswith("[Updated]")
    assert isinstance(items[3], RawInput) and items[3].body.startswith("Ministers met")  # one JSONL record


def test_a_json_number_too_long_to_read_is_no_json_document() -> None:
    """A review: Python refuses integers of over 4,300 digits with a ValueError, which must not escape."""
    from dateline.sources.jsonl import is_json_document

    assert not is_json_document(b"[" + b"9" * 5000 + b"]")
    assert is_json_document(b'{"a": [1, 2]}') and not is_json_document(b"[Updated] text")
