"""``redline query --sql``: the user's SQL on a connection that can only read the store.

Three fences, each enough on its own for what it guards:

* the store is opened read-only (no writes to it, no ``CHECKPOINT`` that changes it);
* only one statement, and only a query (``SELECT``, ``WITH``, ``FROM``, ``DESCRIBE``, ``SHOW``,
  ``SUMMARIZE``, ``VALUES``, ``EXPLAIN``): ``COPY``, ``EXPORT``, ``ATTACH``, ``INSTALL``,
  ``LOAD``, ``SET``, ``PRAGMA``, ``CALL`` and DDL are refused before they run;
* DuckDB's ``enable_external_access`` is off and the configuration locked, so no file outside the
  store is read or written (``read_csv('/etc/passwd')``, ``glob``, ``COPY ... TO``) and no
  extension is loaded, and the query cannot turn that back on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from redline.errors import UsageError
from redline.store.open import LOCK_WAIT, connect, ensure_schema

ALLOWED = frozenset({"SELECT", "EXPLAIN"})
LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET lock_configuration = true",
)


def statement_kind(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The type of the one statement in ``sql`` (``SELECT``...); UsageError if not one."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"SQL error: {_first_line(exc)}") from None
    if len(statements) != 1:
        raise UsageError(f"--sql takes exactly one statement, got {len(statements)}")
    return str(statements[0].type).rsplit(".", 1)[-1]


def readonly_connection(path: Path, *, wait: float = LOCK_WAIT) -> duckdb.DuckDBPyConnection:
    """The store at ``path``, read-only, with external access off and the settings locked."""
    con = connect(path, read_only=True, wait=wait)
    try:
        ensure_schema(con, path, read_only=True)
        for setting in LOCKDOWN:
            con.execute(setting)
    except BaseException:
        con.close()
        raise
    return con


def run_sql(path: Path, sql: str, *, wait: float = LOCK_WAIT) -> tuple[list[str], list[tuple]]:
    """Column names and rows of the query ``sql``; anything but a read is a UsageError."""
    con = readonly_connection(path, wait=wait)
    try:
        kind = statement_kind(con, sql)
        if kind not in ALLOWED:
            raise UsageError(f"refused: --sql runs read-only queries (SELECT, WITH, DESCRIBE, "
                             f"EXPLAIN ...), not {kind}")
        return _execute(con, sql)
    finally:
        con.close()


def _execute(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    try:
        cur = con.execute(sql)
        return [d[0] for d in cur.description or ()], cur.fetchall()
    except duckdb.PermissionException as exc:
        raise UsageError(f"refused: {_first_line(exc)}") from None
    except duckdb.Error as exc:
        raise UsageError(f"SQL error: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
