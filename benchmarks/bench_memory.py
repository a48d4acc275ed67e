"""Peak memory while ingesting 10,000 articles: it must stay bounded, not grow with the count.

Articles are distinct draws of real Timeline17 sentences (so none is a duplicate and each goes through
the whole pipeline). Peak resident memory is sampled as the count grows; the ratio of the peak at the
end to the peak after the first tenth shows whether memory grows with the number of articles.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import real_sentences, synthetic_inputs
from dateline.analyze import Analyzer
from dateline.pipeline import Ingestor
from dateline.store import open_store


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Ingest the articles and print peak memory at checkpoints."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    sentences = real_sentences()
    checkpoints = {args.articles * k // 10 for k in range(1, 11)}
    samples: list[tuple[int, float, float]] = []
    done = 0
    started = time.perf_counter()

    def progress(_origin: str) -> None:
        nonlocal done
        done += 1
        if done in checkpoints:
            samples.append((done, _peak_mib(), time.perf_counter() - started))

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "memory.db")
        baseline = _peak_mib()
        report = Ingestor(store, Analyzer.load).ingest_inputs(
            synthetic_inputs(args.articles, sentences), progress=progress
        )
        store.close()
    print(f"{args.articles} articles ingested: {len(report.ingested)} new, {len(report.duplicates)} duplicates, "
          f"{len(report.failed)} failed")
    print(f"peak memory before ingest (sentence pool loaded): {baseline:.0f} MiB")
    print(f"{'articles':>9} {'peak MiB':>9} {'seconds':>8}")
    for count, peak, took in samples:
        print(f"{count:>9} {peak:>9.0f} {took:>8.0f}")
    first, last = samples[0][1], samples[-1][1]
    print(f"peak after all / peak after first tenth: {last / first:.2f} (1.00 = bounded)")


if __name__ == "__main__":
    main()
