"""Which store backends the tests run on, and the factory that opens the store under test."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass

from dateline.store import SqliteStore, open_store
from pgcluster import find_bindir

BACKENDS = ("sqlite", "postgresql")


def selected_backends() -> set[str]:
    """Backends named by DATELINE_TEST_BACKENDS (both by default)."""
    raw = os.environ.get("DATELINE_TEST_BACKENDS", ",".join(BACKENDS))
    return {name.strip().lower() for name in raw.split(",") if name.strip()}


def postgres_unavailable() -> str | None:
    """Why the PostgreSQL backend cannot be tested here, or None when it can."""
    if "postgresql" not in selected_backends():
        return "postgresql not in DATELINE_TEST_BACKENDS"
    if importlib.util.find_spec("psycopg") is None:
        return "psycopg is not installed (pip install 'dateline[postgres]')"
    if find_bindir() is None:
        return "PostgreSQL server binaries not found (apt-get install postgresql, or make system-deps)"
    return None


@dataclass
class StoreFactory:
    """Opens the store under test: ``factory()`` opens (or reopens) the same database every call."""

    backend: str
    location: str
    opened: list[SqliteStore]

    def __call__(self) -> SqliteStore:
        store = open_store(self.location)
        self.opened.append(store)
        return store
