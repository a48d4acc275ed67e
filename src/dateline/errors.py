"""Dateline's exception hierarchy.

Every message names the input it concerns, so the CLI can print it as one line.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error Dateline raises on purpose."""


class SourceError(DatelineError):
    """An input could not be read, fetched or decoded."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ExtractionError(DatelineError):
    """An input was read but holds no article we can extract."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(DatelineError):
    """The store could not be opened, migrated or written."""


class NotFoundError(DatelineError):
    """A requested article, story or actor does not exist."""
