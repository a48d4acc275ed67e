"""Extract an article from an HTML page with trafilatura, offline.

The options were tuned on the Zyte article-extraction benchmark (see docs/extraction.md):
``favor_precision`` drops more boilerplate than it loses text there.
"""

from __future__ import annotations

import re
from datetime import date
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

from dateline.extract.bylines import BYLINE_LEAD
from dateline.extract.continued_body import continued_paragraphs
from dateline.extract.furniture import ROLE_NOUN, classify_line, is_related_header, normalize_line
from dateline.extract.language import detect_language
from dateline.extract.metadata import MONTH_NAMES, WEEKDAY_NAMES, PageContent
from dateline.extract.numeric_dates import (
    INFERRED_CONFIDENCE,
    TIMESTAMP_CONFIDENCE,
    page_timestamp,
    settle_day_month,
)
from dateline.extract.teasers import TEASER
from dateline.given_names import first_names
from dateline.records import RemovedBlock
from dateline.sources.outlet_names import letters_of

_MAX_CAPTION_CHARS = 500
_LIST_ITEM = ("- ", "* ", "• ")  # how trafilatura writes the items of a list


def extract_html(html: str, url: str | None = None) -> PageContent:
    """Return the main text and metadata trafilatura finds in ``html``.

    Never fetches anything: the page is parsed from the string, and ``url`` only helps
    resolve the canonical address and dates written in it. An empty ``text`` means
    trafilatura found no article.
    """
    html = _flatten_inline_tags(html)
    # Read the caption first: extraction prunes figures from the tree it works on.
    caption = _first_caption(html)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=_date_params(url),
    )
    if document is None:
        return PageContent(title="", text="")
    fields = _fields(document)
    published, evidence, confidence = _page_date(html, url, _parse_iso_date(fields.get("date")), fields.get("text"))
    title = _clean(fields.get("title")) or ""
    site = _site_name(_clean(fields.get("sitename")), title, html, url or _clean(fields.get("url")))
    title = headline_without_site(title, site)
    text = _paragraphs(fields.get("text") or "")
    if len(text.split()) < SHORT_TEXT_WORDS and (fuller := _fuller_text(html, url, text)):
        text = fuller
    if text and (continued := continued_paragraphs(html, text)):
        text = "\n\n".join([text, *continued])  # a body split around an advertisement (see continued_body)
    text, headline = _drop_repeated_headline(text, title)
    text, furniture = _drop_furniture(text)
    removed = headline + furniture
    return PageContent(
        title=title,
        text=text,
        caption=caption,
        removed=removed,
        url=_clean(fields.get("url")),
        outlet=site,
        author=_author(_clean(fields.get("author")), site, url),
        published=published,
        published_evidence=evidence,
        published_confidence=confidence,
    )


def _fields(document: Any) -> dict[str, Any]:
    """trafilatura's extraction as a dict (its newer versions return a Document, older ones a dict)."""
    return dict(document.as_dict() if hasattr(document, "as_dict") else document)


# A precise extraction this short is often the wrong block: a reprint notice ("This copy is for your personal,
# non-commercial use only ...", 24 words of a 368-word Barron's article; a user test) or a caption.
SHORT_TEXT_WORDS = 60


def _fuller_text(html: str, url: str | None, text: str) -> str | None:
    """trafilatura's default (less precise) extraction when it finds at least three times the words; else None.
    Run only for a short precise extraction, so it costs nothing on ordinary pages."""
    document = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=True)
    if document is None:
        return None
    fields = _fields(document)
    # The default extraction keeps the page's buttons and links: "- Order Reprints", "Thank you", the page's address.
    kept = [paragraph for paragraph in _paragraphs(fields.get("text") or "").split("\n\n") if not _control(paragraph)]
    fuller = "\n\n".join(kept)
    return fuller if len(fuller.split()) >= 3 * max(1, len(text.split())) else None


_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")
_SENTENCE_END = re.compile(r"[.!?:\"”’)]$")


def _control(paragraph: str) -> bool:
    """A page's button, link or address kept as a paragraph: an address alone, or at most six words and no sentence."""
    stripped = paragraph.strip()
    return bool(_BARE_ADDRESS.match(stripped)) or (len(stripped.split()) <= 6 and not _SENTENCE_END.search(stripped))


# Inline tags (a, span, b, font, ...): trafilatura's time grows with the square of their number in one block (20,000
# spans took 27 s, 200,000 did not finish in 5 minutes; a review). A page with more than MAX_INLINE_TAGS of them
# is read with them taken out, their text kept. Real article pages have a few hundred.
MAX_INLINE_TAGS = 5000
_INLINE_TAG = re.compile(
    r"</?(?:a|span|font|b|i|em|strong|u|small|big|sup|sub|abbr|mark|cite|q|s|strike|tt|var|kbd|samp|time|data|bdi"
    r"|bdo|wbr|ins|del)\b[^>]*>",
    re.IGNORECASE,
)


def _flatten_inline_tags(html: str) -> str:
    """The page without its inline tags when it has more than MAX_INLINE_TAGS of them, else as it is."""
    for count, _ in enumerate(_INLINE_TAG.finditer(html), start=1):
        if count > MAX_INLINE_TAGS:
            return _INLINE_TAG.sub("", html)
    return html


def _page_date(html: str, url: str | None, found: date | None, text: object) -> tuple[date | None, str, float]:
    """The page's publication date, how it was read and how sure that is (1.0 for markup; see numeric_dates).

    htmldate reads a numeric date day first, and reads no date at all where the day comes second and is
    above 12 ("07/26/2016 11:36 AM ET"): both are settled by the page's signs, the text's language among them.
    """
    def english() -> bool:
        return isinstance(text, str) and detect_language(text) == "en"

    if found is not None:
        settled = settle_day_month(html, found, url, english=english())
        if settled is None:
            return found, "htmldate (page metadata)", 1.0
        return settled.day, f"page date {settled.evidence}", 1.0 if settled.certain else INFERRED_CONFIDENCE
    stamp = page_timestamp(html, url, english=english())
    if stamp is None:
        return None, "", 1.0
    return stamp.day, f"page timestamp {stamp.evidence}", TIMESTAMP_CONFIDENCE if stamp.certain else INFERRED_CONFIDENCE


_TITLE_ELEMENT = re.compile(r"<title[^>]*>([^<]{1,500})</title>", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s+[-–—|·•:]\s+")


def _site_name(found: str | None, title: str, html: str, url: str | None = None) -> str | None:
    """The site's name, never the headline: trafilatura takes the wrong part of "<headline> - HuffPost" when the
    page names no site in its markup (a user test's outlet was a headline), or none at all. Then the ``<title>``'s
    shorter end names the site, or, when there is none, the host name will (see ``merge_given``)."""
    host = urlsplit(url) if url else None
    if found and host is not None and found.casefold() in (host.netloc.casefold(), (host.hostname or "").casefold()):
        found = None  # trafilatura's fallback is the URL's host: the page named no site
    subdomain = _subdomain(host.hostname if host is not None else None)
    if found and subdomain and letters_of(found) == subdomain:
        # "Hosted" on hosted.ap.org (AP stories hosted for a paper; a user test): the name of a part of the site,
        # not of its publisher. The host names the outlet then.
        return None
    if found and _NO_SITE_NAME.match(found):
        found = None  # "Copyright 2014", "https://www.hawaiinewsnow.com": no name (a user test); the host's then
    if found and normalize_line(found) != normalize_line(title):
        return found
    element = _TITLE_ELEMENT.search(html)
    parts = _TITLE_PARTS.split(unescape(element.group(1)).strip()) if element else []
    if len(parts) < 2:
        return None
    # With no site name at all, only the title's last part names the site, in capitals ("... - Breitbart").
    for end in (parts[-1], parts[0]) if found else (parts[-1],):
        words = end.split()
        named = found is not None or all(word[:1].isupper() or not word[:1].isalpha() for word in words)
        if named and len(words) <= 4 and normalize_line(end) != normalize_line(title):
            return end.strip()
    return None


def headline_without_site(title: str, site: str | None) -> str:
    """The headline without the site's name a page's title adds at either end ("... | my6sense", "... - The
    GiveWell Blog", "... | Inexhibit" on "Inexhibit magazine", "LinkNaija | Nigeria's popular news platform: ..."):
    the same words in every headline of a site weigh thrice as a headline's words do and joined its unrelated
    pages into one story (a user test)."""
    name = letters_of(site or "")
    if len(name) < 3 or site is None:
        return title
    # A dash only with spaces around it: "Nature-based solutions ..." on "Nature" is a headline's compound word;
    # a colon only after a name of several words: "Apple: record quarter ..." on "Apple" is a headline's subject.
    colon = ":" if " " in site.strip() else ""
    whole = re.match(rf"\s*{re.escape(site)}(?:\s*[|·•{colon}]\s*|\s+[-–—]\s+)(?=\S)", title, re.IGNORECASE)
    if whole:
        return title[whole.end():]
    for separator in reversed(list(_TITLE_PARTS.finditer(title))):
        if _names_site(title[separator.end():], name) and title[:separator.start()].strip():
            return title[:separator.start()].rstrip()
    for separator in _TITLE_PARTS.finditer(title):
        if _names_site(title[:separator.start()], name) and title[separator.end():].strip():
            return title[separator.end():].lstrip()
    return title


def _names_site(part: str, name: str) -> bool:
    """Whether a title's end names the site: its letters, or their start ("9to5Mac" on "9To5Mac", "Inexhibit" on
    "Inexhibit magazine"), not a headline that opens with them ("The Guardian view on ...", "comwrap auf der
    DMEXCO 2018")."""
    letters = letters_of(part)
    return letters == name or (len(letters) >= 5 and name.startswith(letters))


def _subdomain(hostname: str | None) -> str | None:
    """The letters of a host's first label when it is a subdomain ("hosted" of hosted.ap.org), not "www"."""
    labels = (hostname or "").casefold().split(".")
    return letters_of(labels[0]) if len(labels) >= 3 and labels[0] != "www" else None


_INITIAL = re.compile(r"(?<=\b[A-Z])(?=\s+[A-Z])")
_NO_SITE_NAME = re.compile(r"(?i:https?://|www\.|copyright\b|©|\(c\)\s)")


def _author(found: str | None, site: str | None, url: str | None) -> str | None:
    """The byline's people: a middle initial keeps its period ("Spencer S. Hsu": trafilatura drops it) and the
    outlet is no author ("Aamer Madhani; Kevin Johnson; USA TODAY" on usatoday.com; a user test)."""
    if not found:
        return None
    outlets = {letters_of(site or "")}
    host = (urlsplit(url).hostname or "") if url else ""
    outlets.add(letters_of(host.removeprefix("www.").rsplit(".", 1)[0]))
    # The lead words go first: "Analysis by April Ryan" is not "Analysis by" and a dateline "April Ryan".
    parts = [_DATE_WORDS_AFTER.sub(r"\1", _BYLINE_LEAD.sub("", part.strip())) for part in found.split(";")]
    people = [part for part in parts if part and not _DATE_WORD.fullmatch(part) and letters_of(part) not in outlets]
    # A job title or a credential is no person ("Greg Beacham; AP Sports Writer", "Ilana Muhlstein; MS; RDN"), unless
    # it is all the byline gives ("HNN Staff").
    named = [person for person in people if _given_name_first(person) or not (
        ROLE_NOUN.search(person) or _CREDENTIAL.fullmatch(person)
    )]  # fmt: skip
    return "; ".join(_INITIAL.sub(".", person) for person in named or people) or None


# The dateline a page's byline ran into: "Malcolm Owen Monday", "Carrie Arnold November" (a user test), after a
# name of two words at least ("April Ryan", "June Carter" keep theirs).
_MONTH_OR_WEEKDAY = "(?:" + "|".join(MONTH_NAMES + WEEKDAY_NAMES) + ")"
_DATE_WORDS_AFTER = re.compile(rf"^(\S+(?:\s+\S+)+?)\s+{_MONTH_OR_WEEKDAY}\b.*$")
_DATE_WORD = re.compile(_MONTH_OR_WEEKDAY)
_BYLINE_LEAD = re.compile(rf"^{BYLINE_LEAD}\s+")


def _given_name_first(person: str) -> bool:
    """Whether a byline part is a person's name by its first word ("Jane Writer", "Kate Fellows"), not a job title
    ("AP Sports Writer", "Staff Writer")."""
    words = person.split()
    return 2 <= len(words) <= 3 and words[0].casefold() in first_names()


_CREDENTIAL = re.compile(r"(?:MS|MA|MD|PhD|RD|RDN|RN|MPH|MBA|DO|JD|CPT|BSc|MSc|FACP)\.?")


def _drop_repeated_headline(text: str, title: str) -> tuple[str, tuple[RemovedBlock, ...]]:
    """Drop the headline when trafilatura kept it as the first paragraph: it is the title, not text."""
    first, _, rest = text.partition("\n\n")
    if title and normalize_line(first) == normalize_line(title):
        return rest, (RemovedBlock(first, "repeated headline"),)
    return text, ()


def _drop_furniture(text: str) -> tuple[str, tuple[RemovedBlock, ...]]:
    """Drop paragraphs trafilatura kept that the pasted-text rules know as furniture.

    "Read more: <other headline>", "Comments", "© Agency" lines would otherwise reach analysis
    as sentences of the article. Table rows (rendered as "| a | b |") are data, never furniture.
    """
    kept: list[str] = []
    removed: list[RemovedBlock] = []
    in_related_list = False
    for paragraph in text.split("\n\n"):
        reason = None if paragraph.startswith("|") else classify_line(paragraph)
        # The list items under a "Related Coverage" / "More from X" heading are other articles' cards (a
        # headline and the start of its summary), however long (a user test: three cards after each article).
        if reason is None and in_related_list and paragraph.startswith(_LIST_ITEM):
            reason = TEASER
        in_related_list = (reason is not None and is_related_header(normalize_line(paragraph))) or (
            in_related_list and reason == TEASER
        )
        if reason is None:
            kept.append(paragraph)
        else:
            removed.append(RemovedBlock(paragraph, reason))
    return "\n\n".join(kept), tuple(removed)


def _first_caption(html: str) -> str | None:
    """The first figure caption of the article (or of the page when it marks no article)."""
    tree = load_html(html)
    if tree is None:
        return None
    for path in ("//article//figcaption", "//main//figcaption", "//figcaption"):
        for node in tree.xpath(path):
            caption = " ".join(str(node.text_content()).split())
            if caption:
                return caption[:_MAX_CAPTION_CHARS]
    return None


def _date_params(url: str | None) -> dict[str, Any]:
    """htmldate settings: the original publication date from markup and URL only.

    Dates found in running text are left to the temporal tagger, which knows their context.
    """
    return {"original_date": True, "extensive_search": False, "url": url}


def _parse_iso_date(value: object) -> date | None:
    """Parse htmldate's ``YYYY-MM-DD`` output; anything else counts as no date."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    """Strip a metadata string; empty or non-string values become None."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _paragraphs(text: str) -> str:
    """Turn trafilatura's one-block-per-line text into paragraphs separated by blank lines."""
    return "\n\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
