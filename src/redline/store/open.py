"""Opening a store file: clear errors for every way it can fail, and the schema check."""

from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

from redline.errors import StoreError
from redline.store.schema import DOC_TABLES, MARKER, STORE_VERSION, VIEW, ddl

_PID = re.compile(r"\(PID (\d+)\)")
LOCK_WAIT = 30.0  # seconds a reader or writer waits for another process's short step


def connect(path: Path, *, read_only: bool,
            wait: float = LOCK_WAIT) -> duckdb.DuckDBPyConnection:
    """Open ``path`` with DuckDB, turning each failure into a :class:`StoreError`.

    While another process has the file open (DuckDB allows one writer and no reader beside
    it), retry for up to ``wait`` seconds: redline's writers and readers hold it briefly.
    """
    check_path(path, read_only=read_only)
    deadline, pause = time.monotonic() + wait, 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock(str(exc)) or time.monotonic() >= deadline:
                raise StoreError(_explain(path, str(exc))) from exc
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def check_path(path: Path, *, read_only: bool) -> None:
    """A clear :class:`StoreError` for a store path that cannot be one."""
    if read_only and not path.exists():
        raise StoreError(f"no redline store at {path}")
    if not read_only and not path.parent.is_dir():
        raise StoreError(f"cannot create the store {path}: the directory {path.parent} "
                         "does not exist")
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a redline store")


def _is_lock(message: str) -> bool:
    return "could not set lock" in message.lower() or "conflicting lock" in message.lower()


def _explain(path: Path, message: str) -> str:
    low = message.lower()
    if "lock" in low:
        pid = _PID.search(message)
        held = f" (PID {pid.group(1)})" if pid else ""
        return f"database is locked by another process{held}: {path}"
    if "not a valid duckdb database" in low:
        return f"{path} is not a redline store (not a DuckDB database file)"
    if "permission denied" in low or "read-only" in low or "read only" in low:
        return f"cannot write the store {path}: permission denied or read-only file system"
    first = message.splitlines()[0] if message else "unknown error"
    return f"cannot open the store {path}: {first}"


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM information_schema.tables "
                       "WHERE table_schema = 'main'").fetchall()
    return {r[0] for r in rows}


def _meta(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    except duckdb.Error:
        return {}


def ensure_schema(con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
    """Check that ``con`` is a redline store of a version we read; create one in an empty DB."""
    tables = _tables(con)
    if not tables:
        if read_only:
            raise StoreError(f"{path} is not a redline store (the database is empty)")
        _create(con, path)
        return
    meta = _meta(con) if "meta" in tables else {}
    if meta.get("format") != MARKER:
        raise StoreError(f"{path} is not a redline store (a DuckDB database with other tables)")
    version = int(meta.get("store_version", "0") or 0)
    if version > STORE_VERSION:
        raise StoreError(f"{path} was written by a newer redline (store version {version}; "
                         f"this one reads up to {STORE_VERSION})")
    if not read_only:
        _add_missing_columns(con)
        con.execute(VIEW)  # views follow the code: refreshed on every writable open
    elif _missing_columns(con) or "event_rows" not in _views(con):
        raise StoreError(f"{path} was written by an older redline; ingesting into it once "
                         f"(redline ingest FILES --db {path}) brings it up to date")


def _views(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    return {r[0] for r in rows}


def _missing_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """``(table, column, type)`` of the current schema that the store lacks."""
    rows = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                       "WHERE table_schema = 'main'").fetchall()
    have = {(t, c) for t, c in rows}
    return [(table, name, kind) for table, cols in DOC_TABLES.items() for name, kind in cols
            if (table, name) not in have]


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Additive schema changes (new record fields) reach stores written by older versions."""
    for table, name, kind in _missing_columns(con):
        con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {kind}')


def _create(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        con.begin()
        for statement in ddl():
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('format', ?), ('store_version', ?), "
                    "('schema_version', '1'), ('clusters_dirty', '0')",
                    [MARKER, str(STORE_VERSION)])
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        raise StoreError(_explain(path, str(exc))) from exc
