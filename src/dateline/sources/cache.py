"""Validators remembered between runs so feeds are fetched with conditional GET."""

from __future__ import annotations

from typing import Protocol


class FeedCache(Protocol):
    """Where the ETag and Last-Modified of each fetched feed are kept between runs."""

    def get(self, url: str) -> tuple[str | None, str | None]:
        """Return the (etag, last_modified) last stored for ``url``, or (None, None)."""
        ...

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember the validators the server sent for ``url``."""
        ...


class MemoryFeedCache:
    """A ``FeedCache`` in a dict: for tests and one-off runs."""

    def __init__(self) -> None:
        self._validators: dict[str, tuple[str | None, str | None]] = {}

    def get(self, url: str) -> tuple[str | None, str | None]:
        """Return the (etag, last_modified) last stored for ``url``, or (None, None)."""
        return self._validators.get(url, (None, None))

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember the validators the server sent for ``url``."""
        self._validators[url] = (etag, last_modified)
