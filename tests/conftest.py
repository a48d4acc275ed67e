"""Fixtures shared across the test packages: the shared example pages and one loaded analyzer."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLES = SHARED / "examples" / "istanbul-talks"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The reference case: two real pages about the 2025 Istanbul talks, pasted as text."""
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} not found: the shared examples sit beside the checkout")
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared evaluation data sets."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"{data} not found")
    return data
