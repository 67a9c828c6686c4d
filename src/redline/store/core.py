"""The corpus store: an embedded DuckDB file of documents, sentences, events, quotes, actors,
places and quantities, keyed by document id.

Writes are atomic per document: a document and all its rows are committed together (in small
batches of whole documents), so a process killed at any moment never leaves half a document.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from redline.errors import StoreError, UsageError
from redline.model import Document
from redline.store import clusters as _clusters
from redline.store.lock import WriterLock
from redline.store.open import LOCK_WAIT, check_path, connect, ensure_schema
from redline.store.rows import doc_json, document_rows
from redline.store.schema import DOC_TABLES, arrow_schema, column_names
from redline.tables import plural

BATCH_DOCS = 200
BATCH_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What one ingestion did: documents added, skipped (already stored), with errors."""

    added: int = 0
    skipped: int = 0
    errors: int = 0
    events: int = 0
    quotes: int = 0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(*(a + b for a, b in zip(_astuple(self), _astuple(other), strict=True)))

    def __str__(self) -> str:
        return (f"{plural(self.added, 'document')} added, {self.skipped} skipped (already "
                f"stored), {self.errors} with errors, {plural(self.events, 'event')}, "
                f"{plural(self.quotes, 'quote')}")


def _astuple(s: IngestStats) -> tuple[int, ...]:
    return (s.added, s.skipped, s.errors, s.events, s.quotes)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


class _Batch:
    """Rows of whole documents waiting for one commit."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.tables: dict[str, list[dict[str, Any]]] = {t: [] for t in DOC_TABLES}
        self.stats = IngestStats()

    def add(self, doc: Document) -> None:
        doc, payload = prepare(doc)
        for table, rows in document_rows(doc, payload).items():
            self.tables[table].extend(rows)
        self.ids.add(doc.id)
        self.stats += IngestStats(1, 0, int(bool(doc.errors)), len(doc.events), len(doc.quotes))


def prepare(doc: Document) -> tuple[Document, str]:
    """The document and its JSON; unencodable characters (lone surrogates) become ``?``
    (one character for one, so offsets stay valid)."""
    payload = doc_json(doc)
    try:
        payload.encode("utf-8")
    except UnicodeEncodeError:
        payload = payload.encode("utf-8", "replace").decode("utf-8")
        doc = Document.from_dict(json.loads(payload))
    return doc, payload


class Store:
    """A redline corpus in one DuckDB file.

    >>> with Store("corpus.duckdb") as store:          # doctest: +SKIP
    ...     stats = store.add_documents(coder.pipe(articles))
    """

    def __init__(self, path: str | Path = "redline.duckdb", *, read_only: bool = False,
                 shared: bool = False, wait: float = LOCK_WAIT, writer_wait: float = 0.0,
                 ) -> None:
        """``shared``: hold the DuckDB file only while reading or writing a batch, so that
        other processes (``redline serve``, ``redline query``) can read in between. ``wait``:
        seconds to wait for another process's hold on the file (at most ``LOCK_WAIT`` when
        first opened, ``wait`` when a shared store opens it again); ``writer_wait``: for
        another writer to finish (writers exclude each other, see :mod:`redline.store.lock`).
        """
        self.path = Path(path)
        self.read_only, self.shared, self._wait = read_only, shared, wait
        self._lock = threading.RLock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._closed = False
        self._writer: WriterLock | None = None
        try:
            self._open(writer_wait)
        except BaseException:
            self.close()
            raise
        if not read_only and self._dirty():
            with contextlib.suppress(StoreError):  # best effort: the next ingestion retries
                self.recompute_clusters()
        self.release()

    def _open(self, writer_wait: float) -> None:
        check_path(self.path, read_only=self.read_only)
        if not self.read_only:
            self._writer = WriterLock(self.path, wait=writer_wait)
        first_wait = min(self._wait, LOCK_WAIT)  # a file held for good should fail soon
        self._con = connect(self.path, read_only=self.read_only, wait=first_wait)
        ensure_schema(self._con, self.path, read_only=self.read_only)

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self.release(force=True)
            if self._writer is not None:
                self._writer.release()
                self._writer = None

    def release(self, *, force: bool = False) -> None:
        """Close the DuckDB file until the next use (a ``shared`` store; no-op otherwise)."""
        with self._lock:
            if self._con is not None and (self.shared or force):
                self._con.close()
                self._con = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            if self._closed:
                raise StoreError(f"the store {self.path} is closed")
            if self._con is None:
                self._con = connect(self.path, read_only=self.read_only, wait=self._wait)
            return self._con

    # -- reading ---------------------------------------------------------------------------
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own (one per thread or per query); close it after use."""
        with self._lock:
            return self.con.cursor()

    def fetch(self, query: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        """Run a read query on its own cursor (safe from several threads)."""
        cur = self.cursor()
        try:
            cur.execute(query, list(params))
            cols = [d[0] for d in cur.description or ()]
            return cols, cur.fetchall()
        finally:
            cur.close()

    def stream(self, query: str, params: Sequence[Any] = (), *,
               chunk: int = 10_000) -> Iterator[tuple[Any, ...]]:
        """Rows of a read query, fetched in chunks (memory flat in the result size)."""
        cur = self.cursor()
        try:
            cur.execute(query, list(params))
            while rows := cur.fetchmany(chunk):
                yield from rows
        finally:
            cur.close()

    def query_stream(self, query: str, params: Sequence[Any] = (), *, chunk: int = 10_000,
                     ) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """Column names and a row iterator (fetched in chunks; the cursor closes at the end)."""
        cur = self.cursor()
        try:
            cur.execute(query, list(params))
        except BaseException:
            cur.close()
            raise
        cols = [d[0] for d in cur.description or ()]

        def rows() -> Iterator[tuple[Any, ...]]:
            try:
                while batch := cur.fetchmany(chunk):
                    yield from batch
            finally:
                cur.close()

        return cols, rows()

    def fetch_dicts(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts; dates become ISO strings (ready for JSON)."""
        cols, rows = self.fetch(query, params)
        return [{c: _jsonable(v) for c, v in zip(cols, row, strict=True)} for row in rows]

    def sql(self, query: str) -> tuple[list[str], list[tuple]]:
        """Plain SQL over the store's tables and views; a bad query is a :class:`UsageError`."""
        try:
            return self.fetch(query)
        except duckdb.Error as exc:
            raise UsageError(f"SQL error: {str(exc).splitlines()[0]}") from exc

    def has_document(self, doc_id: str) -> bool:
        return bool(self.fetch("SELECT 1 FROM documents WHERE id = ?", [doc_id])[1])

    def document_ids(self) -> set[str]:
        return {r[0] for r in self.fetch("SELECT id FROM documents")[1]}

    def missing_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` not stored yet (one query)."""
        if not ids:
            return set()
        _, rows = self.fetch("SELECT id FROM documents WHERE list_contains(?, id)", [list(ids)])
        return set(ids) - {r[0] for r in rows}

    def get_document(self, doc_id: str) -> Document | None:
        _, rows = self.fetch("SELECT doc_json FROM documents WHERE id = ?", [doc_id])
        return Document.from_dict(json.loads(rows[0][0])) if rows else None

    def list_documents(self, *, limit: int = 50, offset: int = 0,
                       q: str | None = None) -> list[dict[str, Any]]:
        """Documents, newest first; ``q`` matches (ignoring case) the id, title, URL or text."""
        where, params = "", []
        if q:
            where = ("WHERE strpos(lower(concat_ws(' ', id, title, url, text)), lower(?)) > 0")
            params.append(q)
        return self.fetch_dicts(
            "SELECT id, title, url, domain, published, language, n_sentences, n_events, "
            f"n_quotes, n_errors FROM documents {where} "
            "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
            [*params, max(0, limit), max(0, offset)])

    def events(self, *, actor: str | None = None, source: str | None = None,
               target: str | None = None, cameo: str | None = None, start: str | None = None,
               end: str | None = None, include_unasserted: bool = False, limit: int = 1000,
               offset: int = 0, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Events (one dict per event, actor columns flattened), filtered, oldest first.

        ``actor``/``source``/``target`` match an actor code ("RUSGOV") or a country/IGO
        code ("RUS" matches every Russian actor); ``cameo`` is a code prefix ("19").
        """
        from redline.store.filters import event_filter

        where, params = event_filter(actor=actor, source=source, target=target, cameo=cameo,
                                     start=start, end=end, doc_id=doc_id,
                                     include_unasserted=include_unasserted)
        rows = self.fetch_dicts(
            f"SELECT * FROM event_rows {where} "
            "ORDER BY event_date NULLS LAST, doc_id, seq LIMIT ? OFFSET ?",
            [*params, max(0, limit), max(0, offset)])
        for row in rows:
            row["quantities"] = json.loads(row["quantities"] or "[]")
        return rows

    def count_events(self, **filters: Any) -> int:
        """How many events :meth:`events` would list with these filters (no limit)."""
        from redline.store.filters import event_filter

        where, params = event_filter(**filters)
        return int(self.fetch(f"SELECT count(*) FROM event_rows {where}", params)[1][0][0])

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables and of event clusters."""
        names = ("documents", "sentences", "events", "quotes", "actors", "places", "clusters")
        query = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM {n}" for n in names)
        return {name: int(n) for name, n in self.fetch(query)[1]}

    # -- writing ---------------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Document], *, batch_docs: int = BATCH_DOCS,
                      batch_seconds: float = BATCH_SECONDS,
                      on_document: Callable[[Document, bool], None] | None = None,
                      ) -> IngestStats:
        """Store documents as they stream in; those already stored (by id) are skipped.

        Each commit holds whole documents only (at most ``batch_docs`` of them, or what
        arrived within ``batch_seconds``); ``on_document(doc, added)`` is called after the
        commit. Clusters are recomputed at the end.
        """
        self._writable()
        stats, pending, started = IngestStats(), [], time.monotonic()
        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch_docs or time.monotonic() - started >= batch_seconds:
                stats += self._store_batch(pending, on_document)
                pending, started = [], time.monotonic()
        stats += self._store_batch(pending, on_document)
        if stats.added or self._dirty():
            self.recompute_clusters()
        self.release()
        return stats

    def _store_batch(self, docs: list[Document],
                     on_document: Callable[[Document, bool], None] | None) -> IngestStats:
        missing = self.missing_ids([d.id for d in docs])
        batch, flags = _Batch(), []
        for doc in docs:
            flags.append(doc.id in missing)
            if flags[-1]:
                missing.discard(doc.id)
                batch.add(doc)
        self._flush(batch)
        self.release()
        if on_document is not None:
            for doc, new in zip(docs, flags, strict=True):
                on_document(doc, new)
        return batch.stats + IngestStats(skipped=flags.count(False))

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")

    def _flush(self, batch: _Batch) -> None:
        if not batch.ids:
            return
        with self._lock, self._transaction("write documents to"):
            for table in DOC_TABLES:
                self._insert(table, batch.tables[table])
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('clusters_dirty', '1')")

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        data = pa.Table.from_pylist(rows, schema=arrow_schema(table))
        cols = ", ".join(f'"{c}"' for c in column_names(table))
        gid = ("gid, ", "nextval('event_gid'), ") if table == "events" else ("", "")
        self.con.register("_redline_batch", data)
        try:
            self.con.execute(f"INSERT INTO {table} ({gid[0]}{cols}) "
                             f"SELECT {gid[1]}{cols} FROM _redline_batch")
        finally:
            self.con.unregister("_redline_batch")

    def _transaction(self, what: str) -> _Transaction:
        return _Transaction(self, what)

    def _dirty(self) -> bool:
        _, rows = self.fetch("SELECT value FROM meta WHERE key = 'clusters_dirty'")
        return bool(rows) and rows[0][0] == "1"

    def recompute_clusters(self) -> int:
        """Rebuild the event clusters (duplicate merging); returns the number of clusters."""
        self._writable()
        pairs = list(_clusters.assign_clusters(self.stream(_clusters.KEY_SQL)))
        table = pa.table({"gid": pa.array([p[0] for p in pairs], pa.int64()),
                          "cluster_id": pa.array([p[1] for p in pairs], pa.int64())})
        with self._lock, self._transaction("update clusters in"):
            self.con.execute("DELETE FROM event_clusters")
            self.con.execute("DELETE FROM clusters")
            self.con.register("_redline_clusters", table)
            try:
                self.con.execute("INSERT INTO event_clusters SELECT gid, cluster_id "
                                 "FROM _redline_clusters")
            finally:
                self.con.unregister("_redline_clusters")
            self.con.execute(_clusters.SUMMARY_SQL)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('clusters_dirty', '0')")
        return len({p[1] for p in pairs})


class _Transaction:
    """BEGIN ... COMMIT; a DuckDB failure rolls back and becomes a :class:`StoreError`."""

    def __init__(self, store: Store, what: str) -> None:
        self.store, self.what = store, what

    def __enter__(self) -> None:
        self.store.con.begin()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        con = self.store.con
        if et is None:
            try:
                con.commit()
                return
            except duckdb.Error as exc:
                et, ev = type(exc), exc
        with contextlib.suppress(duckdb.Error):
            con.rollback()
        if isinstance(ev, duckdb.Error):
            raise StoreError(f"could not {self.what} the store {self.store.path}: "
                             f"{str(ev).splitlines()[0]}") from ev
