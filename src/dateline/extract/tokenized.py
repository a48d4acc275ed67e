"""Text tokenized the Penn Treebank way, as NLP corpora ship news: read back into plain text.

Corpora such as Timeline17 keep articles as tokens: "-LRB- 2153 GMT -RRB-", "`` We are resilient ''", "it 's",
"Lopez-Mills\\/AP". Read as they are, the bracket words become names ("-RRB- US"), a clock time before a bracket
becomes a year ("1653 -LRB- 2153 GMT -RRB-" was the year 1653) and quotations are not found. The marks never
occur in ordinary text, so a text that holds them is read back before extraction.
"""

from __future__ import annotations

import re

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET = re.compile(r"-(?:LRB|RRB|LSB|RSB|LCB|RCB)-")
_OPEN_QUOTE = re.compile(r"``[ \t]*")
_CLOSE_QUOTE = re.compile(r"[ \t]*''")
_ESCAPED = re.compile(r"\\([/*])")
_BEFORE_CLOSING = re.compile(r"[ \t]+([,.;:!?%)\]}])")
_AFTER_OPENING = re.compile(r"([(\[{$])[ \t]+")
_SPACED_MARK = re.compile(r"\w (?:,|'s|n't)(?= )|\w \.[ \t]*$", re.MULTILINE)
_JOINED_MARK = re.compile(r"\w(?:,|'s|n't)(?= )|\w\.[ \t]*$", re.MULTILINE)
_MIN_SPACED_MARKS = 2
_SPACED_SHARE = 0.7
_CLITIC = re.compile(r"[ \t]+('s|'re|'ve|'ll|'d|'m|n't)\b", re.IGNORECASE)
# Some corpora lost the apostrophe of a possessive: "The earthquake s epicentre", "BP s shares".
_LOST_APOSTROPHE = re.compile(r"(?<=\w)[ \t]+s(?=[ \t])")
# A bullet the corpus lost to the word "cents" ("cents This article was amended on 19 May 2010", "political storm
# cents BP could face criminal charges": 86 Timeline17 pages, most of the Guardian's): a line break, so that each
# item is a line of its own for the line rules. Not after a figure, even at the end of the line before ("rose 5
# cents Friday"), nor after an amount in words (see _AMOUNT_WORDS).
_LOST_BULLET = re.compile(
    r"(?:^(?<![\d\w]\n)|(?<=[^\d\s$])[ \t]+)cents[ \t]+(?=[A-Z])", re.MULTILINE
)
# Money after a word is still money: "rose ten cents Friday", "a few cents Thursday", "2 Canadian cents Monday".
_AMOUNT_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "few", "several", "many",
    "some", "no", "us", "u.s.", "canadian", "australian", "euro", "hong", "kong", "singapore", "zealand", "taiwan",
})
_OPENING_MARK = re.compile(r"(?:^|[ \t])``[ \t]")
_CLOSING_MARK = re.compile(r"[ \t]''(?:[ \t]|$)", re.MULTILINE)
# Single quotes: "` unacceptable '" and a plural's possessive "players ' union".
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[ \t]))`[ \t]*", re.MULTILINE)
_CLOSE_SINGLE = re.compile(r"(?<=\w)[ \t]+'(?=[ \t,.;:!?]|$)", re.MULTILINE)


def looks_tokenized(text: str) -> bool:
    """Whether the text carries Penn Treebank marks: a bracket word, its quote marks set apart (twice each: two
    "``" in a code sample are no quotations), or commas, possessives and sentence-final periods set apart as words
    (" , ", " 's ", "capital ."; at least 2, and most of the text's)."""
    if _BRACKET.search(text) or (len(_OPENING_MARK.findall(text)) >= 2 and len(_CLOSING_MARK.findall(text)) >= 2):
        return True
    spaced = len(_SPACED_MARK.findall(text))
    joined = len(_JOINED_MARK.findall(text))
    return spaced >= _MIN_SPACED_MARKS and spaced >= _SPACED_SHARE * (spaced + joined)


def _bullet_or_money(match: re.Match[str]) -> str:
    """A line break for a lost bullet; the words as they were after an amount ("ten cents Friday")."""
    before = match.string[: match.start()].split()
    return match.group() if before and before[-1].casefold() in _AMOUNT_WORDS else "\n"


# A clock time split at its colon ("7 : 40 PM" is "7: 40 PM" once the colon joins its word): "7:40 PM", "GMT+05:00".
_SPLIT_CLOCK = re.compile(
    r"(?<![\d:])(\d{1,2}):[ \t]+(\d\d)"
    r"(?=[ \t]*(?:[AaPp]\.?[Mm]\b|[()]|GMT|UTC|BST|[ECMP][SD]?T\b|IST\b|CES?T\b|local\b|$))",
    re.MULTILINE,
)


def untokenize(text: str) -> str:
    """The text with brackets, quote marks and escapes written normally and punctuation joined to its word
    ("-LRB- AP -RRB-" -> "(AP)", "`` Yes , '' he said" -> '"Yes," he said', "it 's" -> "it's"). Line breaks are
    kept, so paragraphs stay paragraphs."""
    text = _BRACKET.sub(lambda m: _BRACKETS[m.group()], text)
    text = _LOST_BULLET.sub(_bullet_or_money, text)
    text = _ESCAPED.sub(r"\1", text)
    text = _OPEN_QUOTE.sub('"', text)
    text = _CLOSE_QUOTE.sub('"', text)
    text = _CLITIC.sub(r"\1", text)
    text = _LOST_APOSTROPHE.sub("'s", text)
    text = _OPEN_SINGLE.sub("'", text)
    text = _CLOSE_SINGLE.sub("'", text)
    text = _BEFORE_CLOSING.sub(r"\1", text)
    text = _SPLIT_CLOCK.sub(r"\1:\2", text)
    return _AFTER_OPENING.sub(r"\1", text)
