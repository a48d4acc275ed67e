"""Extract an article from text pasted out of a browser: strip the page furniture around it.

The text is split into lines and each line is judged in passes: single-line rules first
(:mod:`dateline.extract.furniture`), then rules that need the whole page: the headline and its
repeats, the outlet's name, author blocks, teasers of other articles, header and footer lines.
Every dropped line is recorded with the rule that dropped it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from dateline.extract import bylines
from dateline.extract.comments import cut_comments
from dateline.extract.furniture import (
    ROLE_NOUN,
    classify_line,
    ends_sentence,
    has_image_credit,
    is_headline_like,
    is_prose,
    normalize_line,
    reading_time_prefix,
    staff_credit_span,
    word_count,
)
from dateline.extract.metadata import MONTH_NAMES, PageContent, outlet_from_url, parse_date_line
from dateline.extract.page_lines import PageLine, first_prose, join_paragraphs, split_lines
from dateline.extract.teasers import TEASER, drop_teasers
from dateline.given_names import first_names
from dateline.records import RemovedBlock

# Furniture lines are short; longer lines are always article text, which keeps huge inputs linear.
_MAX_FURNITURE_CHARS = 600
# How far (in lines) an author's name may sit from the job title or bio that confirms it.
_AUTHOR_BLOCK_REACH = 4
# Headlines rarely have fewer words; shorter lines above the lede are usually labels.
_HEADLINE_MIN_WORDS = 6
# A closing line shorter than this is more likely a label than the article's last sentence.
_SHORT_SENTENCE_MIN_WORDS = 3
# A credit line this short names only the photographer or agency, no scene.
_BARE_CREDIT_MAX_WORDS = 8
HEADLINE = "headline (moved to title)"
# Lines of at least this many words are body text; a date line after two of them is not the publication date.
_BODY_LINE_WORDS = 25
_BODY_LINES_BEFORE_DATE = 2
CAPTION = "image caption"


@dataclass
class _Findings:
    """Metadata the passes read off the page as they drop lines."""

    title: str = ""
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    published_line: str = ""
    url: str | None = None


def extract_pasted(
    text: str, given_title: str | None = None, url: str | None = None, given_author: str | None = None
) -> PageContent:
    """Return the article in pasted ``text`` with its furniture removed and recorded.

    ``given_title`` (from the user or a feed) is treated as the headline when it appears;
    ``url`` helps recognise the site's name among the labels at the top; ``given_author``'s name on a
    line of its own is the byline, not a label naming the outlet or the text's first line.
    """
    lines = cut_comments(_cut_at_credits(split_lines(text)))
    found = _Findings(url=url, author=given_author)
    _apply_line_rules(lines, found)
    _find_captions_over_credits(lines)
    _find_title(lines, found, given_title)
    # Authors first: a name repeated at the top and in the author box must not pass for the outlet.
    _find_author_blocks(lines, found)
    _find_first_name_bios(lines)
    _find_outlet(lines, found)
    drop_teasers(lines)
    _drop_header_and_footer(lines)
    return PageContent(
        title=found.title,
        text=join_paragraphs(lines),
        outlet=found.outlet,
        author=found.author,
        published=found.published,
        published_evidence=f"date line: {found.published_line}" if found.published_line else "",
        caption=_caption(lines),
        removed=tuple(RemovedBlock(line.text, line.reason) for line in lines if line.reason),
    )


def _cut_at_credits(lines: list[PageLine]) -> list[PageLine]:
    """Lines with a bracketed wire staff credit inside, cut around it: the credit is dropped, the text before and
    after it stay as lines of their own, which the line rules then judge (a footer the page ran on after it)."""
    cut: list[PageLine] = []
    for line in lines:
        span = staff_credit_span(line.text)
        if span is None:
            cut.append(line)
            continue
        before, credit, after = line.text[: span[0]].strip(), line.text[span[0] : span[1]].strip(), line.text[span[1] :]
        if before:
            cut.append(PageLine(before, line.block))
        cut.append(PageLine(credit, line.block, reason="staff credit"))
        cut.extend(_cut_at_credits([PageLine(after.strip(), line.block)]) if after.strip() else [])
    return cut


def _apply_line_rules(lines: list[PageLine], found: _Findings) -> None:
    """Run the single-line rules, and read bylines and timestamps as they are dropped.

    A date line is the publication date only above the body: one after the article's paragraphs is a
    print-edition or archive stamp ("Friday, December 4, 2015." under a NYT story published days before).
    """
    body_lines = 0
    for line in lines:
        if line.reason is not None:
            continue  # cut off as a staff credit already
        if len(line.text) > _MAX_FURNITURE_CHARS:
            body_lines += word_count(line.text) >= _BODY_LINE_WORDS
            continue
        line.reason = classify_line(line.text)
        if line.reason is not None:
            continue
        author = bylines.parse_byline(line.text)
        dated = parse_date_line(line.text)
        if author is not None:
            line.reason = "byline"
            found.author = found.author or author
            dated = _dated_byline(line.text)
        elif dated is not None:
            line.reason = "timestamp"
        elif has_image_credit(line.text):
            line.reason = "image credit"
        if dated is not None and not dated[1] and found.published is None and body_lines < _BODY_LINES_BEFORE_DATE:
            found.published, found.published_line = dated[0], line.text
        body_lines += line.reason is None and word_count(line.text) >= _BODY_LINE_WORDS


def _dated_byline(line: str) -> tuple[date, bool] | None:
    """A byline often carries the date after a separator ("By Jane Doe | July 18, 2025")."""
    for part in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", line)[1:]:
        dated = parse_date_line(part)
        if dated is not None:
            return dated
    return None


def _find_title(lines: list[PageLine], found: _Findings, given_title: str | None) -> None:
    """Take the headline (a repeated line or the first heading before the lede) and drop its copies.

    A given title may differ from the page's own headline (feeds shorten them), so both are dropped.
    """
    lede = first_prose(lines)
    candidates = [i for i in range(lede) if lines[i].reason is None and word_count(lines[i].text) >= 3]
    keys: set[str] = {normalize_line(given_title)} if given_title else set()
    if candidates:
        counts = Counter(normalize_line(line.text) for line in lines)
        chosen = _pick_headline(lines, candidates, counts)
        found.title = lines[chosen].text
        lines[chosen].reason = HEADLINE
        keys.add(normalize_line(found.title))
    for line in lines:
        if line.reason is None and normalize_line(line.text) in keys:
            line.reason = "repeated headline"


def _pick_headline(lines: list[PageLine], candidates: list[int], counts: Counter[str]) -> int:
    """Prefer a line the page repeats, then the first line long enough for a headline.

    Short lines above the lede are more often site names or section labels than headlines.
    """
    repeated = [i for i in candidates if counts[normalize_line(lines[i].text)] >= 2]
    if repeated:
        return repeated[0]
    long_enough = [i for i in candidates if word_count(lines[i].text) >= _HEADLINE_MIN_WORDS]
    if long_enough:
        return long_enough[0]
    return max(candidates, key=lambda i: len(lines[i].text))


def _find_outlet(lines: list[PageLine], found: _Findings) -> None:
    """Name the outlet from a repeated short label, a bio, a copyright line or a capitalised label."""
    lede = first_prose(lines)
    labels: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for line in lines:
        prefix = reading_time_prefix(line.text) if line.reason == "reading time" else None
        label = prefix if prefix else (line.text if line.reason is None else None)
        if label and bylines.is_outlet_label(label) and label != found.author:
            labels[normalize_line(label)] += 1
            spelled.setdefault(normalize_line(label), label)
    repeated = [key for key, count in labels.most_common() if count >= 2]
    shouted = [line.text for line in lines[:lede] if line.reason is None and bylines.is_shouted_label(line.text)]
    found.outlet = (
        (spelled[repeated[0]] if repeated else None)
        or _label_matching_url(lines[:lede], found.url)
        or _outlet_from_bios(lines)
        or next(filter(None, (bylines.outlet_from_copyright(line.text) for line in lines
                              if line.reason == "copyright")), None)
        or (shouted[0] if shouted else None)
    )
    marks = {normalize_line(found.outlet): "outlet name"} if found.outlet else {}
    if found.author:
        marks[normalize_line(found.author)] = "byline"
    for line in lines:
        if line.reason is None and normalize_line(line.text) in marks:
            line.reason = marks[normalize_line(line.text)]


def _label_matching_url(lines: list[PageLine], url: str | None) -> str | None:
    """A label above the lede that spells the site's domain ("Kyiv Post" on kyivpost.com)."""
    host = outlet_from_url(url)
    if host is None:
        return None
    domain = re.sub(r"[^a-z0-9]", "", host.rsplit(".", 1)[0].rsplit(".", 1)[-1])
    for line in lines:
        if line.reason is not None or not bylines.is_outlet_label(line.text):
            continue
        letters = re.sub(r"[^a-z0-9]", "", line.text.casefold())
        if len(letters) >= 3 and (letters == domain or letters.removeprefix("the") == domain):
            return line.text
    return None


def _outlet_from_bios(lines: list[PageLine]) -> str | None:
    """The outlet an author bio names ("... is a news editor at The Kyiv Independent")."""
    for line in lines:
        bio = bylines.parse_bio(line.text) if len(line.text) <= 2000 else None
        if bio is not None and bio[1] is not None:
            return bio[1]
    return None


def _find_author_blocks(lines: list[PageLine], found: _Findings) -> None:
    """Drop author boxes (name, job title, bio paragraph) and take the author's name from them."""
    lede = first_prose(lines)
    for index in range(lede + 1, len(lines)):
        line = lines[index]
        bio = bylines.parse_bio(line.text) if line.reason is None and len(line.text) <= 2000 else None
        if bio is not None and _confirms_bio(lines, index, bio[0]):
            line.reason = "author bio"
            found.author = found.author or bio[0]
    for index, line in enumerate(lines):
        if line.reason is None and bylines.is_name_line(line.text) and _next_to_author_box(lines, index):
            line.reason = "author bio"
            found.author = found.author or line.text


# A bio told by the author's first name, as Reuters blogs close: "Chris has been a journalist for Reuters since
# 2001 ... As Houston Bureau Chief, Chris oversees a team of five reporters" (a user test found these lines in a
# timeline), "Tom has reported from over twenty countries". The opening must tell a work history: a journalism
# job at a named outlet, or reporting from places; "Evan is a dedicated journalist," his parents said" is news.
_FIRST_NAME_BIO = re.compile(
    r"^[\"“”'‘’`\s]*(?P<name>[A-Z][a-z]{1,15})\s+(?:"
    r"(?:has\s+been|is|was|has\s+worked\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:journalist|reporter|correspondent|editor|columnist|writer|producer)s?\s+(?:for|at|with)\s+(?:the\s+)?[A-Z]"
    r"|(?:has\s+)?reported\s+(?:from|for)\s+|joined\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\s+(?:in|as)\s+"
    r"|(?:covers|has\s+covered)\s+)"
)
_JOURNALISM = re.compile(r"\b(?:journalis[mt]\w*|reported\s+(?:from|on)|covered|interviewed)\b", re.IGNORECASE)
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_MONTH_NAMES = frozenset(name.lower() for name in MONTH_NAMES)
BIO_MAX_LINES = 5


def _find_first_name_bios(lines: list[PageLine]) -> None:
    """Drop a bio that closes the page told by the author's first name: an opening line telling a journalism work
    history, up to BIO_MAX_LINES lines after it naming the same name (or he/she with a journalism role or work),
    one line before it of such work in the third person ("A former oil broker who turned to journalism, he ...");
    no prose after it, and no full name of that first name in the prose before it (then the page is news about
    that person). Linear: only openings after the page's last prose line but the bio's own are read."""
    prose = [i for i, line in enumerate(lines) if line.reason is None and is_prose(line.text)]
    if not prose:
        return
    for index in range(max(0, prose[-1] - BIO_MAX_LINES), prose[-1] + 1):
        line = lines[index]
        opening = _FIRST_NAME_BIO.match(line.text) if line.reason is None else None
        first = opening["name"].casefold() if opening else ""
        if opening is None or first not in first_names() or first in _MONTH_NAMES:
            continue
        name = re.compile(rf"\b{opening['name']}\b")
        end = index + 1
        while end < min(len(lines), index + BIO_MAX_LINES) and lines[end].reason is None and _tells_of(
            lines[end].text, name
        ):
            end += 1
        if end <= prose[-1]:
            continue  # news goes on after it
        full_name = re.compile(rf"\b{opening['name']}\s+[A-Z][a-z]+")
        if any(full_name.search(lines[i].text) for i in prose if i < index):
            continue  # the page is about that person
        start = index
        before = lines[index - 1] if index > 0 else None
        if before is not None and before.reason is None and _HE_OR_SHE.search(before.text) and (
            _JOURNALISM.search(before.text)
        ):
            start -= 1
        for bio in lines[start:end]:
            bio.reason = "author bio"
        return  # (a first name alone is not given as the author)


def _tells_of(text: str, name: re.Pattern[str]) -> bool:
    """Whether a line goes on with a bio: the same first name, or he/she with a journalism role or work."""
    return name.search(text) is not None or (
        _HE_OR_SHE.search(text) is not None and (ROLE_NOUN.search(text) or _JOURNALISM.search(text)) is not None
    )


def _confirms_bio(lines: list[PageLine], index: int, name: str) -> bool:
    """A bio is confirmed by the author box around it or by closing the page's text."""
    nearby = lines[max(0, index - _AUTHOR_BLOCK_REACH):index]
    if any(line.text == name or line.reason in {"author bio", "image placeholder"} for line in nearby):
        return True
    return all(line.reason is not None or not is_prose(line.text) for line in lines[index + 1:])


def _next_to_author_box(lines: list[PageLine], index: int) -> bool:
    """Whether a name line sits beside a job title, an author bio or an avatar placeholder."""
    before = lines[max(0, index - 1):index]
    after = lines[index + 1:index + 1 + 2]
    if any(line.reason == "author bio" for line in after):
        return True
    return any(line.reason == "image placeholder" and "avatar" in line.text.lower() for line in before)


def _drop_header_and_footer(lines: list[PageLine]) -> None:
    """Drop leftover labels before the headline and after the last paragraph of the article."""
    title_index = next((i for i, line in enumerate(lines) if line.reason == HEADLINE), None)
    lede = first_prose(lines)
    header_end = title_index if title_index is not None else lede
    for line in lines[:header_end]:
        if line.reason is None and not is_prose(line.text):
            line.reason = "navigation"
    for line in lines[header_end:lede]:
        if line.reason is None and word_count(line.text) <= 3 and not ends_sentence(line.text):
            line.reason = "navigation"
    body_end = _last_paragraph(lines)
    for line in lines[body_end + 1:]:
        if line.reason is None:
            line.reason = TEASER if is_headline_like(line.text) and word_count(line.text) >= 4 else "navigation"


def _last_paragraph(lines: list[PageLine]) -> int:
    """Index of the article's last line: the last paragraph, plus short sentences that follow it.

    Articles often end on a short line ("No agreement was reached."), too short to pass for a
    paragraph on its own but still a sentence, and not separated from the text by furniture.
    """
    last = max((i for i, line in enumerate(lines) if line.reason is None and is_prose(line.text)),
               default=len(lines))
    while (
        last + 1 < len(lines)
        and lines[last + 1].reason is None
        and ends_sentence(lines[last + 1].text)
        and word_count(lines[last + 1].text) >= _SHORT_SENTENCE_MIN_WORDS
    ):
        last += 1
    return last


def _find_captions_over_credits(lines: list[PageLine]) -> None:
    """A caption on its own line above a bare credit line ("Photo: Jane Doe / AFP").

    Only when the two form a block of their own: in pages without blank lines between
    paragraphs, the line above a credit may as well be article text.
    """
    for index in range(1, len(lines)):
        credit, above = lines[index], lines[index - 1]
        if credit.reason != "image credit" or word_count(credit.text) > _BARE_CREDIT_MAX_WORDS:
            continue
        if above.reason is not None or above.block != credit.block or word_count(above.text) > 60:
            continue
        before_ok = index < 2 or lines[index - 2].block != above.block
        after_ok = index + 1 >= len(lines) or lines[index + 1].block != credit.block
        if before_ok and after_ok:
            above.reason = CAPTION


def _caption(lines: list[PageLine]) -> str | None:
    """The image captions, each with its credit; bare credits alone are not captions."""
    captions: list[str] = []
    for index, line in enumerate(lines):
        if line.reason == CAPTION and index + 1 < len(lines):
            captions.append(f"{line.text} {lines[index + 1].text}")
        elif line.reason == "image credit" and word_count(line.text) > _BARE_CREDIT_MAX_WORDS:
            captions.append(line.text)
    return "\n".join(captions) or None
