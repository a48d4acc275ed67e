"""Actors across the whole store: who is mentioned where, and in which roles over time."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.analyze.names import canonical_key
from dateline.errors import NotFoundError
from dateline.records import Actor
from dateline.store.sqlite import SqliteStore


@dataclass(frozen=True)
class ActorSummary:
    """One canonical actor with how many articles mention it."""

    key: str
    name: str
    kind: str
    articles: int
    mentions: int


@dataclass(frozen=True)
class ActorRole:
    """A role an actor was given, with the span of publication dates it was given in."""

    role: str
    first_date: str | None
    last_date: str | None
    articles: int


@dataclass(frozen=True)
class ActorDetail:
    """An actor with its roles over time and the articles that mention it."""

    key: str
    name: str
    kind: str
    roles: tuple[ActorRole, ...]
    article_ids: tuple[int, ...]


def list_actors(store: SqliteStore, limit: int | None = None) -> list[ActorSummary]:
    """Actors ordered by the number of articles that mention them."""
    rows = store.conn.execute(
        """SELECT a.key, a.name, a.kind, count(DISTINCT aa.article_id) AS n, sum(aa.mentions) AS m
           FROM actors a JOIN article_actors aa ON aa.actor_key = a.key
           GROUP BY a.key ORDER BY n DESC, m DESC, a.name LIMIT ?""",
        (-1 if limit is None else limit,),
    ).fetchall()
    return [ActorSummary(r["key"], r["name"], r["kind"], r["n"], r["m"]) for r in rows]


def find_actor(store: SqliteStore, name: str) -> ActorDetail:
    """The actor whose key, name or surname matches ``name`` (accents and case ignored)."""
    folded = canonical_key(name)
    row = store.conn.execute(
        "SELECT key, name, kind FROM actors WHERE key = ? OR lower(name) = ?", (folded, name.lower())
    ).fetchone()
    if row is None:
        row = store.conn.execute(
            """SELECT a.key, a.name, a.kind FROM actors a JOIN article_actors aa ON aa.actor_key = a.key
               WHERE a.key LIKE ? GROUP BY a.key ORDER BY count(*) DESC LIMIT 1""",
            (f"%{folded}%",),
        ).fetchone()
    if row is None:
        raise NotFoundError(f"actor {name!r}: no such actor in the store")
    roles = store.conn.execute(
        """SELECT aa.role, min(ar.published_earliest) AS first, max(ar.published_earliest) AS last,
                  count(DISTINCT aa.article_id) AS n
           FROM article_actors aa JOIN articles ar ON ar.id = aa.article_id
           WHERE aa.actor_key = ? AND aa.role != '' GROUP BY aa.role ORDER BY first""",
        (row["key"],),
    ).fetchall()
    ids = store.conn.execute(
        "SELECT DISTINCT article_id FROM article_actors WHERE actor_key = ? ORDER BY article_id", (row["key"],)
    ).fetchall()
    return ActorDetail(
        key=row["key"], name=row["name"], kind=row["kind"],
        roles=tuple(ActorRole(r["role"], r["first"], r["last"], r["n"]) for r in roles),
        article_ids=tuple(int(r[0]) for r in ids),
    )


def known_actors_for(store: SqliteStore, actors: tuple[Actor, ...]) -> dict[str, Actor]:
    """Stored actors a new article's actors could be: the same key, or a full name ending in a surname."""
    found: dict[str, Actor] = {}
    for actor in actors:
        rows = store.conn.execute(
            "SELECT key, name, kind, affiliation FROM actors WHERE key = ? OR key LIKE ? LIMIT 20",
            (actor.key, f"% {actor.key}"),
        ).fetchall()
        for r in rows:
            found[r["key"]] = Actor(r["key"], r["name"], r["kind"], affiliation=r["affiliation"])
    return found
