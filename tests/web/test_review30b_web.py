"""Review of session 30's uploads (a helper's review): the parser stores every uploaded file before the form's token
is checked, so a body past the upload limit, with or without a Content-Length, is refused as it arrives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from dateline.web import create_app, pages


def test_a_body_past_the_upload_limit_is_refused_before_the_token_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "MAX_FORM_BYTES", 20_000)
    with TestClient(create_app(str(tmp_path / "cap.db"), analyzer_factory=lambda: None)) as client:
        # No token: a page of another site posting a big file. Refused by size, not read to the end for a 403.
        told = client.post("/add", files=[("files", ("big.txt", b"x" * 50_000, "text/plain"))])
        assert told.status_code == 400 and "larger than" in told.text, told.status_code

        boundary = "b0undary"
        head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
                "Content-Type: text/plain\r\n\r\n").encode()

        def body() -> Iterator[bytes]:
            yield head
            for _ in range(10):
                yield b"x" * 5_000
            yield f"\r\n--{boundary}--\r\n".encode()

        streamed = client.post("/add", content=body(),
                               headers={"content-type": f"multipart/form-data; boundary={boundary}"})
        assert streamed.status_code == 400 and "larger than" in streamed.text, streamed.status_code
        small = client.post("/add", files=[("files", ("small.txt", b"x" * 100, "text/plain"))])
        assert small.status_code == 403
