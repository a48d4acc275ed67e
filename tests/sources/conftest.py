"""Fixtures for the sources tests: fixture files, a real HTTP server, a fetcher with short timeouts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.sources import Fetcher
from httpserver import LocalHTTPServer

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"

# Short limits keep the failure tests fast; the defaults (10 s, 20 MB) are checked separately.
TEST_TIMEOUT_S = 0.5
TEST_DEADLINE_S = 3.0


@pytest.fixture
def data_dir() -> Path:
    """The small hand-made fixture files for this package."""
    return DATA


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    """A real HTTP server on 127.0.0.1; tests add routes to ``server.routes``."""
    with LocalHTTPServer() as running:
        yield running


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """A fetcher allowed to reach 127.0.0.1, with sub-second timeouts."""
    with Fetcher(timeout=TEST_TIMEOUT_S, deadline=TEST_DEADLINE_S, allow_private=True) as client:
        yield client
