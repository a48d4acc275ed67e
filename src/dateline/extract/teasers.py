"""Rules that find teasers of other articles inside a pasted page.

Pages show cards for other stories (a headline and the start of its summary) after, or inside,
the article. They are about something else and must not become part of the article's text.
"""

from __future__ import annotations

from dateline.extract.furniture import (
    is_headline_like,
    is_prose,
    is_related_header,
    is_truncated,
    normalize_line,
)
from dateline.extract.page_lines import PageLine, first_prose, next_in_block, previous_in_block

TEASER = "teaser of another article"


def drop_teasers(lines: list[PageLine]) -> None:
    """Drop cards of other articles: cut-off summaries under a headline, and related-story boxes."""
    _drop_cut_off_cards(lines)
    _drop_related_boxes(lines)


def _drop_cut_off_cards(lines: list[PageLine]) -> None:
    """A headline directly above a paragraph cut off mid-sentence is a card for another article.

    The card stands alone on the page: nothing kept sits above the headline in its block, and
    nothing kept follows the cut-off paragraph in its block (a hard-wrapped paragraph would go on).
    """
    lede = first_prose(lines)
    for index in range(lede + 1, len(lines) - 1):
        headline, summary = lines[index], lines[index + 1]
        if headline.reason is not None or summary.reason is not None:
            continue
        if not (is_headline_like(headline.text) and not is_prose(headline.text) and is_truncated(summary.text)):
            continue
        above = previous_in_block(lines, index)
        below = next_in_block(lines, index + 1)
        if (above is None or above.reason is not None) and (below is None or below.reason is not None):
            headline.reason = summary.reason = TEASER


def _drop_related_boxes(lines: list[PageLine]) -> None:
    """Drop the stories listed under a "Related" / "More from ..." label after the lede.

    Each listed story is a headline, maybe with its summary in the same block; the box ends at
    the first paragraph that does not hang under a listed headline (the article going on).
    """
    lede = first_prose(lines)
    index = lede + 1
    while index < len(lines):
        if lines[index].reason is not None and is_related_header(normalize_line(lines[index].text)):
            index = _drop_listed_stories(lines, index + 1)
        else:
            index += 1


def _drop_listed_stories(lines: list[PageLine], start: int) -> int:
    """Mark the headlines (and summaries beneath them) from ``start``; return where the box ends."""
    index = start
    while index < len(lines):
        line = lines[index]
        if line.reason is not None:
            if is_related_header(normalize_line(line.text)):
                index += 1
                continue
            return index
        above = previous_in_block(lines, index)
        hangs_under_headline = above is not None and above.reason == TEASER and not is_prose(above.text)
        if (is_headline_like(line.text) and not is_prose(line.text)) or hangs_under_headline:
            line.reason = TEASER
            index += 1
            continue
        return index
    return index
