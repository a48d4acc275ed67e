"""Turn bytes into text: BOM, declared charset, UTF-8, then charset detection.

Why this order: a BOM is unambiguous; a declared charset (HTTP header, ``<meta charset>``,
XML declaration) is what the publisher meant; most of today's text is UTF-8; only then do we
guess, because guessing on short texts is unreliable.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from dateline.errors import SourceError

NOT_TEXT = "not valid text (binary?)"

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of common binary formats that a lenient decoder might otherwise accept.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
    b"SQLite format 3",
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Browsers read these labels as windows-1252 (WHATWG Encoding standard); so do we.
_WINDOWS_1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"})

# Control characters other than tab, newline, form feed and carriage return mark binary data.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
_DETECTION_SLACK = 0.05


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the ``charset`` parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """Return the charset a document declares in its first bytes (meta tag or XML declaration)."""
    head = data[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii", "replace")
    return None


def decode_text(data: bytes, origin: str, header_charset: str | None = None) -> str:
    """Decode ``data`` to text, or raise ``SourceError`` naming ``origin``.

    Raises with reason "empty" for empty or whitespace-only content and "not valid text (binary?)"
    for content that is not text in any encoding we can recognise.
    """
    text = _decode(data, origin, header_charset)
    if _looks_binary(text):
        raise SourceError(origin, NOT_TEXT)
    if not text.strip():
        raise SourceError(origin, "empty")
    return text


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """Split a leading byte-order mark off ``data``; return the rest and the encoding it names."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def _decode(data: bytes, origin: str, header_charset: str | None) -> str:
    body, bom_encoding = strip_bom(data)
    if bom_encoding is not None:
        try:
            return body.decode(bom_encoding)
        except UnicodeDecodeError as error:
            raise SourceError(origin, NOT_TEXT) from error
    if not body.strip():
        raise SourceError(origin, "empty")
    if header_charset and header_charset.lower().startswith(("utf-16", "utf-32")):
        wide = _try_decode(body, header_charset)
        if wide is not None:
            return wide
    wide_label = _bomless_utf16(body)
    if wide_label is not None and not body.startswith(_BINARY_MAGIC):
        wide = _try_decode(body, wide_label)
        if wide is not None:
            return wide
    if body.startswith(_BINARY_MAGIC) or b"\x00" in body[:65536]:
        raise SourceError(origin, NOT_TEXT)
    labels = [header_charset, declared_charset(body), "utf-8"]
    if (labels[0] or labels[1] or "").strip().lower() in _WINDOWS_1252_ALIASES and not body.isascii():
        # Servers label pages ISO-8859-1 by default; non-ASCII bytes that are valid UTF-8 are
        # almost never meant as Latin-1, so UTF-8 goes first.
        labels.insert(0, "utf-8")
    for label in labels:
        decoded = _try_decode(body, label)
        if decoded is not None:
            return decoded
    return _mostly_utf8(body) or _detect(body, origin)


def _bomless_utf16(body: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text saved without a byte-order mark, told by its zero bytes: in
    text of Latin letters every other byte is zero, always on the same side (binary data has them anywhere)."""
    sample = body[:4096]
    pairs = len(sample) // 2
    if pairs < 8 or len(body) % 2:
        return None
    low_zero = sum(1 for index in range(1, 2 * pairs, 2) if sample[index] == 0)
    high_zero = sum(1 for index in range(0, 2 * pairs, 2) if sample[index] == 0)
    if low_zero >= 0.6 * pairs and high_zero == 0:
        return "utf-16-le"
    if high_zero >= 0.6 * pairs and low_zero == 0:
        return "utf-16-be"
    return None


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 could not as windows-1252 (undefined ones as Latin-1)."""
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in stray), error.end


codecs.register_error("dateline-stray-cp1252", _stray_as_cp1252)


def _mostly_utf8(body: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a windows-1252 quote pasted in): the stray bytes read as windows-1252,
    the rest as UTF-8. Detection guessed a Mac encoding for such a file and garbled every curly quote (a review).
    None when most non-ASCII bytes are no UTF-8 (a windows-1252 or Latin-1 text), which detection reads."""
    non_ascii = sum(1 for byte in body if byte >= 0x80)
    stray = body.decode("utf-8", errors="replace").count("\ufffd")
    # Nearly every non-ASCII byte must be UTF-8: a legacy CJK text (EUC-JP, GBK) has bytes that happen to form
    # UTF-8 here and there, and was garbled by a looser share (a review).
    if not non_ascii or stray > max(2, non_ascii // 100):
        return None
    return body.decode("utf-8", errors="dateline-stray-cp1252")


def _try_decode(data: bytes, label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    candidates = ["cp1252", label] if label in _WINDOWS_1252_ALIASES else [label]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def _detect(data: bytes, origin: str) -> str:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise SourceError(origin, NOT_TEXT)
    # Detection cannot tell Western from Central European on short texts; windows-1252 is by far
    # the more common legacy encoding of news pages, so it wins a near tie.
    for match in matches:
        if match.chaos <= best.chaos + _DETECTION_SLACK and "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                break
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    return len(_CONTROL_CHARS.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO
