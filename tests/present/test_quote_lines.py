"""An article's quotes in text: who, the reporting verb, and what (a denial must not read as an assertion)."""

from __future__ import annotations

from dateline.present.text import _quote_line
from dateline.records import Quote


def test_the_reporting_verb_is_shown_and_direct_quotes_are_marked() -> None:
    denied = Quote(0, 13, "it happened", "donald trump", "the Trump campaign", "denied", False, 0)
    assert _quote_line(denied) == "  - the Trump campaign (denied): it happened"
    direct = Quote(0, 30, "Of course it's not appropriate", "ted cruz", "Cruz", "said", True, 1)
    assert _quote_line(direct) == "  - Cruz (said): “Of course it's not appropriate”"
    unknown = Quote(0, 5, "maybe", None, None, None, False, 2)
    assert _quote_line(unknown) == "  - -: maybe"
