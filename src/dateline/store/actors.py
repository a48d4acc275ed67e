"""Actors across the whole store: who is mentioned where, and in which roles over time."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from dateline.analyze.names import canonical_key, resolve_against, surname_key
from dateline.analyze.spellings import surname_variants
from dateline.errors import NotFoundError
from dateline.records import Actor
from dateline.store.sqlite import SqliteStore

# Shown in the message when a name matches several actors.
CANDIDATES_SHOWN = 5
_WORD = re.compile(r"[a-z0-9]")


class AmbiguousActorError(NotFoundError):
    """A name that matches several actors; ``candidates`` are their display names, most mentioned first."""

    def __init__(self, name: str, candidates: tuple[str, ...]) -> None:
        shown = ", ".join(candidates[:CANDIDATES_SHOWN])
        more = f" and {len(candidates) - CANDIDATES_SHOWN} more" if len(candidates) > CANDIDATES_SHOWN else ""
        super().__init__(f"actor {name!r} matches several actors: {shown}{more}; give more of the name")
        self.name = name
        self.candidates = candidates


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


def _same_surname(store: SqliteStore, key: str) -> list[Any]:
    """Stored people ``key`` could be another form of, found through the surname index.

    A surname alone may be anyone of that surname: any two found make it ambiguous, so a few suffice. A full
    name may be a form of the names it ends ("tayyip erdogan" of "recep tayyip erdogan"), of its own first
    name and surname, or of longer names with its first word: only those are read, so no other person of a
    common surname can crowd out the one that matters.
    """
    words = key.split()
    columns = "SELECT key, name, kind, affiliation FROM actors WHERE surname = ?"
    if len(words) == 1:
        return list(store.conn.execute(f"{columns} LIMIT ?", (key, SURNAME_CANDIDATES)).fetchall())
    exact = {" ".join(words[i:]) for i in range(1, len(words) - 1)} | {f"{words[0]} {words[-1]}"}
    marks = ",".join("?" * len(exact))
    # Keys hold no % or _ (canonical_key keeps letters, digits, spaces, hyphens and apostrophes only).
    return list(store.conn.execute(
        f"{columns} AND (key LIKE ? OR key LIKE ? OR key IN ({marks})) LIMIT ?",
        (words[-1], f"{words[0]} %", f"% {key}", *sorted(exact), SURNAME_CANDIDATES),
    ).fetchall())


def _other_spellings(store: SqliteStore, key: str) -> list[Any]:
    """Stored people whose key is ``key`` with its surname a letter apart ("doug suttles" for "doug suttle"), found
    through the surname index (see :mod:`dateline.analyze.spellings`)."""
    words = key.split()
    variants = surname_variants(words[-1]) if len(words) >= 2 else []
    if not variants:
        return []
    given = " ".join(words[:-1])
    # By whole key (the primary key's index), not by surname then given names: people of other given names with a
    # variant surname ("johnson") must not fill a LIMIT before the one with this name is read.
    keys = [f"{given} {variant}" for variant in variants]
    marks = ",".join("?" * len(keys))
    return list(store.conn.execute(
        f"SELECT key, name, kind, affiliation FROM actors WHERE kind = 'PERSON' AND key IN ({marks})", keys
    ).fetchall())


def find_actor(store: SqliteStore, name: str, exact: bool = False) -> ActorDetail:
    """The one actor ``name`` names, with its roles over time and the articles that mention it.

    Tried in order, the first step that finds anything decides (accents, case, dots and a leading
    "the" are ignored throughout, as in actor keys):

    1. the actor's key or display name ("U.S." is the key "us", "Erdoğan" the key "erdogan"); a person known
       only by that surname while full names with it are stored ("Trump" beside "Donald Trump") is ambiguous;
    2. the one person of whose full name it is another form, as ingest merges them ("Hillary Rodham
       Clinton" is the stored "Hillary Clinton");
    3. the place or party the analysis resolves the name to ("U.S.", "USA" and "America" are "United States",
       "GOP" and "Republicans" the "Republican Party");
    4. actors of whose key or name every word of ``name`` is a whole word ("Bush" -> "Jeb Bush",
       but not "us" -> "Jeb Bush").

    With ``exact`` only step 1 counts, and a bare surname is taken as asked. Raises NotFoundError when
    nothing matches or ``name`` has no letter or digit (it would match everything), and
    AmbiguousActorError, listing them, when several actors match in step 4.
    """
    folded = canonical_key(name)
    if not _WORD.search(folded):
        raise NotFoundError(f"actor {name!r}: no letters or digits to look up")
    key = _by_key_or_name(store, name, folded)
    if exact and key is None:
        raise NotFoundError(f"actor {name!r}: no actor has that key or name")
    if key is not None and not exact:
        _refuse_a_bare_surname(store, name, key)
    key = key or _by_name_form(store, folded) or _by_place_or_party_alias(store, folded) or _by_whole_words(store, name)
    row = store.conn.execute("SELECT key, name, kind FROM actors WHERE key = ?", (key,)).fetchone()
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


def _by_key_or_name(store: SqliteStore, name: str, folded: str) -> str | None:
    """The key of the actor whose key is ``folded`` or whose display name is ``name`` (case aside)."""
    keys = [str(r[0]) for r in store.conn.execute(
        "SELECT key FROM actors WHERE key = ? OR lower(name) = ? ORDER BY key", (folded, name.strip().lower())
    ).fetchall()]
    # A key is unique, a display name need not be: the key decides.
    return folded if folded in keys else next(iter(keys), None)


def _refuse_a_bare_surname(store: SqliteStore, name: str, key: str) -> None:
    """Raise AmbiguousActorError when ``key`` is one word, the surname of people stored with full names ("trump"
    beside "donald trump"): the user almost always means one of them, listed first by the articles that mention
    them. The one-word actor may be a person known only by that surname (articles that never gave the full
    name) or something the analysis took for an organisation or a place (a user test's "Trump (ORG)", in 2
    articles, had answered for Donald Trump's 56); that one is meant when it is in as many articles as the
    best-known person ("Israel" beside Steve Israel)."""
    if " " in key:
        return
    rows = store.conn.execute(
        """SELECT a.key, a.name, count(DISTINCT aa.article_id) AS n FROM actors a
           JOIN article_actors aa ON aa.actor_key = a.key
           WHERE a.surname = ? AND a.kind = 'PERSON' AND a.key != ?
           GROUP BY a.key ORDER BY n DESC, sum(aa.mentions) DESC, a.name""",
        (key, key),
    ).fetchall()
    full = [r for r in rows if " " in str(r["key"])]
    bare = store.conn.execute(
        """SELECT a.name, a.kind, count(DISTINCT aa.article_id) AS n FROM actors a
           LEFT JOIN article_actors aa ON aa.actor_key = a.key WHERE a.key = ? GROUP BY a.key""",
        (key,),
    ).fetchone()
    if not full or bare is None:
        return
    if bare["kind"] != "PERSON" and int(full[0]["n"]) <= int(bare["n"] or 0):
        return  # "Israel", the country in 19 articles, beside Steve Israel in one: the country is meant (a review)
    kind = "" if bare["kind"] == "PERSON" else f"{str(bare['kind']).lower()}, "
    raise AmbiguousActorError(name, (*(str(r["name"]) for r in full), f"{bare['name']} ({kind}--exact)"))


def _by_name_form(store: SqliteStore, folded: str) -> str | None:
    """The key of the one stored person whose full name ``folded`` is a fuller or shorter form of, as ingest
    files such a name (``resolve_against`` over the same candidates)."""
    if " " not in folded:
        return None
    person = Actor(folded, folded, "PERSON")
    key = resolve_against(known_actors_for(store, (person,)), person)
    return None if key == folded else key


def _by_place_or_party_alias(store: SqliteStore, folded: str) -> str | None:
    """The key of the stored place or party ``folded`` is another name of, as the analysis resolves it ("USA" is
    the United States, "GOP" the Republican Party)."""
    from dateline.analyze.gazetteer import POLITICAL_PARTIES, load_gazetteer  # a second: only when no key matched

    place = load_gazetteer().place(folded)
    named = place.name if place is not None else POLITICAL_PARTIES.get(folded)
    if named is None or canonical_key(named) == folded:
        return None
    row = store.conn.execute("SELECT key FROM actors WHERE key = ?", (canonical_key(named),)).fetchone()
    return None if row is None else str(row[0])


def _by_whole_words(store: SqliteStore, name: str) -> str:
    """The key of the one mentioned actor whose key or name holds every word of ``name``.

    Raises NotFoundError when no actor does, AmbiguousActorError when several do.
    """
    wanted = set(_words(canonical_key(name)))
    longest = max(wanted, key=len)
    # LIKE narrows to keys or names containing the longest word anywhere; whole words are checked here.
    # Keys hold no % or _ (canonical_key keeps letters, digits, spaces, hyphens and apostrophes only).
    rows = store.conn.execute(
        """SELECT a.key, a.name FROM actors a JOIN article_actors aa ON aa.actor_key = a.key
           WHERE a.key LIKE ? OR lower(a.name) LIKE ?
           GROUP BY a.key ORDER BY count(DISTINCT aa.article_id) DESC, sum(aa.mentions) DESC, a.name""",
        (f"%{longest}%", f"%{longest}%"),
    ).fetchall()
    found = [r for r in rows if wanted <= set(_words(r["key"])) | set(_words(canonical_key(r["name"])))]
    if not found:
        raise NotFoundError(f"actor {name!r}: no such actor in the store")
    if len(found) > 1:
        raise AmbiguousActorError(name, tuple(r["name"] for r in found))
    return str(found[0]["key"])


def _words(key: str) -> list[str]:
    """The words of an actor key; a hyphen parts words too ("nagorno-karabakh" -> nagorno, karabakh)."""
    return [w for w in re.split(r"[\s-]+", key) if w]


# At most this many stored people with a new name's surname are compared with it.
SURNAME_CANDIDATES = 20


def known_actors_for(store: SqliteStore, actors: tuple[Actor, ...]) -> dict[str, Actor]:
    """Stored actors a new article's actors could be: the same key, or a person with the same surname
    ("erdogan" -> "recep tayyip erdogan"; "hillary clinton" -> "hillary rodham clinton"). Both lookups use an
    index, so the cost does not grow with the number of stored actors."""
    found: dict[str, Actor] = {}
    for actor in actors:
        rows = store.conn.execute(
            "SELECT key, name, kind, affiliation FROM actors WHERE key = ?", (actor.key,)
        ).fetchall()
        if actor.kind == "PERSON":
            rows += _same_surname(store, actor.key)
            if not rows:
                rows += _other_spellings(store, actor.key)
        for r in rows:
            found[r["key"]] = Actor(r["key"], r["name"], r["kind"], affiliation=r["affiliation"])
    # Titles are read only where they decide: several stored people share the surname a new actor is known by
    # alone ("President Obama" beside Barack and Michelle Obama, see ``resolve_against``), not for every actor.
    for surname in {a.key for a in actors if a.kind == "PERSON" and " " not in a.key}:
        people = [k for k, known in found.items() if known.kind == "PERSON" and " " in k and surname_key(k) == surname]
        for key in people if len(people) > 1 else []:
            found[key] = dataclasses.replace(found[key], roles=_roles_of(store, key))
    return found


def _roles_of(store: SqliteStore, key: str) -> tuple[str, ...]:
    """A stored person's titles (a few, through the actor index): they tell "President Obama" from Michelle."""
    rows = store.conn.execute(
        "SELECT DISTINCT role FROM article_actors WHERE actor_key = ? AND role != '' LIMIT 40", (key,)
    ).fetchall()
    return tuple(str(r[0]) for r in rows)
