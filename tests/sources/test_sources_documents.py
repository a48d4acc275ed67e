"""Documents already read (files uploaded to the web form) are read as files of their names are."""

from __future__ import annotations

import gzip
import json

from dateline.records import RawInput, SourceFailure
from dateline.sources import GivenMetadata, iter_documents


def test_a_document_s_name_tells_its_kind_and_is_its_origin() -> None:
    records = "\n".join(json.dumps({"title": f"Report {n}", "text": f"Talks resumed in Istanbul, day {n}."})
                        for n in (1, 2))
    items = list(iter_documents([
        ("page.html", b"<html><body><article><p>Talks resumed in Istanbul.</p></article></body></html>"),
        ("notes.txt", b"<b>not markup</b> but text a user typed"),
        ("coverage.jsonl.gz", gzip.compress(records.encode())),
    ], GivenMetadata(outlet="Reuters")))
    assert all(isinstance(item, RawInput) for item in items), items
    inputs = [item for item in items if isinstance(item, RawInput)]
    assert [(i.origin, i.kind) for i in inputs] == [
        ("page.html", "html"), ("notes.txt", "text"), ("coverage.jsonl.gz:1", "text"), ("coverage.jsonl.gz:2", "text"),
    ]
    assert {i.given_outlet for i in inputs} == {"Reuters"}


def test_an_oversize_or_broken_document_is_a_failure_naming_it() -> None:
    bomb = gzip.compress(b"a" * 5_000)
    items = list(iter_documents([
        ("big.txt", b"x" * 2_000), ("bomb.txt.gz", bomb), ("broken.html.gz", b"not gzip at all"),
        ("fine.txt", b"Talks resumed in Istanbul on Wednesday."),
    ], max_bytes=1_000))
    failures = [(f.origin, f.reason) for f in items if isinstance(f, SourceFailure)]
    assert failures == [
        ("big.txt", "larger than 1000 bytes"), ("bomb.txt.gz", "larger than 1000 bytes"),
        ("broken.html.gz", "not a valid gzip file"),
    ], failures
    assert [i.origin for i in items if isinstance(i, RawInput)] == ["fine.txt"]
