"""Analysis stage: Article -> Analysis (sentences, actors, mentions, quotes, events).

``Analyzer.load()`` once, then ``analyze_many`` (batched) or ``analyze``. ``canonical_key`` and
``resolve_against`` let the store keep one actor per real-world name across articles.

The names are loaded on first use: reading a store (``dateline stories``, ``timeline``) needs the name rules,
not the language model, whose import alone takes most of a second.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from dateline.analyze.names import canonical_key, resolve_against

if TYPE_CHECKING:
    from dateline.analyze.event_kinds import EVENT_KINDS, PLOVER_KINDS
    from dateline.analyze.pipeline import Analyzer

__all__ = ["EVENT_KINDS", "PLOVER_KINDS", "Analyzer", "canonical_key", "resolve_against"]

_LAZY = {"Analyzer": "dateline.analyze.pipeline", "EVENT_KINDS": "dateline.analyze.event_kinds",
         "PLOVER_KINDS": "dateline.analyze.event_kinds"}


def __getattr__(name: str) -> Any:
    """Load ``Analyzer`` and the event-kind tables when first asked for."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
