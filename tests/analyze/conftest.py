"""Fixtures for the analysis stage: one Analyzer per test session (the spaCy model loads once)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dateline.analyze import Analyzer
from dateline.records import Article, PublicationDate

ArticleMaker = Callable[..., Article]


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The English analyzer, loaded once."""
    return Analyzer.load()


def _make_article(
    text: str, published: date | None = None, origin: str = "test.txt", language: str = "en"
) -> Article:
    """An Article around plain text, as the extract stage would give it."""
    when = PublicationDate(published, published, "given") if published is not None else None
    return Article(
        origin=origin, title="", text=text, raw=text, raw_kind="text", published=when, language=language
    )


@pytest.fixture(scope="session")
def make_article() -> ArticleMaker:
    """Build an Article from text: ``make_article(text, published=None, origin=..., language="en")``."""
    return _make_article
