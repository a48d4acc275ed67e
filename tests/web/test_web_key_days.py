"""The key days panel shows a sentence once: a lead naming no day tells its publication day and the day before, and
a user test found "Eight cases of swine flu have emerged in the UK ..." under both 29 and 30 April."""

from __future__ import annotations

from dateline.records import Digest, DigestDay, SourceRef, Story
from dateline.web.pages import _key_days


def test_a_sentence_of_two_key_days_is_shown_once_and_pointed_to() -> None:
    lead = SourceRef(7, "BBC News", None, "Eight cases of swine flu have emerged in the UK.")
    other = SourceRef(8, "Reuters", None, "Mexico closed its schools on Thursday.")
    story = Story(1, "Swine flu", (7, 8), ("BBC News", "Reuters"), "2009-04-29", "2009-04-30")
    digest = Digest(story, (DigestDay("2009-04-29", (lead,)), DigestDay("2009-04-30", (lead, other))))
    assert _key_days(digest) == [
        ("2009-04-29", [(lead, None)]),
        ("2009-04-30", [(lead, "2009-04-29"), (other, None)]),
    ]
