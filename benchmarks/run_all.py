"""Run the benchmark scripts, print their output and keep it in docs/benchmarks-latest.md (``make bench``).

Each ``benchmarks/bench_*.py`` is run as its own process (so peak-memory figures are not mixed) and
its standard output is printed and copied into the report under the command that reproduces it.
The report is a raw record of the last run (not kept in git); docs/benchmarks.md holds the figures
chosen by hand with their context, and a run never overwrites it.
"""

from __future__ import annotations

import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks-latest.md"


def main() -> int:
    """Run the benchmarks named on the command line (default: all) and write the report."""
    wanted = set(sys.argv[1:])
    scripts = sorted(p for p in (ROOT / "benchmarks").glob("bench_*.py") if not wanted or p.stem in wanted)
    sections = [
        "# Benchmarks\n",
        f"Written by `make bench` on {datetime.now(UTC):%Y-%m-%d} — {platform.processor() or platform.machine()}, "
        f"{_cores()} cores, Python {platform.python_version()}. Each figure is a ratio against a baseline run in "
        "the same script, so it travels between machines better than the absolute times beside it.\n",
    ]
    failed = 0
    for script in scripts:
        command = f".venv/bin/python -m benchmarks.{script.stem}"
        print(f"running {command}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{script.stem}"], cwd=ROOT, capture_output=True, text=True
        )
        took = time.perf_counter() - started
        body = done.stdout.strip() or "(no output)"
        if done.returncode != 0:
            failed += 1
            body += "\n\nFAILED:\n" + done.stderr.strip()[-2000:]
        print(body, flush=True)
        sections.append(f"## {script.stem}\n\n`{command}` ({took:.0f} s)\n\n```\n{body}\n```\n")
    REPORT.write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {REPORT.relative_to(ROOT)}", file=sys.stderr)
    return 1 if failed else 0


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


if __name__ == "__main__":
    raise SystemExit(main())
