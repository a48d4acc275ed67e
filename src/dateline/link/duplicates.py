"""Exact and near-duplicate detection: the same text twice, or a wire story reprinted by several outlets."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateline.records import ANALYSED_CHARS

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
# Two articles whose 5-word shingle sets overlap this much are the same story reprinted.
NEAR_DUPLICATE_JACCARD = 0.6

_WORD = re.compile(r"\w+", re.UNICODE)


def normalize_text(text: str) -> str:
    """Fold case, accents, punctuation and spacing so trivial differences do not defeat matching."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_WORD.findall(folded))


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """``normalize_text``, remembered: a story's sentences and copies are compared with many others."""
    return normalize_text(text)


def content_hash(text: str) -> str:
    """Hash of the normalized text: equal hashes mean the same content, whatever the formatting."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Fingerprint:
    """MinHash signature of an article plus its LSH band keys."""

    signature: bytes
    bands: tuple[str, ...]

    def similarity(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two articles' shingle sets."""
        mine, theirs = array("Q"), array("Q")  # 64-bit hash values, from bytes or any buffer
        mine.frombytes(self.signature)
        theirs.frombytes(other.signature)
        if not mine or len(mine) != len(theirs):
            return 0.0
        return sum(a == b for a, b in zip(mine, theirs, strict=True)) / len(mine)


def _shingles(text: str) -> Iterable[bytes]:
    words = normalize_text(text).split()
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words).encode("utf-8")]
    return (" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - 4))


FINGERPRINT_CHARS = 2 * ANALYSED_CHARS


def fingerprint(text: str) -> Fingerprint:
    """Compute the MinHash fingerprint of a text (deterministic across processes)."""
    import numpy as np
    from datasketch import MinHash  # loaded on first use: reading a store needs no fingerprints (0.4 s import)

    minhash = MinHash(num_perm=NUM_PERM, seed=7)
    # A huge text is known by its start: two texts alike over 200,000 characters are copies (a 19 MB file took
    # seconds and a gigabyte to shingle whole, a review).
    minhash.update_batch(list(_shingles(text[:FINGERPRINT_CHARS])))
    values = np.asarray(minhash.hashvalues, dtype=np.uint64)
    bands = tuple(
        f"{b}:{hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
        for b in range(BANDS)
    )
    return Fingerprint(values.tobytes(), bands)


def is_near_duplicate(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two fingerprints are close enough to call the articles one story reprinted."""
    return a.similarity(b) >= NEAR_DUPLICATE_JACCARD
