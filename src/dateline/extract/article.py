"""The extract stage: one ``RawInput`` in, one clean ``Article`` out."""

from __future__ import annotations

import re
import unicodedata

from dateline.errors import ExtractionError
from dateline.extract.html import extract_html
from dateline.extract.language import detect_language
from dateline.extract.metadata import PageContent, merge_given, tidy_byline
from dateline.extract.pasted import extract_pasted
from dateline.extract.tokenized import looks_tokenized, untokenize
from dateline.extract.wire_datelines import without_wire_dateline
from dateline.records import Article, RawInput, count_words

# Share of control or replacement characters above which a body is binary data, not text.
_MAX_GARBAGE_SHARE = 0.05
_GARBAGE_SAMPLE_CHARS = 20_000
# Invisible characters pasted text carries that would split words or confuse matching.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Control characters plus C1 controls and replacement characters: what binary data decodes to.
_BINARY_MARK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_TITLE_CHARS = 120


def extract_article(raw: RawInput) -> Article:
    """Extract the clean article from ``raw``: text, title, outlet, author, date and language.

    Metadata given on ``raw`` overrides what the page says. Raises ``ExtractionError`` naming
    ``raw.origin`` when the input holds no article text (empty, only page furniture, binary
    data); no other exception escapes for bad input.
    """
    body = _readable_body(raw)
    try:
        if raw.kind == "html" or _looks_like_html(body):
            page = extract_html(body, raw.url)
        else:
            byline = tidy_byline(raw.given_author) if raw.given_author else None
            page = extract_pasted(body, raw.given_title, raw.url, byline)
    except Exception as error:
        # Parsers of untrusted pages (lxml, trafilatura, htmldate) fail in many undocumented ways;
        # this is the stage boundary, so any such failure becomes an error naming the input.
        raise ExtractionError(raw.origin, f"could not parse the page ({type(error).__name__})") from error
    if not any(char.isalpha() for char in page.text):
        raise ExtractionError(raw.origin, _empty_reason(raw, page))
    # What the reader sees of the page: its title, and the lines extraction dropped (an "Access Denied" heading);
    # never an HTML page's markup or scripts (a player's "enable JavaScript" is on many real article pages).
    dropped = "\n".join(block.text for block in page.removed)
    stub = stub_page_reason(page.text, f"{page.title}\n{dropped}"[:_STUB_CONTEXT_CHARS])
    if stub is not None:
        raise ExtractionError(raw.origin, stub)
    given = merge_given(raw, page)
    return Article(
        origin=raw.origin,
        title=given.title or title_from_text(page.text),
        text=page.text,
        raw=raw.body,
        raw_kind=raw.kind,
        url=given.url,
        outlet=given.outlet,
        author=given.author,
        published=given.published,
        language=detect_language(page.text),
        caption=page.caption,
        removed=page.removed,
    )


# What a server shows instead of the article: an error, a bot check, a login or paywall, a script-only shell. Only
# on a short page: an article may quote any of these words.
_STUB_WORDS = 80
_STUB = re.compile(
    r"\b(?:access denied|403 forbidden|404 not found|page not found|not found on this server|internal server error"
    r"|service unavailable|checking your browser|verify you are (?:a )?human|are you a robot|captcha"
    r"|enable javascript|javascript is (?:disabled|required)|enable js|please enable cookies"
    r"|subscribe (?:now )?to (?:continue|read)|sign in to (?:continue|read)|log in to (?:continue|read)"
    r"|this content is (?:only )?available to subscribers)\b",
    re.IGNORECASE,
)
MIN_ARTICLE_WORDS = 8
MIN_ARTICLE_CHARS = 60
_STUB_CONTEXT_CHARS = 3000


def stub_page_reason(text: str, page: str = "") -> str | None:
    """Why ``text`` is no article (an error or access page, or a few words), or None; ``page``: what else the reader
    sees of it, the title and the lines extraction dropped (where an "Access Denied" heading goes). A review
    stored "Access Denied", a bot check and a 2-word "Enable JS" as articles, each starting a story."""
    words = count_words(text)
    # Scripts without spaces between words (Thai, Burmese) count few "words" for a real sentence: characters too.
    if words < MIN_ARTICLE_WORDS and len(text.strip()) < MIN_ARTICLE_CHARS:
        return f"too short to be an article ({words} word{'s' if words != 1 else ''})"
    if words <= _STUB_WORDS and (found := _STUB.search(f"{page}\n{text}")) is not None:
        return f"an error or access page, not an article ({found.group().lower()!r})"
    return None


def _readable_body(raw: RawInput) -> str:
    """Return the body without invisible and control characters, refusing binary data."""
    body = raw.body
    if not body.strip():
        raise ExtractionError(raw.origin, "the input is empty")
    sample = body[:_GARBAGE_SAMPLE_CHARS]
    garbage = len(_BINARY_MARK.findall(sample))
    if garbage / len(sample) > _MAX_GARBAGE_SHARE:
        raise ExtractionError(raw.origin, "the input looks like binary data, not text")
    cleaned = _CONTROL.sub("", _INVISIBLE.sub("", body))
    if looks_tokenized(cleaned):
        cleaned = untokenize(cleaned)  # a corpus's tokens ("-LRB- AP -RRB-") read back as text
    return unicodedata.normalize("NFC", cleaned)


def _looks_like_html(body: str) -> bool:
    """Whether text input is really an HTML document (page source saved or piped as text)."""
    opening = body.lstrip()[:200].lower()
    return opening.startswith(("<!doctype html", "<html"))


def _empty_reason(raw: RawInput, page: PageContent) -> str:
    """Say why nothing was kept, so the user can tell an empty page from a furniture-only one."""
    if raw.kind == "html":
        return "no article text found in the HTML page"
    if page.removed:
        return f"no article text found: all {len(page.removed)} lines were page furniture"
    return "no article text found"


# A sentence end: ., ! or ? (and a closing quote) before a space and a capital, unless the period ends an
# abbreviation or initials ("Dr. Ben Carson", "Wall St. Center Stage", "G.O.P. base", "U.S. voters").
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\w+)[.!?]$")
_ABBREVIATIONS = frozenset({
    "dr", "mr", "ms", "mrs", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "jr", "sr", "no", "mt", "ft",
    "vs", "inc", "co", "corp", "ltd", "prof", "rev", "capt", "cmdr", "adm",
})


def _opening_sentence(text: str) -> str:
    """The text up to its first sentence end that closes no abbreviation or initial."""
    for end in _SENTENCE_END.finditer(text):
        word = _WORD_BEFORE.search(text, 0, end.start() + 1)
        if word is None or (word.group(1).lower() not in _ABBREVIATIONS and len(word.group(1)) > 1):
            return text[: end.start() + len(end.group().rstrip())]  # with a closing quote mark, if any
    return text


def title_from_text(text: str) -> str:
    """Fall back, when the page names no headline, on its first line if short (a pasted page's headline may end
    in a period: "Trump fires up G.O.P. base, by pricking party's orthodoxy."), else its opening sentence,
    shortened; a wire dateline opening it is left out ("MEXICO CITY | Mon May 4, 2009 3:56 pm EDT MEXICO CITY
    (Reuters) - ", a user test found 130 of 399 titles so)."""
    stripped = without_wire_dateline(text.strip())
    first_line = stripped.split("\n", 1)[0].strip()
    if "\n" in stripped and len(first_line) <= _MAX_TITLE_CHARS and len(first_line.split()) >= 3:
        return first_line
    first = _opening_sentence(stripped).strip()
    if len(first) <= _MAX_TITLE_CHARS:
        return first
    return first[:_MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
