"""Entry centrality (mean word overlap with the other entries) as sparse products equals its definition."""

from __future__ import annotations

import random

import pytest

import dateline.link.timeline as timeline
from dateline.link.text import overlap


def _naive(word_sets: list[frozenset[str]]) -> list[float]:
    count = len(word_sets)
    return [sum(overlap(a, b) for j, b in enumerate(word_sets) if j != i) / (count - 1) if count > 1 else 0.0
            for i, a in enumerate(word_sets)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_block_size_gives_the_mean_jaccard_overlap(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(60)]
    word_sets = [frozenset(rng.sample(vocabulary, rng.randint(0, 12))) for _ in range(700)]  # > one 512-row block
    expected = _naive(word_sets)
    assert timeline._centralities(word_sets) == pytest.approx(expected, abs=1e-12)
    monkeypatch.setattr(timeline, "BLOCK_CELLS", 7 * len(word_sets))  # blocks of 7 rows, the last one shorter
    assert timeline._centralities(word_sets) == pytest.approx(expected, abs=1e-12)


def test_one_entry_or_none() -> None:
    assert timeline._centralities([]) == [] and timeline._centralities([frozenset({"a"})]) == [0.0]
