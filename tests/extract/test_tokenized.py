"""Text from NLP corpora, tokenized the Penn Treebank way, is read back into plain text before extraction."""

from __future__ import annotations

from datetime import date

from dateline.extract import extract_article
from dateline.extract.tokenized import looks_tokenized, untokenize
from dateline.records import RawInput
from dateline.temporal import tag_times

# A Timeline17 (BBC, Haiti) paragraph as the corpus ships it.
TOKENIZED = (
    "The quake struck at 1653 -LRB- 2153 GMT -RRB- , the US Geological Survey said . \n"
    "`` Haitians are resilient , '' said the country 's envoy , who did n't give a figure . \n"
    "Photograph : Dario Lopez-Mills\\/AP Aid worth $ 11.2 billion was pledged [ in total ] ."
)


def test_tokens_are_read_back_as_text() -> None:
    assert looks_tokenized(TOKENIZED)
    assert untokenize(TOKENIZED).splitlines() == [
        "The quake struck at 1653 (2153 GMT), the US Geological Survey said. ",
        '"Haitians are resilient," said the country\'s envoy, who didn\'t give a figure. ',
        "Photograph: Dario Lopez-Mills/AP Aid worth $11.2 billion was pledged [in total].",
    ]


def test_a_short_tokenized_text_without_brackets_is_recognised() -> None:
    text = ("Haiti devastated by massive quake Thousands of people are feared dead after a powerful earthquake hit "
            "Haiti , devastating the country 's capital . \nThe presidential palace has collapsed . \n")
    assert looks_tokenized(text)
    assert untokenize(text).startswith("Haiti devastated") and "Haiti, devastating the country's capital." in (
        untokenize(text))


def test_single_quotes_and_plural_possessives_are_read_back() -> None:
    text = "The players ' union called it ` unacceptable ' , and THEY 'RE angry . \n"
    assert untokenize(text) == "The players' union called it 'unacceptable', and THEY'RE angry. \n"


def test_a_lost_apostrophe_is_written_back() -> None:
    # Timeline17 lost some possessives' apostrophes: a user test found "BP s" among a story's actors.
    assert untokenize("The earthquake s epicentre was west , BP s shares fell . \n") == (
        "The earthquake's epicentre was west, BP's shares fell. \n")


def test_ordinary_text_is_left_alone() -> None:
    text = "Officials said on Monday, after talks in Geneva, that the ``code`` block (shown) is fine. It 's odd."
    assert not looks_tokenized(text)
    commas = "Only a few , odd commas , here, there, and everywhere, in prose, as typed, by hand, quickly."
    assert not looks_tokenized(commas)
    assert not looks_tokenized("Write ``foo`` here, and leave x = '' empty.")  # a code sample


def test_a_tokenized_article_gives_no_bracket_words_or_false_years() -> None:
    article = extract_article(RawInput("haiti.txt", TOKENIZED, "text"))
    assert "-LRB-" not in article.text and "``" not in article.text
    values = [t.value for t in tag_times(article.text, date(2010, 1, 13))]
    assert "1653" not in values and all(not v.startswith("1653") for v in values)


def test_a_clock_time_split_at_its_colon_is_written_back() -> None:
    # An audit of ECB+ date lines: "7 : 40 PM" stayed "7: 40 PM", so the stamp's clock was lost.
    assert untokenize("Posted : Jul 07 , 2012 7 : 40 PM ET") == "Posted: Jul 07, 2012 7:40 PM ET"
    assert untokenize("26 September 2013 , 10 : 00 -LRB- GMT+05 : 00 -RRB-") == "26 September 2013, 10:00 (GMT+05:00)"
    assert untokenize("The score was 3 : 40 in the match") == "The score was 3: 40 in the match"  # no clock's words
    stamp = tag_times(untokenize("Posted : Jul 07 , 2012 7 : 40 PM ET"), date(2012, 7, 8))
    assert [(t.text, t.type, t.value) for t in stamp] == [("Jul 07, 2012 7:40 PM ET", "TIME", "2012-07-07T19:40")]
