"""Extract stage: turn a ``RawInput`` (HTML page or pasted text) into a clean ``Article``."""

from dateline.extract.article import extract_article
from dateline.extract.language import detect_language

__all__ = ["detect_language", "extract_article"]
