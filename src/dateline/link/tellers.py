"""Who tells a report, for telling two outlets' disagreement from one outlet's update, and how a side is named."""

from __future__ import annotations

import re


def teller(outlet: str | None, article_id: int) -> str:
    """Who tells a report, for telling disagreements apart from updates: its outlet, or the article itself when
    the outlet is unknown (two unnamed articles may be two outlets).

    Only two outlets disagree: a user test's BP story had 21 of 32 flagged disagreements within one outlet, an
    update ("leaking for 18 days" / "19 days" a day later), the same page's sentences dated two ways, or two
    correction footers.
    """
    return f"outlet:{outlet_identity(outlet)}" if outlet else f"article:{article_id}"


_OUTLET_FORM = re.compile(r"^(?:www\.)?(?:the\s+)?|(?:\.(?:com|co\.uk|org|net))?(?:\s+(?:news|online|\.com))?$")


def outlet_identity(outlet: str) -> str:
    """One outlet however it is written: "BBC", "BBC News", "bbc.co.uk"; "The Guardian", "guardian.com";
    "Washington Post", "washingtonpost.com" (a review: one outlet's two spellings were two disagreeing outlets)."""
    folded = " ".join(outlet.casefold().split())
    return (_OUTLET_FORM.sub("", folded) or folded).replace(" ", "")


def side_name(outlet: str | None, article_id: int, other_outlet: str | None) -> str:
    """One side of a disagreement: its outlet, with its article when the other side is the same outlet
    ("reuters, article 12"), or only its article when it has no outlet."""
    if outlet and other_outlet == outlet:
        return f"{outlet}, article {article_id}"
    return outlet or f"article {article_id}"
