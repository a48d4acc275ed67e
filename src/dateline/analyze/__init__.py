"""Analysis stage: Article -> Analysis (sentences, actors, mentions, quotes, events).

``Analyzer.load()`` once, then ``analyze_many`` (batched) or ``analyze``. ``canonical_key`` and
``resolve_against`` let the store keep one actor per real-world name across articles.
"""

from dateline.analyze.actors import resolve_against
from dateline.analyze.event_kinds import EVENT_KINDS, PLOVER_KINDS
from dateline.analyze.names import canonical_key
from dateline.analyze.pipeline import Analyzer

__all__ = ["EVENT_KINDS", "PLOVER_KINDS", "Analyzer", "canonical_key", "resolve_against"]
