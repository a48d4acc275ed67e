"""Readers' comments pasted with an article: found by their signatures and cut off with all that follows.

A page copied whole brings its comment thread: "Posted by: raynetherwood | May 30, 2010 1:59 PM | Report abuse",
"At 10:14 am on 28 May 2010, pzero wrote:". A user test (BP oil spill, five outlets) found seven such pages
among 393, two of them the story's most cited articles (13,000 words of comments each), 1,303 timeline entries
told only by them, and readers' quarrels flagged as outlets disagreeing. A signature is specific enough to
tell a thread on its own; the thread starts there, or at the page's invitation to comment just above it
("Offer them in the comments section below."), since some sites sign a comment under its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.extract.furniture import classify_line, word_count
from dateline.extract.page_lines import PageLine

REASON = "readers' comments"

_SIGNATURE = re.compile(
    # "Posted by: NAME | May 30, 2010 1:59 PM | Report abuse", "Posted by Fishrl | Report as abusive"
    r"\bPosted by\s*:?\s*[^|\n]{1,60}?\s*\|(?:[^|\n]{1,40}\|)?\s*Report (?:abuse|as abusive)\b"
    # "At 10:14 am on 28 May 2010, pzero wrote:" opening a line: a commenter's handle is one word, so a dated
    # quotation ("At 9:45 pm on 20 April 2010, the rig's drilling supervisor wrote: ...") is none.
    r"|^At \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,? on \d{1,2}(?:st|nd|rd|th)? [A-Za-z]+,? \d{4}\s*,\s*\S{1,40} wrote\s*:"
    r"|\bThis comment was removed because the moderators\b"
    # "May 24, 2010 6:19 pm EDT -- Report as abuse": a comment's time and the button under it (Reuters)
    r"|\b\d{4}\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+[A-Z]{2,4}\s+-+\s+Report (?:as )?abus(?:e|ive)\b",
    re.IGNORECASE,
)
# The site's disclaimer printed right above its comment thread: "Views expressed in the comments do not represent
# those of Reuters." (Timeline17's Reuters pages: a user test found 139 timeline entries told only by the readers'
# comments under it, one with a reader's address and telephone number). The thread starts after it.
_THREAD_OPENER = re.compile(
    r"^(?:the )?(?:views|opinions) expressed in (?:the |these |readers' |reader )?comments"
    r"(?: (?:below|section))? (?:do not|don't|are not|are those of)\b",
    re.IGNORECASE,
)
# A call for comments is a line of its own, short: not a paragraph of the article that mentions "Have Your Say".
INVITATION_MAX_WORDS = 25
# A page's call for comments, which opens its thread.
_INVITATION = re.compile(
    r"\b(?:(?:in|to) the comments(?: section)? below|share your (?:thoughts|views|comments)(?: below)?|have your say"
    r"|tell us what you think|join the (?:discussion|conversation|debate)|leave a comment|post a comment"
    r"|add your comment)",
    re.IGNORECASE,
)
# Words of article the page must have given before its invitation to comment, so that a call at the top of a
# page ("Have your say" in a menu) never takes the article with it.
MIN_ARTICLE_WORDS = 50


def cut_comments(lines: Sequence[PageLine]) -> list[PageLine]:
    """The page's lines with its readers' comments, if it has any, marked as such: after the site's disclaimer about
    its comments (``_THREAD_OPENER``) when one stands above the first signature or there is no signature; else from
    the invitation to comment above the first signature, or from the signature itself (the text before it on its
    line kept). A signature or disclaimer counts only after MIN_ARTICLE_WORDS of the page's text: one above the
    article ("Latest comments: Posted by ...") is a sidebar, and cutting there would take the article with it."""
    words_before = _words_before(lines)
    first = next(
        (
            i for i, line in enumerate(lines)
            if line.reason is None and (match := _SIGNATURE.search(line.text)) is not None
            and words_before[i] + word_count(line.text[: match.start()]) >= MIN_ARTICLE_WORDS
        ),
        None,
    )
    opener = next(
        (i for i, line in enumerate(lines[:first])
         if _THREAD_OPENER.match(line.text.strip()) and word_count(line.text) <= INVITATION_MAX_WORDS
         and words_before[i] >= MIN_ARTICLE_WORDS and classify_line(line.text) == "site notice"),
        None,
    )
    if opener is not None:
        return [*lines[: opener + 1], *_marked(lines[opener + 1 :])]
    if first is None:
        return list(lines)
    start = _invitation_before(lines, first, words_before)
    kept = list(lines[:first] if start is None else lines[:start])
    if start is None:
        line = lines[first]
        match = _SIGNATURE.search(line.text)
        assert match is not None
        before = line.text[: match.start()].strip()
        if before:
            kept.append(PageLine(before, line.block, line.reason))
        kept.append(PageLine(line.text[match.start() :].strip(), line.block, REASON))
        start = first + 1
    return kept + _marked(lines[start:])


def _marked(lines: Sequence[PageLine]) -> list[PageLine]:
    """Lines of the thread, marked as comments (a line that is furniture by itself keeps that reason: "This
    discussion is now closed" is a site notice)."""
    return [PageLine(line.text, line.block, line.reason or classify_line(line.text) or REASON) for line in lines]


def _words_before(lines: Sequence[PageLine]) -> list[int]:
    """For each line, the words of the kept lines above it."""
    counts = [0]
    for line in lines:
        counts.append(counts[-1] + (word_count(line.text) if line.reason is None else 0))
    return counts


def _invitation_before(lines: Sequence[PageLine], first: int, words_before: Sequence[int]) -> int | None:
    """The last short line before ``first`` that invites comments, with enough article before it (``words_before``
    each line); None if none."""
    return next(
        (
            i for i in range(first - 1, -1, -1)
            if lines[i].reason is None and word_count(lines[i].text) <= INVITATION_MAX_WORDS
            and _INVITATION.search(lines[i].text) and words_before[i] >= MIN_ARTICLE_WORDS
        ),
        None,
    )
