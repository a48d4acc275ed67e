"""Bad input never raises: it gives an Analysis with a note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dateline.analyze import Analyzer
from dateline.records import Article

ArticleMaker = Callable[..., Article]


def test_non_english_is_not_analyzed(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    article = make_article("Der Kreml hat die Gespräche in Istanbul abgelehnt.", language="de")
    analysis = analyzer.analyze(article)
    assert not analysis.sentences and not analysis.actors and not analysis.events
    assert any("not English" in note for note in analysis.notes)


def test_empty_text(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    analysis = analyzer.analyze(make_article("   \n\n  "))
    assert analysis.events == () and analysis.notes


def test_giant_sentence_is_split(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    words = " ".join(["Ukraine and Russia talk"] * 12_500)  # 50,000 words, no full stop
    analysis = analyzer.analyze(make_article(words))
    assert len(analysis.sentences) > 20
    assert analysis.notes  # cut and/or split, and the analysis says so
    assert max(len(s.text.split()) for s in analysis.sentences) <= 130


def test_table_of_numbers_and_all_caps(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    table = "\n".join(" ".join(str(n * k) for k in range(8)) for n in range(60))
    analysis = analyzer.analyze(make_article(table))
    assert any("numbers" in note for note in analysis.notes)
    shouting = "PUTIN AND ERDOGAN SPOKE BY PHONE ON JULY 18 ABOUT NEW TALKS IN ISTANBUL. " * 3
    analysis = analyzer.analyze(make_article(shouting, date(2025, 7, 20)))
    assert any("capital letters" in note for note in analysis.notes)


def test_analyze_many_keeps_order_across_batches(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    texts = [
        "Turkey hosted talks between Ukraine and Russia in Istanbul on June 2.",
        "Der Text ist deutsch.",
        "",
        "Russia rejected the offer.",
        "Ukraine proposed a 30-day ceasefire.",
    ]
    articles = [
        make_article(t, date(2025, 7, 20), f"doc{i}", "de" if "deutsch" in t else "en") for i, t in enumerate(texts)
    ]
    analyses = list(analyzer.analyze_many(articles, batch_size=2))
    assert len(analyses) == len(articles)
    assert analyses[0].events[0].kind == "CONSULT" and analyses[0].events[0].date == "2025-06-02"
    assert analyses[1].notes and not analyses[1].events
    assert analyses[3].events[0].kind == "REJECT"
    assert analyses[4].events[0].modality == "proposed"


def test_odd_characters_never_raise(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    odd = [
        "!!! ??? ... ---",
        "x" * 5_000,
        "\u202eRTL override\u202c and emoji 🇺🇦🇷🇺 said he. “” ‘’ ()",
        "He said. She said. It said. They said.",
        "\x00\x01\x02 control characters in Kyiv\x7f.",
        "The the the the the the the the.",
        "2025-07-18 2025-07-19 | 3 | 4 |\n| 5 | 6 |",
    ]
    analyses = list(analyzer.analyze_many([make_article(t, date(2025, 7, 20)) for t in odd]))
    assert len(analyses) == len(odd)
    for text, analysis in zip(odd, analyses, strict=True):
        for mention in analysis.mentions:
            assert text[mention.start : mention.end] == mention.text
