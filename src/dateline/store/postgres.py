"""The PostgreSQL store: the SQLite store's API on a shared server, for teams working on one archive.

:class:`PostgresStore` inherits every query of :class:`~dateline.store.sqlite.SqliteStore`; its
``conn`` is a :class:`PgConnection` that speaks the small part of :mod:`sqlite3`'s interface the
store modules use (``execute``, ``executemany``, ``fetchone``, ``fetchall``, ``lastrowid``, rows
read by name or index, ``in_transaction``) and translates their SQL with :mod:`dateline.store.pg_sql`.
Writers serialize on an advisory lock, as SQLite's ``BEGIN IMMEDIATE`` does, so the link stage's
read-then-write logic stays correct with several ingesting processes.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any, cast

import psycopg
from psycopg.pq import TransactionStatus

from dateline.errors import StoreError
from dateline.link.duplicates import Fingerprint
from dateline.records import Analysis, Article
from dateline.store.pg_sql import Catalog, Translated, UnknownTable, translate
from dateline.store.sqlite import SqliteStore, _migrations, search_words, utc_now

CONNECT_TIMEOUT_S = 10
# Keys of the advisory locks: one writer at a time, one migrator at a time ("Dtln" + a digit).
WRITE_LOCK = 0x4474_6C6E_0001
MIGRATE_LOCK = 0x4474_6C6E_0002
SEARCH_CONFIG = "simple"  # like FTS5's unicode61 tokenizer: no stemming, no stop words

# Per database URL, for this process: the schema as read after migrating, and translated statements.
_KNOWN_SCHEMAS: dict[str, tuple[Catalog, dict[tuple[str, bool], Translated]]] = {}

_CATALOG_SQL = """
SELECT c.relname, a.attname, a.attidentity <> '' AS is_identity,
       coalesce(a.attnum = ANY (i.indkey), false) AS in_key, a.attnotnull
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
WHERE c.relkind IN ('r', 'p') AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
ORDER BY c.relname, a.attnum
"""


def redact(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", url)


class Row(tuple[Any, ...]):
    """A result row readable by index or by column name (case-blind), like :class:`sqlite3.Row`."""

    _index: dict[str, int] = {}  # noqa: RUF012 - set on the per-shape subclasses made by _row_class

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            try:
                return tuple.__getitem__(self, self._index[key.lower()])
            except KeyError:
                raise IndexError(f"no column named {key!r}") from None
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        """Column names, so ``dict(row)`` works as with sqlite3.Row."""
        return list(self._index)


_ROW_CLASSES: dict[tuple[str, ...], type[Row]] = {}


def _row_class(names: tuple[str, ...]) -> type[Row]:
    """One Row subclass per result shape keeps the name index off each row."""
    cls = _ROW_CLASSES.get(names)
    if cls is None:
        index = {name.lower(): i for i, name in reversed(list(enumerate(names)))}
        cls = _ROW_CLASSES[names] = type("Row", (Row,), {"_index": index})
    return cls


def _row_factory(cursor: Any) -> Any:
    names = tuple(col.name for col in cursor.description or ())
    cls = _row_class(names)
    return lambda values: cls(values)


def _as_sqlite_error(exc: psycopg.Error, sql: str) -> sqlite3.Error:
    """PostgreSQL's error as the sqlite3 exception the store's callers already catch."""
    message = f"{exc.diag.message_primary or exc} (PostgreSQL, in: {' '.join(sql.split())[:200]})"
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(message)
    if isinstance(exc, psycopg.DataError):
        return sqlite3.DataError(message)
    return sqlite3.OperationalError(message)


class PgCursor:
    """The result of one statement: rows, ``rowcount`` and ``lastrowid`` (the new identity value)."""

    def __init__(self, cursor: psycopg.Cursor[Any], returns_id: bool) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        self.rowcount = cursor.rowcount
        if returns_id:
            row = cursor.fetchone() if cursor.description else None
            self.lastrowid = int(row[0]) if row else None
            self._cursor = None  # type: ignore[assignment]  # the id row is not a result the caller asked for

    def fetchone(self) -> Any:
        """The next row, or None."""
        if self._cursor is None or self._cursor.description is None:
            return None
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        """The remaining rows."""
        if self._cursor is None or self._cursor.description is None:
            return []
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """A psycopg connection behind the slice of sqlite3's Connection API the store modules use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.raw: psycopg.Connection[Any] = psycopg.connect(
            url, autocommit=True, row_factory=_row_factory, connect_timeout=CONNECT_TIMEOUT_S
        )
        self.catalog, self._translated = _KNOWN_SCHEMAS.get(url, (Catalog(), {}))

    @property
    def schema_known(self) -> bool:
        """Whether this process already migrated this database and read its catalog."""
        return self.url in _KNOWN_SCHEMAS

    def refresh_catalog(self) -> None:
        """Re-read tables, primary keys and identity columns (after migrations)."""
        columns: dict[str, list[str]] = {}
        keys: dict[str, list[str]] = {}
        identities: dict[str, str] = {}
        nullable: set[str] = set()
        for table, column, is_identity, in_key, not_null in self.raw.execute(_CATALOG_SQL).fetchall():
            columns.setdefault(table, []).append(column)
            if not not_null:
                nullable.add(column)
            if in_key:
                keys.setdefault(table, []).append(column)
            if is_identity:
                identities[table] = column
        every_column = {c for names in columns.values() for c in names}
        self.catalog = Catalog(
            {t: tuple(c) for t, c in columns.items()}, {t: tuple(k) for t, k in keys.items()}, identities,
            frozenset(every_column - nullable),
        )
        self._translated = {}
        _KNOWN_SCHEMAS[self.url] = (self.catalog, self._translated)

    def _translate(self, sql: str, many: bool) -> Translated:
        key = (sql, many)
        found = self._translated.get(key)
        if found is None:
            try:
                found = translate(sql, self.catalog, many)
            except UnknownTable:
                self.refresh_catalog()  # a table created since we looked
                found = translate(sql, self.catalog, many)
            self._translated[key] = found
        return found

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> PgCursor:
        """Run one SQLite-dialect statement; errors come out as sqlite3 exceptions."""
        translated = self._translate(sql, many=False)
        try:
            cursor = self.raw.execute(translated.sql, params)
            return PgCursor(cursor, translated.returns_id)
        except psycopg.Error as exc:
            raise _as_sqlite_error(exc, sql) from exc

    def executemany(self, sql: str, params: Iterable[Sequence[Any] | Mapping[str, Any]]) -> PgCursor:
        """Run one statement for each set of parameters (pipelined by psycopg)."""
        translated = self._translate(sql, many=True)
        batch = list(params)
        try:
            with self.raw.cursor() as cursor:
                if batch:
                    cursor.executemany(translated.sql, batch)
                return PgCursor(cursor, False)
        except psycopg.Error as exc:
            raise _as_sqlite_error(exc, sql) from exc

    def run_script(self, script: str) -> None:
        """Run PostgreSQL-dialect SQL as is (several statements, no parameters): the migrations."""
        self.raw.execute(cast(Any, script))

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open, as sqlite3.Connection.in_transaction."""
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        """Close the connection to the server."""
        self.raw.close()


class PostgresStore(SqliteStore):
    """Dateline's store on a PostgreSQL database, shared by several processes and users."""

    def __init__(self, url: str) -> None:  # the SQLite constructor is replaced, not extended
        self.path = redact(url)
        try:
            self.pg = PgConnection(url)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL ({str(exc).strip()})") from exc
        # The shared queries are typed against sqlite3's interface, which PgConnection mimics.
        self.conn = cast(sqlite3.Connection, self.pg)
        if self.pg.schema_known:
            return  # migrated by this process already: skip the round trips (the web UI opens per request)
        try:
            self._migrate()
            self.pg.refresh_catalog()
            self._finish_tasks()
        except (psycopg.Error, sqlite3.Error) as exc:
            self.pg.close()
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    # ------------------------------------------------------------------ plumbing

    def _migrate(self) -> None:
        """Apply pending migrations in one transaction, one process at a time."""
        shipped = _pg_migrations()
        for version, name, _ in _migrations():
            if version not in shipped:
                raise StoreError(f"{self.path}: migration {name} has no PostgreSQL version")
        with self.pg.raw.transaction():
            self.pg.raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            self.pg.raw.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            current = self._read_version()
            for version, (name, sql) in sorted(shipped.items()):
                if version <= current:
                    continue
                try:
                    self.pg.run_script(sql)
                except psycopg.Error as exc:
                    raise StoreError(f"{self.path}: migration postgresql/{name} failed ({exc})") from exc
                self.pg.raw.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (%s, %s, %s)",
                    (version, name, utc_now()),
                )

    def _read_version(self) -> int:
        row = self.pg.raw.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    @property
    def schema_version(self) -> int:
        """The highest migration applied to the database."""
        return self._read_version()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block atomically; writers take turns (advisory lock) as with SQLite's BEGIN IMMEDIATE."""
        try:
            # One round trip for both; the lock is released by COMMIT or ROLLBACK.
            self.pg.run_script(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        except psycopg.Error as exc:
            if self.pg.in_transaction:
                self.pg.raw.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot start a transaction ({exc})") from exc
        try:
            yield self.conn
        except BaseException:
            self.pg.raw.execute("ROLLBACK")
            raise
        try:
            self.pg.raw.execute("COMMIT")
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: commit failed ({exc})") from exc

    def __enter__(self) -> PostgresStore:
        return self

    # ------------------------------------------------------------------ articles and search

    def add_article(
        self,
        article: Article,
        analysis: Analysis,
        content_hash: str,
        fp: Fingerprint,
        duplicate_of: int | None = None,
    ) -> int:
        """Insert an article as the SQLite store does, and index its title and text for search."""
        article_id = super().add_article(article, analysis, content_hash, fp, duplicate_of)
        self.pg.raw.execute(
            f"INSERT INTO articles_fts (article_id, document) VALUES (%s, "
            f"setweight(to_tsvector('{SEARCH_CONFIG}', %s), 'A') || to_tsvector('{SEARCH_CONFIG}', %s)) "
            "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document",
            (article_id, fold(article.title), fold(article.text)),
        )
        return article_id

    def search_articles(self, query: str, limit: int = 50) -> list[int]:
        """Ids of articles matching every word or phrase of ``query`` (case and accents ignored), best first."""
        terms = [fold(t) for t in search_words(query)]
        terms = [t for t in terms if t]
        if not terms:
            return []
        match = " && ".join([f"phraseto_tsquery('{SEARCH_CONFIG}', %s)"] * len(terms))
        rows = self.pg.raw.execute(
            f"SELECT article_id FROM articles_fts, (SELECT {match} AS query) AS q "
            "WHERE numnode(q.query) > 0 AND document @@ q.query "
            "ORDER BY ts_rank_cd(document, q.query) DESC, article_id LIMIT %s",
            (*terms, limit),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def integrity_ok(self) -> bool:
        """Whether the schema is current and every article is in the search index."""
        shipped = max(_pg_migrations(), default=0)
        row = self.pg.raw.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM articles_fts f WHERE f.article_id = a.id)"
        ).fetchone()
        return self.schema_version == shipped and row is not None and int(row[0]) == 0


def fold(text: str) -> str:
    """Case and accents folded away, as FTS5's unicode61 tokenizer does, so 'Erdogan' finds 'Erdoğan'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pg_migrations() -> dict[int, tuple[str, str]]:
    """PostgreSQL versions of the migrations, by version: (file name, sql)."""
    folder = resources.files("dateline.store") / "migrations" / "postgresql"
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:3].isdigit():
            found[int(entry.name[:3])] = (entry.name, entry.read_text(encoding="utf-8"))
    return found

