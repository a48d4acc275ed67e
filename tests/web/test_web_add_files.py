"""Adding coverage from files chosen in the web form: saved pages, texts, JSON Lines, feeds, as `dateline ingest`
reads files (a user test: the web had no way to add a saved file)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

from dateline.store import SqliteStore
from dateline.web import create_app

pytestmark = pytest.mark.slow

Files = list[tuple[str, tuple[str, bytes, str]]]


def _token(client: TestClient) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/add").text)
    assert found
    return found.group(1)


def _upload(client: TestClient, files: Files, **fields: str) -> Any:
    return client.post("/add", data={"csrf_token": _token(client), **fields}, files=files, follow_redirects=False)


def test_files_chosen_in_the_form_are_added_under_their_names(
    tmp_path: Path, analyzer: Any, examples_dir: Path
) -> None:
    db = str(tmp_path / "files.db")
    kyiv = (examples_dir / "kyiv-independent-erdogan-putin-call.txt").read_bytes()
    rks = (examples_dir / "rks-news-third-round.txt").read_bytes()
    with TestClient(create_app(db, analyzer_factory=lambda: analyzer)) as client:
        assert 'type="file"' in client.get("/add").text
        added = _upload(client, [("files", ("kyiv.txt", kyiv, "text/plain")),
                                 ("files", ("C:\\Users\\me\\rks.txt.gz", gzip.compress(rks), "application/gzip"))],
                        published="2025-07-23")
        assert added.status_code == 303, added.text
        message = parse_qs(urlsplit(added.headers["location"]).query)["added"][0]
        assert message.startswith("Added “") and "and 1 more" in message, message
        assert "/stories/" in added.headers["location"]
    with SqliteStore(db) as store:
        origins = sorted(r[0] for r in store.conn.execute("SELECT origin FROM articles"))
        stories = {r[0] for r in store.conn.execute("SELECT story_id FROM articles")}
    assert origins == ["kyiv.txt", "rks.txt.gz"] and len(stories) == 1


def test_bad_files_are_named_and_the_good_ones_kept(tmp_path: Path, analyzer: Any, examples_dir: Path) -> None:
    db = str(tmp_path / "bad.db")
    kyiv = (examples_dir / "kyiv-independent-erdogan-putin-call.txt").read_text(encoding="utf-8")
    records = "\n".join([json.dumps({"title": "Talks in Istanbul", "text": kyiv, "published": "2025-07-18"}),
                         "{not json"])
    with TestClient(create_app(db, analyzer_factory=lambda: analyzer)) as client:
        added = _upload(client, [("files", ("coverage.jsonl", records.encode(), "application/jsonl")),
                                 ("files", ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "text/plain"))])
        assert added.status_code == 303, added.text
        message = parse_qs(urlsplit(added.headers["location"]).query)["added"][0]
        assert message.startswith("Added “Talks in Istanbul”."), message
        assert "2 not added (coverage.jsonl:2: " in message and "photo.txt: " in message, message
        # Files with a text or an address: one of them, or the form says which to give.
        both = _upload(client, [("files", ("kyiv.txt", kyiv.encode(), "text/plain"))], text=kyiv)
        assert both.status_code == 400 and "one of them" in both.text
        empty = _upload(client, [("files", ("", b"", "application/octet-stream"))])
        assert empty.status_code == 400 and "the form is empty" in empty.text
    with SqliteStore(db) as store:
        assert store.count_articles() == 1


def test_a_folder_s_paths_date_their_files_and_every_file_s_note_is_said(
    tmp_path: Path, analyzer: Any, examples_dir: Path
) -> None:
    """A user test: a folder of a week's pages uploaded without its folder names went undated, and a 13-file upload
    said nothing of its two undated files; too many files gave the parser's bare error page."""
    db = str(tmp_path / "folder.db")
    kyiv = (examples_dir / "kyiv-independent-erdogan-putin-call.txt").read_bytes()
    rks = (examples_dir / "rks-news-third-round.txt").read_bytes()
    undated = b"Officials met again to discuss the talks. Both sides said more meetings would follow soon."
    with TestClient(create_app(db, analyzer_factory=lambda: analyzer)) as client:
        added = _upload(client, [("files", ("talks/2025-07-18/kyiv.txt", kyiv, "text/plain")),
                                 ("files", ("../talks/2025-07-24/rks.txt", rks, "text/plain")),
                                 ("files", ("talks/notes/undated.txt", undated, "text/plain"))])
        assert added.status_code == 303, added.text
        message = parse_qs(urlsplit(added.headers["location"]).query)["added"][0]
        assert "(talks/notes/undated.txt: no publication date found" in message, message
        again = _upload(client, [("files", ("kyiv.txt", kyiv, "text/plain")),
                                 ("files", ("broken.txt.gz", b"not gzip", "application/gzip"))])
        note = parse_qs(urlsplit(again.headers["location"]).query)["added"][0]
        assert note.startswith("This coverage is already stored") and "1 not added (broken.txt.gz: " in note, note
        many = _upload(client, [("files", (f"f{n}.txt", b"x", "text/plain")) for n in range(1001)])
        assert many.status_code == 400 and "Too many files" in many.text and 'id="add-error"' in many.text
    with SqliteStore(db) as store:
        days = {r[0]: r[1] for r in store.conn.execute("SELECT origin, published_earliest FROM articles")}
    assert days.get("talks/2025-07-18/kyiv.txt") == "2025-07-18", days
    assert days.get("talks/2025-07-24/rks.txt") == "2025-07-24", days


def test_an_upload_s_name_keeps_its_folders_but_no_drive_or_climb() -> None:
    from dateline.web.pages import upload_name

    assert upload_name("C:\\Users\\me\\Desktop\\bp\\2010-04-22\\17.htm.txt") == "bp/2010-04-22/17.htm.txt"
    assert upload_name("../../etc/passwd") == "etc/passwd"
    assert upload_name("report.html") == "report.html"
    assert upload_name("./") == "upload"
