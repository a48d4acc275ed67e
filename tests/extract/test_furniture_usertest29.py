"""Page furniture a fact-checker's audit (session 29) found as dated timeline entries: the BBC's comment-form notice
("BBC may edit your comments", marked planned), Express.co.uk's tagged teasers of other stories ("... jibe
[INSIGHT]", "SEE MORE: ..."), which became THREATEN and PROTEST entries."""

from __future__ import annotations

import pytest

from dateline.extract.furniture import classify_line


@pytest.mark.parametrize("line", [
    "China furious at Macron for Hong Kong protest jibe [INSIGHT]|",
    "Hong Kong 'threatened with Chinese military intervention' [REACTION]",
    "SEE MORE: Hong Kong protests: 800 students under siege in university",
    "BBC may edit your comments and not all emails will be published.",
    "Your comments may be published on any BBC media worldwide.",
])  # fmt: skip
def test_notices_and_teasers_are_furniture(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "The minister said the plan would see more troops deployed to the border by the end of the month.",
    "Police said the protest [in Kowloon] was peaceful.",
    "Editors may edit the comments of readers, the court ruled on Tuesday, in a case brought by a newspaper.",
])  # fmt: skip
def test_news_that_looks_alike_stays(line: str) -> None:
    assert classify_line(line) is None
