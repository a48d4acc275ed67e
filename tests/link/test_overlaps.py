"""Word overlaps as sparse products (entry centrality, same-happening candidates) equal their definition."""

from __future__ import annotations

import random

import pytest

import dateline.link.overlaps as overlaps
from dateline.link.text import overlap


def _word_sets(seed: int) -> list[frozenset[str]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(60)]
    return [frozenset(rng.sample(vocabulary, rng.randint(0, 12))) for _ in range(700)]  # > one 512-row block


def _naive_means(word_sets: list[frozenset[str]]) -> list[float]:
    count = len(word_sets)
    return [sum(overlap(a, b) for j, b in enumerate(word_sets) if j != i) / (count - 1) if count > 1 else 0.0
            for i, a in enumerate(word_sets)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_block_size_gives_the_mean_jaccard_overlap(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    word_sets = _word_sets(seed)
    expected = _naive_means(word_sets)
    assert overlaps.mean_overlaps(word_sets) == pytest.approx(expected, abs=1e-12)
    monkeypatch.setattr(overlaps, "BLOCK_CELLS", 7 * len(word_sets))  # blocks of 7 rows, the last one shorter
    assert overlaps.mean_overlaps(word_sets) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("seed", [4, 5])
def test_overlapping_pairs_are_exactly_those_at_the_threshold_or_above(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    word_sets = _word_sets(seed)
    expected = [{j for j, b in enumerate(word_sets) if j != i and overlap(a, b) >= 0.12}
                for i, a in enumerate(word_sets)]
    assert any(expected) and not all(expected[i] == set(range(len(word_sets))) - {i} for i in range(10))
    assert overlaps.overlapping_pairs(word_sets, 0.12) == expected
    monkeypatch.setattr(overlaps, "BLOCK_CELLS", 5 * len(word_sets))
    assert overlaps.overlapping_pairs(word_sets, 0.12) == expected


def test_one_set_or_none() -> None:
    assert overlaps.mean_overlaps([]) == [] and overlaps.mean_overlaps([frozenset({"a"})]) == [0.0]
    assert overlaps.overlapping_pairs([frozenset({"a"})], 0.1) == [set()]
