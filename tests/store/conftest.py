"""Store tests run on every selected backend: SQLite files and a throwaway PostgreSQL cluster.

``DATELINE_TEST_BACKENDS`` (comma-separated, default ``sqlite,postgresql``) selects the backends.
PostgreSQL runs are skipped, with the reason shown, when its server binaries or psycopg are missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from backends import BACKENDS, StoreFactory, postgres_unavailable, selected_backends

from pgcluster import PgCluster, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throwaway PostgreSQL cluster for the whole session, stopped and deleted at the end."""
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    cluster = start_cluster()
    assert cluster is not None
    try:
        yield cluster
    finally:
        cluster.stop()


def _backend_params() -> list[object]:
    params: list[object] = []
    for name in BACKENDS:
        skip = name not in selected_backends() and f"{name} not in DATELINE_TEST_BACKENDS"
        marks = [pytest.mark.skip(reason=skip)] if skip else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.fixture(params=_backend_params())
def backend(request: pytest.FixtureRequest) -> str:
    """The backend this test runs on."""
    name: str = request.param
    return name


@pytest.fixture
def new_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[], str]:
    """Makes fresh, empty store locations: SQLite files, or new schemas in the session's cluster."""
    if backend == "postgresql":
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        return cluster.create_schema

    counter = iter(range(1_000_000))
    return lambda: str(tmp_path / f"store{next(counter)}.db")


@pytest.fixture
def store_factory(backend: str, new_location: Callable[[], str]) -> Iterator[StoreFactory]:
    """A factory for the store under test on one fresh database; closes what it opened."""
    factory = StoreFactory(backend, new_location(), [])
    yield factory
    for store in factory.opened:
        store.close()
