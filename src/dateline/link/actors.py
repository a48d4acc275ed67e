"""One actor across the store: file a new article's actors under the keys the store already uses."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from dateline.records import Actor, Analysis

Resolver = Callable[[Mapping[str, Actor], Actor], str]


def unify_actors(analysis: Analysis, known: Mapping[str, Actor], resolve: Resolver) -> Analysis:
    """Rewrite an analysis so each actor uses the key of the stored actor it is.

    ``resolve`` decides (the analysis stage's ``resolve_against``): "Erdogan" alone joins the one stored
    "Recep Tayyip Erdogan". Mentions, quotes and events follow their actor's new key, so an article that
    names only a surname still lines up with earlier coverage.
    """
    renames = {a.key: resolve(known, a) for a in analysis.actors}
    renames = {old: new for old, new in renames.items() if old != new}
    if not renames:
        return analysis

    def key(value: str | None) -> str | None:
        return renames.get(value, value) if value is not None else None

    merged: dict[str, Actor] = {}
    for actor in analysis.actors:
        new_key = renames.get(actor.key, actor.key)
        stored = known.get(new_key)
        base = merged.get(new_key) or dataclasses.replace(
            actor, key=new_key, name=stored.name if stored else actor.name
        )
        roles = tuple(dict.fromkeys(base.roles + actor.roles))
        merged[new_key] = dataclasses.replace(base, roles=roles, affiliation=base.affiliation or actor.affiliation)
    return dataclasses.replace(
        analysis,
        actors=tuple(merged.values()),
        mentions=tuple(dataclasses.replace(m, actor_key=renames.get(m.actor_key, m.actor_key))
                       for m in analysis.mentions),
        quotes=tuple(dataclasses.replace(q, speaker_key=key(q.speaker_key)) for q in analysis.quotes),
        events=tuple(dataclasses.replace(e, actor_key=key(e.actor_key), target_key=key(e.target_key))
                     for e in analysis.events),
    )
