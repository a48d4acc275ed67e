"""Property: whatever the input, extraction returns an article or raises ExtractionError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import ExtractionError
from dateline.extract import extract_article
from dateline.records import InputKind, RawInput

_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "<html>", "<!doctype html>", "<script>", "</script>", "<figcaption>", "\n", "\n\n",
    "By Jane Doe", "2 min read", "(Getty Images)", "Share", "© 2025 Example", "Published July 18, 2025",
    "The council approved the plan on Tuesday after a long debate.", "Ölpreis fällt", "\x00", "\ufffd",
    "\u200b", "🇺🇦", "Avatar", "News Editor", "X is a reporter at Example News.", "…", "“", "&amp;", "<<",
])
_BODIES = st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=60).map("".join))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_BODIES, kind=st.sampled_from(["text", "html"]))
def test_only_extraction_error_escapes(body: str, kind: InputKind) -> None:
    try:
        article = extract_article(RawInput(origin="fuzz", body=body, kind=kind))
    except ExtractionError as error:
        assert error.origin == "fuzz"
    else:
        assert any(char.isalpha() for char in article.text)
        assert article.raw == body
        assert article.title
