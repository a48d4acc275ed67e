"""The link stage: duplicates, stories, same-event merging across outlets, disagreements."""

from dateline.link.conflicts import find_conflicts
from dateline.link.stories import (
    assign_story,
    get_story,
    list_stories,
    merge_stories,
    redate_in_story,
    rename_story,
    split_story,
    story_digest,
    story_timeline,
)
from dateline.link.timeline import build_timeline, filter_entries, top_entries

__all__ = [
    "assign_story",
    "build_timeline",
    "filter_entries",
    "find_conflicts",
    "get_story",
    "list_stories",
    "merge_stories",
    "redate_in_story",
    "rename_story",
    "split_story",
    "story_digest",
    "story_timeline",
    "top_entries",
]
