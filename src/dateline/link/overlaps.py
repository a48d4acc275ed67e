"""Word overlap (Jaccard) among many word sets at once, as sparse products of word incidences.

A big story has thousands of event reports and entries; comparing them pair by pair in Python costs
minutes. Counting the words two sets share is a product of their incidence rows, done here a block of
rows at a time, so memory stays bounded however many sets there are. The values are exactly
``text.overlap``'s: the same integer counts, divided the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy and scipy load on first use: commands that only read a store start faster
    import numpy as np

BLOCK_CELLS = 2_000_000  # cells of one block of rows against all sets (16 MB in float64)


def overlap_blocks(word_sets: Sequence[frozenset[str]]) -> Iterator[tuple[int, np.ndarray]]:
    """(first row, Jaccard block) pairs covering the whole matrix of pairwise overlaps; a set against
    itself is 0. Words only one set holds add to no overlap and are left out of the products."""
    import numpy as np
    from scipy import sparse

    count = len(word_sets)
    frequency = Counter(word for words in word_sets for word in words)
    shared = {word: i for i, word in enumerate(w for w, n in frequency.items() if n > 1)}
    rows: list[int] = []
    columns: list[int] = []
    for i, words in enumerate(word_sets):
        for word in words:
            if (column := shared.get(word)) is not None:
                rows.append(i)
                columns.append(column)
    incidence = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, columns)), shape=(count, max(len(shared), 1))
    )
    transposed = incidence.T.tocsr()
    sizes = np.array([len(words) for words in word_sets], dtype=np.float64)
    block = max(1, min(512, BLOCK_CELLS // max(count, 1)))  # a block's arrays stay small however many sets
    for start in range(0, count, block):
        common = (incidence[start : start + block] @ transposed).toarray()
        union = sizes[start : start + block, None] + sizes[None, :] - common
        jaccard = np.divide(common, union, out=np.zeros_like(common), where=union > 0)
        jaccard[np.arange(common.shape[0]), np.arange(start, start + common.shape[0])] = 0.0  # not with itself
        yield start, jaccard


def mean_overlaps(word_sets: Sequence[frozenset[str]]) -> list[float]:
    """Each set's mean Jaccard overlap with every other set (0 for a lone set)."""
    count = len(word_sets)
    if count < 2:
        return [0.0] * count
    import numpy as np

    found = np.zeros(count)
    for start, jaccard in overlap_blocks(word_sets):
        found[start : start + jaccard.shape[0]] = jaccard.sum(axis=1) / (count - 1)
    return [float(value) for value in found]


def overlapping_pairs(word_sets: Sequence[frozenset[str]], at_least: float) -> list[set[int]]:
    """For each set, the other sets whose Jaccard overlap with it is at least ``at_least`` (> 0)."""
    found: list[set[int]] = [set() for _ in word_sets]
    if len(word_sets) < 2:
        return found
    for start, jaccard in overlap_blocks(word_sets):
        rows, columns = (jaccard >= at_least).nonzero()
        for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
            found[start + row].add(column)
    return found
