"""Start-up cost of the commands that only read a store (``dateline stories``, ``timeline``, ``--version``).

Every command is its own process, so what it imports is paid on each call: a user test timed ``dateline
stories`` at 2.1 s, 1.5 s of it importing spaCy and datasketch, which only analysing new articles needs.
Each command runs ``--runs`` times as a subprocess against a small store built here; the baseline is a bare
``python -c pass`` in the same script, and the report gives each command's median beside the cost of
importing spaCy alone (what every command paid before).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main as cli

TEXT = ("Talks resume in Istanbul\n\nRussia and Ukraine resumed talks in Istanbul on July 23, officials said. "
        "The delegations agreed to exchange 1,200 prisoners, the Turkish foreign minister said on Wednesday.\n")


def _median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Time the read-only commands against a bare interpreter and an import of spaCy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median reported)")
    args = parser.parse_args(argv)
    dateline = str(Path(sys.executable).with_name("dateline"))
    with tempfile.TemporaryDirectory() as folder:
        page, db = Path(folder) / "talks.txt", str(Path(folder) / "bench.db")
        page.write_text(TEXT, encoding="utf-8")
        stored = CliRunner().invoke(cli, ["ingest", "--db", db, "--published", "2025-07-24", str(page)])
        if stored.exit_code != 0:
            raise SystemExit(f"could not build the benchmark's store: {stored.output}")
        baseline = _median_seconds([sys.executable, "-c", "pass"], args.runs)
        spacy = _median_seconds([sys.executable, "-c", "import spacy"], args.runs)
        print(f"bare interpreter {baseline:.3f} s; importing spaCy alone {spacy:.3f} s (median of {args.runs})")
        for name, command in (("--version", [dateline, "--version"]),
                              ("stories", [dateline, "stories", "--db", db]),
                              ("timeline 1", [dateline, "timeline", "--db", db, "1"])):
            seconds = _median_seconds(command, args.runs)
            print(f"dateline {name:<11} {seconds:.3f} s  = {seconds / baseline:5.1f}x the bare interpreter, "
                  f"{seconds / spacy:.2f}x an import of spaCy")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
