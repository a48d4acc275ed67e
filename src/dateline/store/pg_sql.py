"""Translate the store's SQLite-dialect SQL into PostgreSQL, once per statement.

The store modules write plain SQL for SQLite (``?`` placeholders, ``INSERT OR IGNORE``,
``INSERT OR REPLACE``, ``ON CONFLICT ... DO UPDATE SET x = x + 1``, ``LIMIT -1``, case-blind
``LIKE``). Rather than keep two copies of every query, the PostgreSQL store rewrites each statement
the first time it sees it, using what it knows of the schema (columns, primary keys, identity
columns), and caches the result. Only the constructs above are rewritten; anything else must
already be portable SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.errors import StoreError

# String literals, quoted identifiers and comments are masked so rewrites never touch their insides.
_OPAQUE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.DOTALL)
_MASK = re.compile(r"\x00(\d+)\x00")
_INSERT = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+(?P<mode>IGNORE|REPLACE)\s+)?|(?P<replace>REPLACE)\s+)INTO\s+(?P<table>[\w.]+)"
    r"\s*(?:\((?P<columns>[^)]*)\))?",
    re.IGNORECASE,
)
_DO_UPDATE = re.compile(r"\bDO\s+UPDATE\s+SET\b", re.IGNORECASE)
_SET_END = re.compile(r"\s\b(?:WHERE|RETURNING)\b", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
_LIMIT_PARAM = re.compile(r"\bLIMIT\s+\?", re.IGNORECASE)
_LIMIT_ALL = re.compile(r"\bLIMIT\s+-\s*1\b", re.IGNORECASE)
_LIKE = re.compile(r"\bLIKE\b", re.IGNORECASE)
_IFNULL = re.compile(r"\bIFNULL\s*\(", re.IGNORECASE)
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_BARE_NAME = re.compile(r"(?<![.\w\x00])([A-Za-z_]\w*)\b(?!\s*[.(])")
_MIN_MAX = re.compile(r"\b(max|min)\s*\(", re.IGNORECASE)
_TRAILING = re.compile(r"\s*;?\s*$")
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_ORDER_END = re.compile(r"\b(?:LIMIT|OFFSET|FETCH|FOR|UNION|INTERSECT|EXCEPT|WINDOW)\b|;", re.IGNORECASE)
_NULLS = re.compile(r"\bNULLS\s+(?:FIRST|LAST)\b", re.IGNORECASE)
_DIRECTION = re.compile(r"\s+(?:ASC|DESC)\s*$", re.IGNORECASE)
_IS_NULL = re.compile(r"\bIS\s+(?:NOT\s+)?NULL\s*$", re.IGNORECASE)
_COLUMN = re.compile(r"^(?:\w+\.)?(\w+)$")
_DESC = re.compile(r"\bDESC\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Catalog:
    """What the translator needs to know of the schema, table by table (names in lower case)."""

    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    primary_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    identities: dict[str, str] = field(default_factory=dict)
    never_null: frozenset[str] = frozenset()  # column names that are NOT NULL in every table having them


@dataclass(frozen=True)
class Translated:
    """A statement in PostgreSQL's dialect; ``returns_id`` when it ends in ``RETURNING <identity>``."""

    sql: str
    returns_id: bool = False


class UnknownTable(StoreError):
    """A rewrite needed the schema of a table the catalog does not list (maybe it is stale)."""


def translate(sql: str, catalog: Catalog, many: bool = False) -> Translated:
    """Rewrite one SQLite-dialect statement for PostgreSQL (psycopg's ``%s`` placeholders).

    ``many`` is set for ``executemany``, where no ``RETURNING`` clause is added.
    """
    opaque: list[str] = []

    def hide(match: re.Match[str]) -> str:
        opaque.append(match.group(0))
        return f"\x00{len(opaque) - 1}\x00"

    code = _OPAQUE.sub(hide, sql)
    code = _LIMIT_ALL.sub("LIMIT ALL", code)
    # SQLite reads any negative LIMIT as "no limit"; PostgreSQL reads NULL that way.
    code = _LIMIT_PARAM.sub("LIMIT NULLIF(GREATEST(CAST(? AS bigint), -1), -1)", code)
    code = _LIKE.sub("ILIKE", code)  # SQLite's LIKE ignores ASCII case
    code = _IFNULL.sub("coalesce(", code)
    code = _scalar_min_max(code)
    code = _nulls_as_in_sqlite(code, catalog)
    returns_id = False
    insert = _INSERT.match(code)
    if insert:
        code, returns_id = _rewrite_insert(code, insert, catalog, many)
    code = code.replace("%", "%%")
    code = _NAMED.sub(r"%(\1)s", code).replace("?", "%s")
    code = _MASK.sub(lambda m: opaque[int(m.group(1))].replace("%", "%%"), code)
    return Translated(code, returns_id)


def _rewrite_insert(code: str, insert: re.Match[str], catalog: Catalog, many: bool) -> tuple[str, bool]:
    """Turn SQLite's conflict clauses into ``ON CONFLICT`` and add ``RETURNING id`` for ``lastrowid``."""
    table = insert.group("table").lower().split(".")[-1]
    mode = (insert.group("mode") or insert.group("replace") or "").upper()
    code = "INSERT INTO " + code[insert.start("table") :]
    if mode == "IGNORE":
        code = _before_returning(code, " ON CONFLICT DO NOTHING")
    elif mode == "REPLACE":
        code = _before_returning(code, _replace_clause(table, insert.group("columns"), catalog))
    do_update = _DO_UPDATE.search(code)
    if do_update:
        code = _qualify_assignments(code, do_update.end(), table, catalog)
    identity = catalog.identities.get(table)
    if identity and not many and not _RETURNING.search(code):
        return _TRAILING.sub("", code) + f" RETURNING {identity}", True
    return code, False


def _before_returning(code: str, clause: str) -> str:
    found = _RETURNING.search(code)
    if found:
        return code[: found.start()].rstrip() + clause + " " + code[found.start() :]
    return _TRAILING.sub("", code) + clause


def _replace_clause(table: str, columns: str | None, catalog: Catalog) -> str:
    """``INSERT OR REPLACE`` becomes an upsert on the primary key that overwrites every other column."""
    keys = catalog.primary_keys.get(table)
    if not keys:
        raise UnknownTable(f"INSERT OR REPLACE INTO {table}: table has no primary key in the PostgreSQL schema")
    if columns is None:
        raise StoreError(f"INSERT OR REPLACE INTO {table}: name the columns so it can run on PostgreSQL")
    names = [c.strip().strip('"').lower() for c in columns.split(",")]
    updates = [f"{c} = EXCLUDED.{c}" for c in names if c not in keys]
    action = "DO UPDATE SET " + ", ".join(updates) if updates else "DO NOTHING"
    return f" ON CONFLICT ({', '.join(keys)}) {action}"


def _qualify_assignments(code: str, start: int, table: str, catalog: Catalog) -> str:
    """In ``DO UPDATE SET df = df + 1`` PostgreSQL finds ``df`` ambiguous: name the table."""
    columns = catalog.columns.get(table)
    if columns is None:
        raise UnknownTable(f"INSERT INTO {table} ... DO UPDATE: table unknown to the PostgreSQL schema")
    end_match = _SET_END.search(code, start)
    end = end_match.start() if end_match else len(code)
    parts = _split_top_level(code[start:end])
    qualified = []
    for part in parts:
        target, eq, value = part.partition("=")
        value = _BARE_NAME.sub(
            lambda m: f"{table}.{m.group(1)}" if m.group(1).lower() in columns else m.group(1), value
        )
        qualified.append(target + eq + value)
    return code[:start] + ",".join(qualified) + code[end:]


def _scalar_min_max(code: str) -> str:
    """SQLite's ``max(a, b)`` with several arguments is PostgreSQL's ``greatest(a, b)`` (``min``: ``least``)."""
    pieces, position = [], 0
    for found in _MIN_MAX.finditer(code):
        end = _clause_end(code, found.end())  # the matching closing parenthesis
        if len(_split_top_level(code[found.end() : end])) > 1:
            name = "greatest" if found.group(1).lower() == "max" else "least"
            pieces.append(code[position : found.start()] + name + "(")
            position = found.end()
    return "".join(pieces) + code[position:]


def _nulls_as_in_sqlite(code: str, catalog: Catalog) -> str:
    """SQLite sorts NULL as the smallest value, PostgreSQL as the largest: say where NULLs go.

    Items that cannot be NULL are left alone, so PostgreSQL can still walk an index for them.
    """
    pieces, position = [], 0
    for found in _ORDER_BY.finditer(code):
        if found.start() < position:
            continue
        end = _clause_end(code, found.end())
        items = _split_top_level(code[found.end() : end])
        rewritten = [
            item if _NULLS.search(item) or _never_null(item, catalog)
            else item.rstrip() + (" NULLS LAST" if _DESC.search(item) else " NULLS FIRST")
            + item[len(item.rstrip()) :]
            for item in items
        ]
        pieces.append(code[position : found.end()] + ",".join(rewritten))
        position = end
    return "".join(pieces) + code[position:]


def _never_null(item: str, catalog: Catalog) -> bool:
    expression = _DIRECTION.sub("", item).strip()
    if not expression or _IS_NULL.search(expression) or expression.lower().startswith("count("):
        return True
    column = _COLUMN.match(expression)
    return bool(column and column.group(1).lower() in catalog.never_null)


def _clause_end(code: str, start: int) -> int:
    """Where an ORDER BY list ends: a closing parenthesis, LIMIT and the like, or the end."""
    depth = 0
    index = start
    while index < len(code):
        char = code[index]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index
            depth -= 1
        elif depth == 0 and (char.isalpha() or char == ";"):
            keyword = _ORDER_END.match(code, index)
            if keyword and (index == 0 or not (code[index - 1].isalnum() or code[index - 1] == "_")):
                return index
        index += 1
    return len(code)


def _split_top_level(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        depth += char == "("
        depth -= char == ")"
        current.append(char)
    parts.append("".join(current))
    return parts
