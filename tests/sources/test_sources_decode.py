"""Decoding bytes to text: BOMs, declared charsets, UTF-8, legacy encodings, binary and empty input."""

from __future__ import annotations

import codecs

import pytest

from dateline.errors import SourceError
from dateline.sources.decode import charset_from_content_type, decode_text
from dateline.sources.sniff import sniff_kind

CAFE = "Café owners said the “new rules” would hurt — naïve, ½ price.\n"


def test_utf8_text_decodes() -> None:
    assert decode_text(CAFE.encode("utf-8"), "a.txt") == CAFE


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_mark_decides_encoding(codec: str) -> None:
    assert decode_text(CAFE.encode(codec), "a.txt") == CAFE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(codec: str) -> None:
    """A probe's UTF-16 file without a BOM had been refused as binary."""
    assert decode_text((CAFE * 3).encode(codec), "a.txt") == CAFE * 3


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 8, b"\x00\x01" * 200, b"A\x00" * 100 + b"\x00B" * 100, b"A\x00B\x00C\x00\x00\x00\x00"],
)
def test_zero_bytes_that_are_no_utf16_stay_binary(data: bytes) -> None:
    with pytest.raises(SourceError, match="binary"):
        decode_text(data, "blob.bin")


def test_http_charset_header_wins_over_guessing() -> None:
    data = "Grüße aus Köln".encode("iso-8859-15")
    assert decode_text(data, "u", header_charset="iso-8859-15") == "Grüße aus Köln"


def test_meta_charset_is_read() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Привет мир</body></html>'
    assert "Привет мир" in decode_text(page.encode("cp1251"), "p.html")


def test_xml_declaration_encoding_is_read() -> None:
    doc = '<?xml version="1.0" encoding="ISO-8859-7"?><p>Καλημέρα</p>'
    assert "Καλημέρα" in decode_text(doc.encode("iso-8859-7"), "d.xml")


def test_latin1_label_is_read_as_windows_1252() -> None:
    data = "“quoted” text".encode("cp1252")
    assert decode_text(data, "u", header_charset="ISO-8859-1") == "“quoted” text"


def test_valid_utf8_beats_a_default_latin1_label() -> None:
    data = "Zürich – “talks”".encode()
    assert decode_text(data, "u", header_charset="ISO-8859-1") == "Zürich – “talks”"


def test_undeclared_cp1252_is_detected() -> None:
    data = CAFE.encode("cp1252")
    assert codecs.decode(data, "utf-8", "replace") != CAFE  # really not UTF-8
    assert decode_text(data, "a.txt") == CAFE


def test_bogus_declared_charset_falls_back() -> None:
    page = '<meta charset="no-such-charset"><p>plain words</p>'
    assert "plain words" in decode_text(page.encode(), "p.html")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"abc\x00def\x00" * 50, bytes(range(1, 32)) * 40],
    ids=["png", "nul-bytes", "control-characters"],
)
def test_binary_content_is_refused(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"not valid text \(binary\?\)") as raised:
        decode_text(data, "blob.bin")
    assert raised.value.origin == "blob.bin"


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", codecs.BOM_UTF8])
def test_empty_content_is_refused(data: bytes) -> None:
    with pytest.raises(SourceError, match=r"^e\.txt: empty$"):
        decode_text(data, "e.txt")


def test_charset_from_content_type() -> None:
    assert charset_from_content_type('text/html; charset="Shift_JIS"') == "Shift_JIS"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


@pytest.mark.parametrize(
    ("data", "content_type", "kind"),
    [
        (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>', None, "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', None, "feed"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', None, "feed"),
        (b'<?xml version="1.0"?><opml version="2.0"><body/></opml>', None, "opml"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "application/rss+xml", "html"),
        (b"<rss", "application/rss+xml", "feed"),
        (b"not xml at all", "application/atom+xml", "feed"),
        (b"<div><p>Some page without a doctype</p></div>", None, "html"),
        (b"The minister said 3 < 4 in a speech.", None, "text"),
        ('<?xml version="1.0"?><rss/>'.encode("utf-16"), None, "feed"),
    ],
)
def test_sniff_kind(data: bytes, content_type: str | None, kind: str) -> None:
    assert sniff_kind(data, content_type) == kind


def test_a_stray_windows_1252_byte_in_utf8_text_garbles_nothing_else() -> None:
    """One \\x93 pasted into UTF-8 text made detection pick a Mac encoding: every curly quote became '‚Äú'."""
    text = "“Talks resumed,” the minister said — in Istanbul, on the Bosphorus. " * 5
    stray = text.encode("utf-8").replace(b" the minister", b" \x93the minister", 1)
    decoded = decode_text(stray, "stray.txt")
    assert decoded.count("“") == 6 and "‚Äú" not in decoded and "— in Istanbul" in decoded
    # A windows-1252 text (every non-ASCII byte stray) is still detected as such.
    legacy = "The minister said “the talks will resume” on Monday — and the café reopened. " * 5
    assert decode_text(legacy.encode("cp1252"), "legacy.txt") == legacy


def test_a_legacy_cjk_text_is_not_read_as_utf8_with_stray_bytes() -> None:
    """A review: undeclared EUC-JP text decoded as 'À¯ÉܤÏÍèǯ' once a looser stray-byte rule ran first."""
    text = "政府は来年度予算案を閣議決定した。防衛費は過去最大となった。" * 3
    assert decode_text(text.encode("euc-jp"), "jp.txt") == text
