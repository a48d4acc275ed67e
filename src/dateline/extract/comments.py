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

from dateline.extract.furniture import word_count
from dateline.extract.page_lines import PageLine

REASON = "readers' comments"

_SIGNATURE = re.compile(
    # "Posted by: NAME | May 30, 2010 1:59 PM | Report abuse", "Posted by Fishrl | Report as abusive"
    r"\bPosted by\s*:?\s*[^|\n]{1,60}?\s*\|(?:[^|\n]{1,40}\|)?\s*Report (?:abuse|as abusive)\b"
    # "At 10:14 am on 28 May 2010, pzero wrote:" opening a line: a commenter's handle is one word, so a dated
    # quotation ("At 9:45 pm on 20 April 2010, the rig's drilling supervisor wrote: ...") is none.
    r"|^At \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,? on \d{1,2}(?:st|nd|rd|th)? [A-Za-z]+,? \d{4}\s*,\s*\S{1,40} wrote\s*:"
    r"|\bThis comment was removed because the moderators\b",
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
    """The page's lines with its readers' comments, if it has any, marked as such: from the invitation to comment
    above the first signature, or from the signature itself (the text before it on its line kept). A signature
    counts only after MIN_ARTICLE_WORDS of the page's text: one above the article ("Latest comments: Posted by
    ...") is a sidebar, and cutting there would take the article with it."""
    words_before = _words_before(lines)
    first = next(
        (
            i for i, line in enumerate(lines)
            if line.reason is None and (match := _SIGNATURE.search(line.text)) is not None
            and words_before[i] + word_count(line.text[: match.start()]) >= MIN_ARTICLE_WORDS
        ),
        None,
    )
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
    kept.extend(PageLine(line.text, line.block, line.reason or REASON) for line in lines[start:])
    return kept


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
