"""The SQLite store: one file, WAL mode, versioned schema, one transaction per ingested input."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.analyze.names import surname_key
from dateline.errors import NotFoundError, StoreError
from dateline.link.duplicates import Fingerprint, is_near_duplicate
from dateline.link.site_paragraphs import paragraph_digests
from dateline.records import Analysis, Article, Copy, PublicationDate, RemovedBlock, RepeatedParagraph, StoredArticle
from dateline.store import codec

DEFAULT_DB = "dateline.db"
BUSY_TIMEOUT_MS = 60_000


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article listing."""

    id: int
    title: str
    outlet: str | None
    url: str | None
    published: str | None
    published_method: str
    language: str
    word_count: int
    duplicate_of: int | None
    story_id: int | None


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """Where the store lives: the argument, else ``DATELINE_DB``, else ``./dateline.db``."""
    if location:
        return os.fspath(location)
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def _migrations() -> list[tuple[int, str, str]]:
    """The schema migrations shipped with the package, in order: (version, name, sql)."""
    folder = resources.files("dateline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:3].isdigit():
            found.append((int(entry.name[:3]), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


_QUERY_NOISE = re.compile(r'["\x00-\x1f\x7f]')


def search_words(query: str) -> list[str]:
    """The words of a full-text query, without quotes and control characters (a NUL ends an SQL string)."""
    return _QUERY_NOISE.sub(" ", query).split()


_PLACE_OR_COMPANY = frozenset({"PLACE", "ORG"})
# The stored kind of one actor moves between PLACE and ORG when more of its articles give the other, a company on a
# tie (a place is the model's guess for a name it does not know; a company is read from its use). Counted only when
# this article's kind differs from the stored one.
_MAJORITY_KIND = (
    "UPDATE actors SET kind = ? WHERE key = ? AND kind IN ('PLACE', 'ORG') AND kind <> ? AND "
    "(SELECT count(DISTINCT article_id) FROM article_actors WHERE actor_key = ? AND kind = ?) "
    "+ CASE WHEN ? = 'ORG' THEN 1 ELSE 0 END > "
    "(SELECT count(DISTINCT article_id) FROM article_actors WHERE actor_key = ? AND kind = actors.kind)"
)


_PARAGRAPH_TASK = "index outlet paragraphs"
# Each indexed paragraph of the articles asked for, with its article's story (-1: none), and whether an article
# stored before it, or after it, printed it under the same outlet. Each EXISTS is an index range lookup.
_REPEATED = (
    "SELECT p.article_id, p.start_at, p.end_at, p.outlet, p.digest, coalesce(a.story_id, -1), "
    "EXISTS (SELECT 1 FROM outlet_paragraphs o WHERE o.outlet = p.outlet AND o.digest = p.digest "
    "AND o.article_id < p.article_id), "
    "EXISTS (SELECT 1 FROM outlet_paragraphs o WHERE o.outlet = p.outlet AND o.digest = p.digest "
    "AND o.article_id > p.article_id) "
    "FROM outlet_paragraphs p JOIN articles a ON a.id = p.article_id WHERE p.article_id IN ({marks}) "
    "ORDER BY p.article_id, p.start_at"
)
# Whether an article of another story than the given one (or of none) printed the paragraph under the outlet. Asked
# once per paragraph and story, not once per article: where every article of a big story prints the paragraph, each
# probe walks all its copies before it answers no (2,000 articles: 2.5 s per timeline version, growing as n^2).
_IN_OTHER_STORY = (
    "SELECT EXISTS (SELECT 1 FROM outlet_paragraphs o JOIN articles oa ON oa.id = o.article_id "
    "WHERE o.outlet = ? AND o.digest = ? AND coalesce(oa.story_id, -1) <> ?)"
)
_BACKFILL_BATCH = 200
TASK_WAIT_MS = 2000  # how long an opener waits to share a migration's work another process is doing


class SqliteStore:
    """Dateline's store on a SQLite file. Safe for several processes thanks to WAL and a busy timeout."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
            self._finish_tasks()
        except sqlite3.OperationalError as exc:
            if not any(sign in str(exc) for sign in ("readonly", "unable to open")) or not Path(path).is_file():
                raise StoreError(f"{path}: cannot open the store ({exc})") from exc
            self._open_read_only()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc

    def _open_read_only(self) -> None:
        """Open a store this user may read but not write (a shared archive, a read-only folder or mount): read
        commands work on it, and a command that writes fails with SQLite's "readonly" error, as a one-line
        error. A review found ``stories`` refused on such a store ("attempt to write a readonly database").

        A WAL store needs its shared-memory file even to read; where that cannot be made here (a folder or a
        mount this user may not write), the file is read as unchanging (``immutable``): what a writer has not yet
        checkpointed from its ``-wal`` file is then not seen.
        """
        self.conn.close()
        uri = Path(self.path).resolve().as_uri()
        for mode in ("mode=ro", "immutable=1"):
            self.conn = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                        isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            try:
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.DatabaseError as exc:
                self.conn.close()
                if mode == "immutable=1":
                    raise StoreError(f"{self.path}: cannot open the store read-only ({exc})") from exc
        latest = max((version for version, _, _ in _migrations()), default=0)
        if self.schema_version < latest:
            self.conn.close()
            raise StoreError(f"{self.path}: the store is read-only here and needs an upgrade by a user who may "
                             "write it (run any command as that user)")

    # ------------------------------------------------------------------ plumbing

    def _migrate(self) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for version, name, sql in _migrations():
            if version <= current:
                continue
            # executescript commits first; the explicit BEGIN/COMMIT makes each migration atomic.
            script = f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;"
            try:
                self.conn.executescript(script)
            except sqlite3.DatabaseError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"{self.path}: migration {name} failed ({exc})") from exc

    def _finish_tasks(self) -> None:
        """Do the work a migration left to the program (migration 007: index the stored articles' paragraphs).

        A batch of articles per transaction: a big store's backfill in one transaction held the write lock for
        minutes, an interrupted one lost all it had done, and every other process opening the store meanwhile (a
        read command, a web request) queued for the lock to do the same work, then failed ("database is locked").
        Such a process now waits briefly, then leaves the work to the one holding the store (indexing an article
        twice is harmless: INSERT OR IGNORE) and reads the index as it stands.
        """
        if not self.conn.execute("SELECT 1 FROM store_tasks WHERE name = ?", (_PARAGRAPH_TASK,)).fetchone():
            return
        on_sqlite = isinstance(self.conn, sqlite3.Connection)
        if on_sqlite:
            self.conn.execute(f"PRAGMA busy_timeout = {TASK_WAIT_MS}")
        try:
            self._index_stored_paragraphs()
        except sqlite3.OperationalError as exc:
            if not on_sqlite or "locked" not in str(exc):
                raise
        finally:
            if on_sqlite:
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _index_stored_paragraphs(self) -> None:
        after = 0
        while True:
            with self.transaction():
                if not self.conn.execute("SELECT 1 FROM store_tasks WHERE name = ?", (_PARAGRAPH_TASK,)).fetchone():
                    return  # another process finished it meanwhile
                rows = self.conn.execute(
                    "SELECT id, outlet, text FROM articles WHERE id > ? AND duplicate_of IS NULL "
                    f"AND outlet IS NOT NULL ORDER BY id LIMIT {_BACKFILL_BATCH}",
                    (after,),
                ).fetchall()
                for row in rows:
                    self.index_paragraphs(int(row[0]), str(row[1]), str(row[2]))
                if not rows:
                    self.conn.execute("DELETE FROM store_tasks WHERE name = ?", (_PARAGRAPH_TASK,))
                    return
                after = int(rows[-1][0])

    @property
    def schema_version(self) -> int:
        """The schema version the file is at."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block atomically: everything in it is stored, or nothing is."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ articles

    def find_by_hash(self, content_hash: str) -> int | None:
        """Id of the article with exactly this content, if stored."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return int(row[0]) if row else None

    def find_near_duplicate(self, fp: Fingerprint) -> int | None:
        """Id of an original article this fingerprint nearly duplicates, found through the LSH bands."""
        marks = ",".join("?" * len(fp.bands))
        rows = self.conn.execute(
            f"SELECT a.id, a.minhash, a.duplicate_of FROM articles a WHERE a.id IN "
            f"(SELECT article_id FROM article_bands WHERE band IN ({marks})) ORDER BY a.id LIMIT 50",
            fp.bands,
        ).fetchall()
        for row in rows:
            if row["minhash"] and is_near_duplicate(fp, Fingerprint(row["minhash"], ())):
                return int(row["duplicate_of"] or row["id"])
        return None

    def add_article(
        self,
        article: Article,
        analysis: Analysis,
        content_hash: str,
        fp: Fingerprint,
        duplicate_of: int | None = None,
    ) -> int:
        """Insert an article with its analysis; call inside :meth:`transaction`. Returns its id."""
        pub = article.published
        cur = self.conn.execute(
            """INSERT INTO articles (content_hash, origin, url, title, outlet, author,
                published_earliest, published_latest, published_method, published_confidence,
                published_evidence, language, caption, text, raw, raw_kind, removed_json,
                analysis_json, word_count, minhash, duplicate_of, ingested_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                content_hash, article.origin, article.url, article.title, article.outlet, article.author,
                pub.earliest.isoformat() if pub else None, pub.latest.isoformat() if pub else None,
                pub.method if pub else "unknown", pub.confidence if pub else None,
                pub.evidence if pub else None, article.language, article.caption, article.text,
                article.raw, article.raw_kind, codec.dumps(article.removed), codec.dumps(analysis),
                article.word_count, fp.signature, duplicate_of, utc_now(),
            ),
        )
        article_id = int(cur.lastrowid or 0)
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)",
            [(band, article_id) for band in fp.bands],
        )
        if duplicate_of is None:
            self._index_actors(article_id, analysis)
            if article.outlet:
                self.index_paragraphs(article_id, article.outlet, article.text)
        return article_id

    def index_paragraphs(self, article_id: int, outlet: str, text: str) -> None:
        """File an article's long paragraphs under its outlet (see :mod:`dateline.link.site_paragraphs`); call
        inside :meth:`transaction`. :meth:`add_article` does it for an original article with an outlet."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO outlet_paragraphs (outlet, digest, article_id, start_at, end_at) "
            "VALUES (?,?,?,?,?)",
            [(outlet, digest, article_id, start, end) for start, end, digest in paragraph_digests(text)],
        )

    def printed_by_outlet(self, outlet: str, digests: Sequence[str]) -> set[str]:
        """Of these paragraph digests (``site_paragraphs.paragraph_digests``), those the outlet's stored articles
        printed: an index probe each."""
        if not digests:
            return set()
        marks = ",".join("?" * len(digests))
        query = f"SELECT DISTINCT digest FROM outlet_paragraphs WHERE outlet = ? AND digest IN ({marks})"
        rows = self.conn.execute(query, (outlet, *digests)).fetchall()
        return {str(row[0]) for row in rows}

    def repeated_paragraphs(self, ids: Sequence[int]) -> dict[int, tuple[RepeatedParagraph, ...]]:
        """Per article id, its paragraphs its outlet also printed in other stored articles, in text order.

        Each paragraph is looked up in the index (whether an earlier or a later article printed it), then each
        repeated one once per story (whether one in another story did), so the cost follows the articles asked
        for, not the size of the store.
        """
        if not ids:
            return {}
        found: dict[int, list[RepeatedParagraph]] = {}
        elsewhere: dict[tuple[str, str, int], bool] = {}
        seen: set[int] = set()
        for row in self.conn.execute(_REPEATED.format(marks=",".join("?" * len(ids))), tuple(ids)).fetchall():
            article_id = int(row[0])
            lead = article_id not in seen  # its first long paragraph: the rows come in text order
            seen.add(article_id)
            if not (row[6] or row[7]):  # printed by no earlier and no later article
                continue
            key = (str(row[3]), str(row[4]), int(row[5]))
            if key not in elsewhere:
                elsewhere[key] = bool(self.conn.execute(_IN_OTHER_STORY, key).fetchone()[0])
            found.setdefault(article_id, []).append(RepeatedParagraph(
                int(row[1]), int(row[2]), earlier=bool(row[6]), other_story=elsewhere[key], lead=lead,
            ))
        return {article_id: tuple(paragraphs) for article_id, paragraphs in found.items()}

    def redate_article(self, article_id: int, published: PublicationDate, analysis: Analysis) -> None:
        """Give a stored article another publication date and the analysis anchored on it.

        For a date the user gives after the article was stored with a guessed one: the article row's
        date and analysis are replaced and its actor index rows rebuilt from the new analysis (a reprint
        keeps none). Call inside :meth:`transaction`; raises NotFoundError for an unknown id.
        """
        cur = self.conn.execute(
            """UPDATE articles SET published_earliest = ?, published_latest = ?, published_method = ?,
                published_confidence = ?, published_evidence = ?, analysis_json = ? WHERE id = ?""",
            (
                published.earliest.isoformat(), published.latest.isoformat(), published.method,
                published.confidence, published.evidence, codec.dumps(analysis), article_id,
            ),
        )
        if cur.rowcount == 0:
            raise NotFoundError(f"article {article_id}: no such article")
        self.conn.execute("DELETE FROM article_actors WHERE article_id = ?", (article_id,))
        row = self.conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row[0] is None:
            self._index_actors(article_id, analysis)

    def source_of(self, article_id: int) -> tuple[str, str | None, str | None]:
        """A stored article's origin (file, URL or label it was read from), outlet and URL; NotFoundError if
        unknown."""
        row = self.conn.execute("SELECT origin, outlet, url FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"article {article_id}: no such article")
        return str(row[0]), None if row[1] is None else str(row[1]), None if row[2] is None else str(row[2])

    def set_outlet(self, article_id: int, outlet: str) -> None:
        """Give a stored article another outlet name (one the user gives). Call inside :meth:`transaction`."""
        if self.conn.execute("UPDATE articles SET outlet = ? WHERE id = ?", (outlet, article_id)).rowcount == 0:
            raise NotFoundError(f"article {article_id}: no such article")
        self.conn.execute("DELETE FROM outlet_paragraphs WHERE article_id = ?", (article_id,))
        row = self.conn.execute("SELECT duplicate_of, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row[0] is None:
            self.index_paragraphs(article_id, outlet, str(row[1]))

    def _index_actors(self, article_id: int, analysis: Analysis) -> None:
        counts: dict[tuple[str, str | None], int] = {}
        for mention in analysis.mentions:
            pair = (mention.actor_key, mention.role)
            counts[pair] = counts.get(pair, 0) + 1
        by_key = {actor.key: actor for actor in analysis.actors}
        for (key, role), n in counts.items():
            actor = by_key.get(key)
            name = actor.name if actor else key
            kind = actor.kind if actor else "PERSON"
            self.conn.execute(
                "INSERT OR IGNORE INTO actors (key, name, kind, affiliation, surname) VALUES (?,?,?,?,?)",
                (key, name, kind, actor.affiliation if actor else None,
                 surname_key(key) if kind == "PERSON" else None),
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO article_actors (article_id, actor_key, name, kind, role, mentions) "
                "VALUES (?,?,?,?,?,?)",
                (article_id, key, name, kind, role or "", n),
            )
            if kind in _PLACE_OR_COMPANY:
                # A name the model reads as a place in some articles and as a company in others (Transocean,
                # Halliburton in a BP user test) takes the kind most of its articles give it, either way.
                self.conn.execute(_MAJORITY_KIND, (kind, key, kind, key, kind, kind, key))

    def get_article(self, article_id: int, copies: bool = False, repeated: bool = False) -> StoredArticle:
        """The stored article with this id (with the sources that printed its text if ``copies``, its paragraphs
        its outlet printed elsewhere if ``repeated``); NotFoundError."""
        found = self.articles([article_id], copies, repeated)
        if not found:
            raise NotFoundError(f"article {article_id}: no such article")
        return found[0]

    def articles(self, ids: Sequence[int], copies: bool = False, repeated: bool = False) -> list[StoredArticle]:
        """The stored articles with these ids, in the given order (missing ids are skipped).

        With ``copies``, each with the other sources that printed its text (what timelines and article views
        cite): recorded copies first, then reprints stored as articles, then the reprints' own copies. With
        ``repeated``, each with its paragraphs its outlet printed in other articles too (:meth:`repeated_paragraphs`).
        """
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", tuple(ids)).fetchall()
        found = {int(r["id"]): _row_to_stored(r) for r in rows}
        if copies:
            printed = self._copies(ids)
            found = {i: dataclasses.replace(a, copies=tuple(printed.get(i, ()))) for i, a in found.items()}
        if repeated:
            shared = self.repeated_paragraphs(list(found))
            found = {i: dataclasses.replace(a, repeated=shared[i]) if i in shared else a for i, a in found.items()}
        return [found[i] for i in ids if i in found]

    def rename_copy(self, article_id: int, origin: str, outlet: str) -> tuple[str | None] | None:
        """Give the copy of an article read from ``origin`` another outlet; the outlet it had (in a 1-tuple), or
        None when no copy from there was recorded or it already has that outlet. Call inside :meth:`transaction`."""
        row = self.conn.execute(
            "SELECT id, outlet, url FROM article_copies WHERE article_id = ? AND origin = ? ORDER BY id LIMIT 1",
            (article_id, origin),
        ).fetchone()
        own = self.conn.execute("SELECT outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None or row[1] == outlet or (own is not None and own[0] == outlet):
            return None  # no such copy, no change, or the article's own outlet: no copy of itself
        taken = self.conn.execute(
            "SELECT 1 FROM article_copies WHERE article_id = ? AND origin = ? AND outlet = ? "
            "AND coalesce(url, '') = coalesce(?, '')",
            (article_id, origin, outlet, row[2]),
        ).fetchone()
        if taken:  # that outlet's copy from there is recorded already: the other name goes
            self.conn.execute("DELETE FROM article_copies WHERE id = ?", (row[0],))
        else:
            self.conn.execute("UPDATE article_copies SET outlet = ? WHERE id = ?", (outlet, row[0]))
        return (row[1],)

    def reprints(self, ids: Sequence[int]) -> list[StoredArticle]:
        """The reprints of these articles stored as their own articles (``duplicate_of`` one of them), by id."""
        if not ids:
            return []
        rows = self.conn.execute(
            f"SELECT id FROM articles WHERE duplicate_of IN ({','.join('?' * len(ids))}) ORDER BY id", tuple(ids)
        ).fetchall()
        return self.articles([int(row[0]) for row in rows])

    def _copies(self, ids: Sequence[int]) -> dict[int, list[Copy]]:
        marks = ",".join("?" * len(ids))
        found: dict[int, list[Copy]] = {}
        for row in self.conn.execute(
            f"SELECT article_id, origin, url, outlet FROM article_copies WHERE article_id IN ({marks}) ORDER BY id",
            tuple(ids),
        ):
            found.setdefault(int(row[0]), []).append(Copy(str(row[1]), row[2], row[3]))
        reprints: dict[int, tuple[int, str]] = {}  # reprint id -> (original id, its text)
        for row in self.conn.execute(
            f"SELECT duplicate_of, id, origin, url, outlet, text FROM articles WHERE duplicate_of IN ({marks}) "
            "ORDER BY id", tuple(ids),
        ):
            found.setdefault(int(row[0]), []).append(Copy(str(row[2]), row[3], row[4], int(row[1]), str(row[5])))
            reprints[int(row[1])] = (int(row[0]), str(row[5]))
        if reprints:  # a reprint's own copies print the reprint's text
            reprint_marks = ",".join("?" * len(reprints))
            for row in self.conn.execute(
                f"SELECT article_id, origin, url, outlet FROM article_copies WHERE article_id IN ({reprint_marks}) "
                "ORDER BY id", tuple(reprints),
            ):
                original, text = reprints[int(row[0])]
                found[original].append(Copy(str(row[1]), row[2], row[3], int(row[0]), text))
        return found

    def add_copy(self, article_id: int, origin: str, url: str | None, outlet: str | None) -> bool:
        """Record that ``origin`` printed the very text of a stored article; False if it was already recorded.

        Call inside :meth:`transaction`.
        """
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO article_copies (article_id, origin, url, outlet, added_at) VALUES (?,?,?,?,?)",
            (article_id, origin, url, outlet, utc_now()),
        )
        return cursor.rowcount > 0

    def list_articles(
        self, limit: int | None = None, offset: int = 0, story_id: int | None = None
    ) -> list[ArticleSummary]:
        """Articles newest first by publication date, then by id; only one story's (its own articles and their
        reprints) when ``story_id`` is given."""
        where = "WHERE story_id = ? OR duplicate_of IN (SELECT id FROM articles WHERE story_id = ?)" if story_id else ""
        rows = self.conn.execute(
            f"""SELECT id, title, outlet, url, published_earliest, published_method, language, word_count,
                      duplicate_of, story_id FROM articles {where}
               ORDER BY published_earliest IS NULL, published_earliest DESC, id DESC LIMIT ? OFFSET ?""",
            (*((story_id, story_id) if story_id else ()), -1 if limit is None else limit, offset),
        ).fetchall()
        return [
            ArticleSummary(
                id=r["id"], title=r["title"], outlet=r["outlet"], url=r["url"],
                published=r["published_earliest"], published_method=r["published_method"],
                language=r["language"], word_count=r["word_count"], duplicate_of=r["duplicate_of"],
                story_id=r["story_id"],
            )
            for r in rows
        ]

    def count_articles(self) -> int:
        """Number of stored articles, near-duplicates included."""
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search_articles(self, query: str, limit: int = 50) -> list[int]:
        """Ids of articles matching a full-text query (words, phrases in quotes), best first."""
        terms = " ".join(f'"{t}"' for t in search_words(query))
        if not terms:
            return []
        rows = self.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (terms, limit)
        ).fetchall()
        return [int(r[0]) for r in rows]

    # ------------------------------------------------------------------ feeds (conditional GET)

    def get(self, url: str) -> tuple[str | None, str | None]:
        """ETag and Last-Modified remembered for a feed URL (the sources stage's FeedCache)."""
        row = self.conn.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row["etag"], row["last_modified"]) if row else (None, None)

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a feed's validators for the next conditional GET."""
        self.conn.execute(
            "INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?,?,?,?) "
            "ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified, "
            "checked_at=excluded.checked_at",
            (url, etag, last_modified, utc_now()),
        )

    def integrity_ok(self) -> bool:
        """Whether SQLite's integrity check passes."""
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def utc_now() -> str:
    """The current UTC time, to the second, as the store writes timestamps."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_to_stored(row: sqlite3.Row) -> StoredArticle:
    published = None
    if row["published_earliest"]:
        published = PublicationDate(
            earliest=date.fromisoformat(row["published_earliest"]),
            latest=date.fromisoformat(row["published_latest"] or row["published_earliest"]),
            method=row["published_method"],
            confidence=row["published_confidence"] if row["published_confidence"] is not None else 1.0,
            evidence=row["published_evidence"] or "",
        )
    article = Article(
        origin=row["origin"], title=row["title"], text=row["text"], raw=row["raw"], raw_kind=row["raw_kind"],
        url=row["url"], outlet=row["outlet"], author=row["author"], published=published,
        language=row["language"], caption=row["caption"],
        removed=codec.loads(tuple[RemovedBlock, ...], row["removed_json"]),
    )
    analysis: Any = codec.loads(Analysis, row["analysis_json"])
    return StoredArticle(
        id=row["id"], article=article, analysis=analysis, content_hash=row["content_hash"],
        duplicate_of=row["duplicate_of"], story_id=row["story_id"],
    )
