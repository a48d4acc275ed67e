"""Analysis stage: Article -> Analysis (sentences, actors, mentions, quotes, events)."""
