"""The web app's access to the store and the coder: opened once, checked at startup, locked.

FastAPI runs sync routes in a thread pool; the store reads on a cursor per query, which DuckDB
allows from several threads. The spaCy coder is loaded on first use and serialised (one text at
a time bounds memory).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from redline.errors import RedlineError, StoreError
from redline.model import Document

T = TypeVar("T")


def _open_store(path: Path) -> Any:
    from redline.store import Store

    try:
        store = Store(str(path), read_only=True)
        store.__enter__()
    except RedlineError:
        raise
    except Exception as exc:  # duckdb raises IOException/InvalidInputException/...
        raise StoreError(_open_message(path, exc)) from None
    return store


def _open_message(path: Path, exc: Exception) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return (f"the store {path} is locked by another process (an ingest still running?); "
                "wait for it to finish or serve a copy")
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


class Gateway:
    """The store (read-only) and a lazily loaded coder, shared by all requests."""

    def __init__(self, db_path: str | Path, *, coder_factory: Callable[[], Any] | None = None):
        path = Path(db_path)
        if not path.exists():
            raise StoreError(f"no store at {path}; create it with `redline ingest --db {path}`")
        if not path.is_file():
            raise StoreError(f"{path} is not a file")
        self.path = path
        self._lock = threading.Lock()
        self._store = _open_store(path)
        try:
            _check_is_store(self._store, path)
        except StoreError:
            self.close()
            raise
        self._coder: Any = None
        self._coder_factory = coder_factory
        self._coder_lock = threading.Lock()

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(store, *args, **kwargs)``; a closed gateway is a StoreError."""
        store = self._store
        if store is None:
            raise StoreError(f"the store {self.path} is closed")
        return fn(store, *args, **kwargs)

    def close(self) -> None:
        with self._lock:
            store, self._store = self._store, None
        if store is not None:
            store.__exit__(None, None, None)

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
