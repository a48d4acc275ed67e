"""The publication date the ingest path gives a pasted article without one."""

from __future__ import annotations

from datetime import date

from dateline.pipeline import prepare_article
from dateline.records import RawInput


def _prepared(text: str) -> RawInput:
    return RawInput(origin="pasted", body=text, kind="text")


def test_an_undated_article_gets_an_inferred_date_with_its_evidence() -> None:
    body = "Talks resume in Istanbul\n\nDelegates met on March 3, 2021, and agreed to meet again."
    published = prepare_article(_prepared(body)).published
    assert published is not None and published.method == "inferred"
    assert published.earliest == date(2021, 3, 3)
    assert "March 3, 2021" in published.evidence


def test_an_inference_after_today_is_dropped() -> None:
    body = "A treaty in the far future\n\nThe treaty was signed on March 3, 2999, in Geneva, officials said."
    assert prepare_article(_prepared(body)).published is None
