"""A source's sentence is shown in quotation marks, not doubled where it opens a quotation of its own (the demo's
timeline showed "““Our goal is to end this bloody war as soon as possible.")."""

from __future__ import annotations

from dateline.present.text import quoted


def test_a_sentence_is_quoted_once() -> None:
    assert quoted("Trump threatened tariffs.") == "“Trump threatened tariffs.”"
    assert quoted("“Our goal is to end this bloody war as soon as possible.") == (
        "“Our goal is to end this bloody war as soon as possible."
    )
    assert quoted('"We will be here today," she said.') == '"We will be here today," she said.'
    assert quoted("It will be very difficult,” Kremlin spokesperson Dmitry Peskov told reporters.") == (
        "“It will be very difficult,” Kremlin spokesperson Dmitry Peskov told reporters.”"
    )
