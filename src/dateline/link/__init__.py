"""The link stage: duplicates, stories, same-event merging across outlets, disagreements."""

from dateline.link.stories import (
    assign_story,
    get_story,
    list_stories,
    merge_stories,
    rename_story,
    split_story,
)

__all__ = [
    "assign_story",
    "get_story",
    "list_stories",
    "merge_stories",
    "rename_story",
    "split_story",
]
