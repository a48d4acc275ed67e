"""Language identification of clean text."""

from __future__ import annotations

from dateline.extract import detect_language


def test_english_and_spanish() -> None:
    assert detect_language("The government announced new measures to curb inflation on Monday.") == "en"
    assert detect_language("El gobierno anunció el lunes nuevas medidas para frenar la inflación.") == "es"


def test_too_short_or_symbols_is_undetermined() -> None:
    assert detect_language("ok") == "und"
    assert detect_language("12345 !!! ---- 67890") == "und"
    assert detect_language("") == "und"
