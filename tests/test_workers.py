"""``--workers N``: extraction and analysis in N processes give the same store as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

pytestmark = pytest.mark.slow


def _ingest(db: Path, workers: int, examples_dir: Path) -> dict[str, list[dict[str, object]]]:
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--workers", str(workers), "--json",
                                       str(examples_dir), str(examples_dir / "missing.txt")])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def _timeline(db: Path) -> object:
    result = CliRunner().invoke(main, ["timeline", "1", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_two_workers_store_what_one_process_stores(tmp_path: Path, examples_dir: Path) -> None:
    one = _ingest(tmp_path / "one.db", 1, examples_dir)
    two = _ingest(tmp_path / "two.db", 2, examples_dir)
    assert [i["title"] for i in two["ingested"]] == [i["title"] for i in one["ingested"]]
    assert len(two["ingested"]) == 2 and len(two["failed"]) == 1
    assert _timeline(tmp_path / "two.db") == _timeline(tmp_path / "one.db")
