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
    # "At 10:14 am on 28 May 2010, pzero wrote:"
    r"|\bAt \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,? on \d{1,2} [A-Za-z]+,? \d{4}\s*,\s*[^\n]{1,60}? wrote\s*:"
    r"|\bThis comment was removed because the moderators\b",
    re.IGNORECASE,
)
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
    above the first signature, or from the signature itself (the text before it on its line kept)."""
    first = next((i for i, line in enumerate(lines) if line.reason is None and _SIGNATURE.search(line.text)), None)
    if first is None:
        return list(lines)
    start = _invitation_before(lines, first)
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


def _invitation_before(lines: Sequence[PageLine], first: int) -> int | None:
    """The last line before ``first`` that invites comments, with enough article before it; None if none."""
    words_before = [0]
    for line in lines[:first]:
        words_before.append(words_before[-1] + (word_count(line.text) if line.reason is None else 0))
    return next(
        (
            i for i in range(first - 1, -1, -1)
            if lines[i].reason is None and _INVITATION.search(lines[i].text) and words_before[i] >= MIN_ARTICLE_WORDS
        ),
        None,
    )
