"""The present stage: stable JSON shapes, terminal rendering and exports of stories and timelines."""

from dateline.present.shapes import (
    actor_json,
    article_json,
    article_summary_json,
    story_json,
    timeline_json,
)

__all__ = ["actor_json", "article_json", "article_summary_json", "story_json", "timeline_json"]
