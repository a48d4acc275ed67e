"""Opt-in pytest plugin: run any test suite's stores on PostgreSQL instead of SQLite files.

    .venv/bin/python -m pytest -p pg_everywhere tests/link tests/web tests/test_cli.py

Every store a test opens by file path (``open_store(path)`` or ``SqliteStore(path)`` imported from
``dateline.store``) is opened instead on a fresh schema of a throwaway cluster (tests/pgcluster.py),
the same path always reaching the same schema, so tests written for SQLite check the PostgreSQL
store unchanged. It must be loaded with ``-p`` so it patches ``dateline.store`` before the code
under test imports from it; the cluster starts when the first store is opened. Tests that open
SQLite files with :mod:`sqlite3` directly (the fault tests) cannot be redirected: leave them out.
"""

from __future__ import annotations

import os
import warnings

import pytest

import dateline.store
from dateline.store import SqliteStore
from pgcluster import PgCluster, start_cluster

_original_open_store = dateline.store.open_store
_cluster: PgCluster | None = None
_tried = False
_schemas: dict[str, str] = {}


def _cluster_or_none() -> PgCluster | None:
    """The session's cluster, started on first use (None without PostgreSQL binaries)."""
    global _cluster, _tried
    if not _tried:
        _tried = True
        _cluster = start_cluster()
        if _cluster is None:
            warnings.warn("pg_everywhere: PostgreSQL binaries not found, stores stay on SQLite", stacklevel=2)
    return _cluster


def _routed_open_store(location: str | os.PathLike[str] | None = None) -> SqliteStore:
    """Open the PostgreSQL schema standing in for this SQLite path (URLs pass through)."""
    key = dateline.store.resolve_location(location)
    cluster = _cluster_or_none()
    if cluster is None or dateline.store.is_postgres_url(key) or key == ":memory:":
        return _original_open_store(location)
    if key not in _schemas:
        _schemas[key] = cluster.create_schema("e")
    return _original_open_store(_schemas[key])


class _RoutedSqliteStore:
    """Stands in for ``dateline.store.SqliteStore`` when called as a constructor."""

    def __new__(cls, path: str) -> SqliteStore:  # type: ignore[misc]
        return _routed_open_store(path)


# Patched on import, before any conftest or module under test does `from dateline.store import ...`.
dateline.store.open_store = _routed_open_store
dateline.store.SqliteStore = _RoutedSqliteStore  # type: ignore[misc]

import dateline.cli_common  # noqa: E402  (after the patch above, so it sees the routed store)

_original_missing_store = dateline.cli_common.missing_store


def _routed_missing_store(db: str | None) -> str | None:
    """A path whose stand-in schema exists is a store, though no file was written for it."""
    location = _original_missing_store(db)
    return None if location is None or location in _schemas else location


dateline.cli_common.missing_store = _routed_missing_store


def pytest_report_header(config: pytest.Config) -> str:
    """Say in pytest's header where the stores live."""
    return "pg_everywhere: stores opened by path go to a throwaway PostgreSQL cluster"


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop the cluster."""
    if _cluster is not None:
        _cluster.stop()
