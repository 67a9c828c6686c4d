"""The web app's access to the store and the coder.

The store is read-only and never held against a writer. While no ``redline ingest`` runs (its
lock, :mod:`redline.store.lock`, is free), requests share one read-only connection, kept open.
As soon as an ingest runs, that connection is closed when its last request ends (a watcher looks
every ``WATCH`` seconds) and each request opens the store for itself and closes it after, so the
ingest writes its batches in between and every request sees what was committed before it
began. A request that meets the file held by the writer waits (up to ``wait`` seconds). The spaCy
coder is loaded on first use and serialised (one text at a time bounds memory).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from redline.errors import RedlineError, StoreError
from redline.model import Document
from redline.store.lock import writer_active
from redline.store.open import LOCK_WAIT

T = TypeVar("T")
WATCH = 0.1  # seconds between looks for a writer that waits for the shared connection


def _open_store(path: Path, wait: float) -> Any:
    from redline.store import Store

    try:
        return Store(str(path), read_only=True, wait=wait)
    except RedlineError:
        raise
    except Exception as exc:  # duckdb raises IOException/InvalidInputException/...
        raise StoreError(_open_message(path, exc)) from None


def _open_message(path: Path, exc: Exception) -> str:
    text = str(exc)
    return f"{path} is not a readable redline store ({type(exc).__name__}: {text.splitlines()[0]})"


def _check_is_store(store: Any, path: Path) -> None:
    try:
        store.sql("SELECT count(*) FROM documents")
        store.sql("SELECT count(*) FROM event_rows")
    except Exception as exc:
        raise StoreError(f"{path} is a DuckDB file but not a redline store "
                         f"(run `redline ingest` to create one): {type(exc).__name__}") from None


def jsonable(value: Any) -> Any:
    """Dates to ISO strings, recursively; everything else unchanged."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


class _Lease:
    """One read-only store shared by the requests in flight while no writer runs."""

    def __init__(self, path: Path, wait: float) -> None:
        self.path, self.wait = path, wait
        self._lock = threading.Lock()
        self._store: Any = None
        self._users = 0
        self._stop = threading.Event()
        threading.Thread(target=self._watch, daemon=True, name="redline-lease").start()

    @contextmanager
    def borrow(self) -> Iterator[Any]:
        """The shared store, or (while a writer runs) one opened for this request alone."""
        store = self._take()
        if store is None:
            with _open_store(self.path, self.wait) as own:
                yield own
            return
        try:
            yield store
        finally:
            with self._lock:
                self._users -= 1
            self._retire_if_writer()

    def _take(self) -> Any:
        if writer_active(self.path):
            self._retire_if_writer()
            return None
        with self._lock:
            if self._store is None:
                self._store = _open_store(self.path, self.wait)
            self._users += 1
            return self._store

    def _retire_if_writer(self, *, always: bool = False) -> None:
        """Close the shared store when no request uses it and a writer waits (or ``always``)."""
        with self._lock:
            if self._store is None or self._users:
                return
            if always or writer_active(self.path):
                self._store.close()
                self._store = None

    def _watch(self) -> None:
        while not self._stop.wait(WATCH):
            self._retire_if_writer()

    def close(self) -> None:
        self._stop.set()
        self._retire_if_writer(always=True)


class Gateway:
    """The store (read-only, see the module's docstring) and a lazily loaded coder."""

    def __init__(self, db_path: str | Path, *, coder_factory: Callable[[], Any] | None = None,
                 wait: float = LOCK_WAIT):
        path = Path(db_path)
        if not path.exists():
            raise StoreError(f"no store at {path}; create it with `redline ingest --db {path}`")
        if not path.is_file():
            raise StoreError(f"{path} is not a file")
        self.path, self.wait = path, wait
        self._closed = False
        with _open_store(path, wait) as store:
            _check_is_store(store, path)
        self._lease = _Lease(path, wait)
        self._coder: Any = None
        self._coder_factory = coder_factory
        self._coder_lock = threading.Lock()

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(store, *args, **kwargs)`` on the store as it is now; closed: StoreError."""
        if self._closed:
            raise StoreError(f"the store {self.path} is closed")
        with self._lease.borrow() as store:
            return fn(store, *args, **kwargs)

    def close(self) -> None:
        self._closed = True
        self._lease.close()

    def code(self, text: str, *, title: str | None, published: str | None) -> Document:
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._make_coder()
            return self._coder.code_text(text, title=title, published=published)

    def _make_coder(self) -> Any:
        if self._coder_factory is not None:
            return self._coder_factory()
        from redline.pipeline import Coder

        return Coder()
