"""SQL for stories: the grouping index (features, profiles, inverted index), story rows, corrections.

Decisions live in :mod:`dateline.link.grouping`; this module only reads and writes. Every lookup
used while adding an article goes through an index, so adding one article costs the same however
many articles and stories the store holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from dateline.link.grouping import ArticleFeatures, StoryProfile
from dateline.link.site_paragraphs import timeline_boilerplate

if TYPE_CHECKING:
    # Only for annotations: the store module imports the link package (duplicates), so a
    # runtime import here would be circular.
    from dateline.store.sqlite import SqliteStore

CANDIDATES_PER_KEY = 25  # most recent stories fetched for each index key
MAX_CANDIDATES = 20  # profiles loaded and scored per article


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------------- document frequencies


def total_docs(store: SqliteStore) -> int:
    """Number of articles counted into the document frequencies."""
    row = store.conn.execute("SELECT value FROM link_counters WHERE name = 'docs'").fetchone()
    return int(row[0]) if row else 0


def doc_freqs(store: SqliteStore, terms: Iterable[str]) -> dict[str, int]:
    """Document frequency of each term (absent terms are left out)."""
    found: dict[str, int] = {}
    terms = list(terms)
    for start in range(0, len(terms), 500):
        chunk = terms[start : start + 500]
        rows = store.conn.execute(
            f"SELECT term, df FROM term_doc_freq WHERE term IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
        found.update({r[0]: int(r[1]) for r in rows})
    return found


def count_document(store: SqliteStore, terms: Iterable[str]) -> None:
    """Count one more article and the terms it contains into the document frequencies."""
    store.conn.executemany(
        "INSERT INTO term_doc_freq (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
        [(t,) for t in set(terms)],
    )
    store.conn.execute(
        "INSERT INTO link_counters (name, value) VALUES ('docs', 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1"
    )


# ---------------------------------------------------------------------- article features


def _features_to_json(features: ArticleFeatures) -> str:
    return json.dumps(
        {"title": features.title, "terms": features.terms, "actors": features.actors,
         "pairs": features.pairs, "day": _iso(features.day), "outlet": features.outlet},
        ensure_ascii=False, separators=(",", ":"),
    )


def _features_from_json(article_id: int, text: str) -> ArticleFeatures:
    data: dict[str, Any] = json.loads(text)
    return ArticleFeatures(
        article_id=article_id, title=data["title"], terms=data["terms"], actors=data["actors"],
        day=_day(data["day"]), outlet=data["outlet"], pairs=data.get("pairs", {}),
    )


def save_features(store: SqliteStore, features: ArticleFeatures) -> None:
    """Keep an article's grouping features so profiles can be rebuilt after corrections."""
    store.conn.execute(
        "INSERT OR REPLACE INTO article_features (article_id, features_json) VALUES (?, ?)",
        (features.article_id, _features_to_json(features)),
    )


def load_features(store: SqliteStore, article_ids: Sequence[int]) -> list[ArticleFeatures]:
    """Stored features of these articles, in the given order (articles without features skipped)."""
    found: dict[int, ArticleFeatures] = {}
    ids = list(article_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = store.conn.execute(
            f"SELECT article_id, features_json FROM article_features "
            f"WHERE article_id IN ({','.join('?' * len(chunk))})", chunk,
        ).fetchall()
        found.update({int(r[0]): _features_from_json(int(r[0]), r[1]) for r in rows})
    return [found[i] for i in ids if i in found]


# ---------------------------------------------------------------------- profiles and index


def _profile_to_json(profile: StoryProfile) -> str:
    return json.dumps(
        {"terms": profile.terms, "actors": profile.actors, "pairs": profile.pairs,
         "first_day": _iso(profile.first_day),
         "last_day": _iso(profile.last_day), "size": profile.size,
         "title_article_id": profile.title_article_id},
        ensure_ascii=False, separators=(",", ":"),
    )


def _profile_from_json(story_id: int, text: str) -> StoryProfile:
    data: dict[str, Any] = json.loads(text)
    return StoryProfile(
        story_id=story_id, terms=data["terms"], actors=data["actors"], first_day=_day(data["first_day"]),
        last_day=_day(data["last_day"]), size=int(data["size"]), title_article_id=data["title_article_id"],
        pairs=data.get("pairs", {}),
    )


def candidate_story_ids(store: SqliteStore, keys: Mapping[str, float]) -> list[int]:
    """Stories sharing index keys with an article, best first: each key fetches its most recent stories."""
    scores: dict[int, float] = {}
    for key, weight in keys.items():
        rows = store.conn.execute(
            "SELECT story_id FROM story_terms WHERE term = ? ORDER BY last_day DESC LIMIT ?",
            (key, CANDIDATES_PER_KEY),
        ).fetchall()
        for row in rows:
            scores[int(row[0])] = scores.get(int(row[0]), 0.0) + weight
    ranked = sorted(scores, key=lambda s: (-scores[s], -s))
    return ranked[:MAX_CANDIDATES]


def load_profiles(store: SqliteStore, story_ids: Sequence[int]) -> list[StoryProfile]:
    """Profiles of these stories (stories without one are skipped)."""
    if not story_ids:
        return []
    rows = store.conn.execute(
        f"SELECT story_id, profile_json FROM story_profiles WHERE story_id IN ({','.join('?' * len(story_ids))})",
        tuple(story_ids),
    ).fetchall()
    return [_profile_from_json(int(r[0]), r[1]) for r in rows]


def save_profile(store: SqliteStore, profile: StoryProfile) -> None:
    """Store a story's profile and rewrite its rows in the inverted index."""
    store.conn.execute(
        "INSERT OR REPLACE INTO story_profiles (story_id, profile_json) VALUES (?, ?)",
        (profile.story_id, _profile_to_json(profile)),
    )
    store.conn.execute("DELETE FROM story_terms WHERE story_id = ?", (profile.story_id,))
    store.conn.executemany(
        "INSERT INTO story_terms (term, story_id, last_day) VALUES (?, ?, ?)",
        [(key, profile.story_id, _iso(profile.last_day)) for key in profile.index_keys()],
    )
    store.conn.execute(
        "UPDATE stories SET first_date = ?, last_date = ?, updated_at = ? WHERE id = ?",
        (_iso(profile.first_day), _iso(profile.last_day), _now(), profile.story_id),
    )


# ---------------------------------------------------------------------- story rows


def create_story(store: SqliteStore, title: str) -> int:
    """Insert an empty story and return its id."""
    # Ids of merged-away stories stay reserved: they keep resolving to the story they went into.
    # Two plain queries (each an index lookup) rather than SQLite's two-argument max(), for PostgreSQL.
    highest = store.conn.execute("SELECT coalesce(max(id), 0) FROM stories").fetchone()
    merged = store.conn.execute("SELECT coalesce(max(merged_id), 0) FROM story_merges").fetchone()
    story_id = max(int(highest[0]), int(merged[0])) + 1
    store.conn.execute(
        "INSERT INTO stories (id, title, updated_at) VALUES (?, ?, ?)", (story_id, title, _now())
    )
    return story_id


def delete_story(store: SqliteStore, story_id: int) -> None:
    """Remove a story with its profile and index rows (its articles must have moved first)."""
    store.conn.execute("DELETE FROM story_terms WHERE story_id = ?", (story_id,))
    store.conn.execute("DELETE FROM story_profiles WHERE story_id = ?", (story_id,))
    store.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))


def set_story_of(store: SqliteStore, article_ids: Sequence[int], story_id: int) -> None:
    """Point articles at a story."""
    store.conn.executemany(
        "UPDATE articles SET story_id = ? WHERE id = ?", [(story_id, a) for a in article_ids]
    )


def set_title(store: SqliteStore, story_id: int, title: str, lock: bool = False) -> None:
    """Change a story's title; a locked title is only changed with ``lock=True`` (a user rename)."""
    if lock:
        store.conn.execute(
            "UPDATE stories SET title = ?, title_locked = 1, updated_at = ? WHERE id = ?",
            (title, _now(), story_id),
        )
    else:
        store.conn.execute(
            "UPDATE stories SET title = ?, updated_at = ? WHERE id = ? AND title_locked = 0",
            (title, _now(), story_id),
        )


def story_row(store: SqliteStore, story_id: int) -> dict[str, Any] | None:
    """The story's row (title, dates, lock) or None."""
    row = store.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    return dict(row) if row else None


def resolve_merged(store: SqliteStore, story_id: int) -> int:
    """The id a story lives under now, following merges."""
    seen = {story_id}
    while True:
        row = store.conn.execute("SELECT into_id FROM story_merges WHERE merged_id = ?", (story_id,)).fetchone()
        if row is None or int(row[0]) in seen:
            return story_id
        story_id = int(row[0])
        seen.add(story_id)


def record_merge(store: SqliteStore, merged_id: int, into_id: int) -> None:
    """Remember that ``merged_id`` now lives in ``into_id``."""
    store.conn.execute(
        "INSERT OR REPLACE INTO story_merges (merged_id, into_id) VALUES (?, ?)", (merged_id, into_id)
    )


def record_correction(
    store: SqliteStore, kind: str, story_id: int, other_id: int | None = None, detail: str | None = None
) -> None:
    """Log a user correction (merge, split, rename)."""
    store.conn.execute(
        "INSERT INTO story_corrections (kind, story_id, other_id, detail, made_at) VALUES (?,?,?,?,?)",
        (kind, story_id, other_id, detail, _now()),
    )


def split_by_user(store: SqliteStore, story_id: int) -> bool:
    """Whether a user split articles off this story or made it by a split (stories merged into it count)."""
    rows = store.conn.execute(
        "SELECT story_id, other_id FROM story_corrections WHERE kind = 'split' AND other_id IS NOT NULL"
    ).fetchall()
    return any(story_id in (resolve_merged(store, int(row[0])), resolve_merged(store, int(row[1]))) for row in rows)


def title_locked(store: SqliteStore, story_id: int) -> bool:
    """Whether the story's title is the user's (a rename)."""
    row = story_row(store, story_id)
    return bool(row is not None and row["title_locked"])


def story_members(store: SqliteStore, story_id: int) -> list[tuple[int, str | None]]:
    """(article id, outlet) of the story's articles, oldest first."""
    rows = store.conn.execute(
        "SELECT id, outlet FROM articles WHERE story_id = ? "
        "ORDER BY published_earliest IS NULL, published_earliest, id",
        (story_id,),
    ).fetchall()
    return [(int(r[0]), r[1]) for r in rows]


def member_dates(store: SqliteStore, story_id: int) -> tuple[tuple[Any, ...], ...]:
    """What a story's views are built from, beyond the story record: (article id, earliest, latest, method) of
    each of its articles, then of their reprints (with outlet), then the outlets of their recorded copies.

    What re-dating an article or a reprint, or recording or renaming a copy, changes: views of the story keyed
    on it are rebuilt. Last, the paragraphs its timeline leaves out (printed by the outlet in another story too).
    """
    members = store.conn.execute(
        "SELECT id, published_earliest, published_latest, published_method FROM articles WHERE story_id = ? "
        "ORDER BY id",
        (story_id,),
    ).fetchall()
    reprints = store.conn.execute(
        "SELECT r.id, r.published_earliest, r.published_latest, r.published_method, r.outlet FROM articles r "
        "JOIN articles a ON r.duplicate_of = a.id WHERE a.story_id = ? ORDER BY r.id",
        (story_id,),
    ).fetchall()
    copies = store.conn.execute(
        "SELECT c.id, c.outlet FROM article_copies c JOIN articles a ON c.article_id = a.id "
        "LEFT JOIN articles o ON a.duplicate_of = o.id WHERE a.story_id = ? OR o.story_id = ? ORDER BY c.id",
        (story_id, story_id),
    ).fetchall()
    boilerplate = timeline_boilerplate(store.repeated_paragraphs([int(r[0]) for r in members]))
    return (
        *(tuple(r) for r in members), ("reprints",), *(tuple(r) for r in reprints),
        ("copies",), *(tuple(r) for r in copies), ("boilerplate",), *boilerplate,
    )


def inferred_dates(store: SqliteStore, story_ids: Sequence[int]) -> dict[int, list[tuple[date, date]]]:
    """(earliest, latest) of each inferred publication date of the stories' articles, by story id.

    What a story without a day grouping trusts can show instead, marked as guessed.
    """
    if not story_ids:
        return {}
    marks = ",".join("?" * len(story_ids))
    rows = store.conn.execute(
        f"SELECT story_id, published_earliest, published_latest FROM articles "
        f"WHERE story_id IN ({marks}) AND published_method = 'inferred' AND published_earliest IS NOT NULL",
        tuple(story_ids),
    ).fetchall()
    found: dict[int, list[tuple[date, date]]] = {}
    for story_id, earliest, latest in rows:
        first = date.fromisoformat(str(earliest))
        found.setdefault(int(story_id), []).append((first, date.fromisoformat(str(latest)) if latest else first))
    return found


def story_rows_by_activity(store: SqliteStore, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stories, the latest activity first (a story's last date; one with no date, by the day it last changed: a
    user test's story of pasted, undated text sank below every dated one); a page of them when ``limit`` is given."""
    rows = store.conn.execute(
        "SELECT * FROM stories ORDER BY COALESCE(last_date, substr(updated_at, 1, 10)) DESC, updated_at DESC, id DESC "
        "LIMIT ? OFFSET ?",
        (-1 if limit is None else limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


def count_stories(store: SqliteStore) -> int:
    """Number of stories."""
    return int(store.conn.execute("SELECT count(*) FROM stories").fetchone()[0])


def members_by_story(
    store: SqliteStore, story_ids: Sequence[int] | None = None
) -> dict[int, list[tuple[int, str | None]]]:
    """(article id, outlet) of the stories' articles (every story's when None), oldest first, by story id."""
    order = " ORDER BY published_earliest IS NULL, published_earliest, id"
    if story_ids is None:
        rows = store.conn.execute(
            "SELECT story_id, id, outlet FROM articles WHERE story_id IS NOT NULL" + order
        ).fetchall()
    else:
        rows = []
        ids = list(story_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += store.conn.execute(
                f"SELECT story_id, id, outlet FROM articles WHERE story_id IN ({','.join('?' * len(chunk))})"
                + order,
                chunk,
            ).fetchall()
    members: dict[int, list[tuple[int, str | None]]] = {}
    for row in rows:
        members.setdefault(int(row[0]), []).append((int(row[1]), row[2]))
    return members
