"""The web app's access to the store and the coder.

The store is opened read-only *per request* and closed again, so that ``redline ingest`` (which
holds the file only while it writes a batch, see :mod:`redline.store.lock`) can add documents
while the dashboard serves, and every request sees what was committed before it began. A request
that meets the file held by a writer waits for it (up to ``wait`` seconds). The spaCy coder is
loaded on first use and serialised (one text at a time bounds memory).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from redline.errors import RedlineError, StoreError
from redline.model import Document
from redline.store.open import LOCK_WAIT

T = TypeVar("T")


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


class Gateway:
    """The store (opened read-only for each call) and a lazily loaded coder."""

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
        self._coder: Any = None
        self._coder_factory = coder_factory
        self._coder_lock = threading.Lock()

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(store, *args, **kwargs)`` on the store as it is now; closed: StoreError."""
        if self._closed:
            raise StoreError(f"the store {self.path} is closed")
        with _open_store(self.path, self.wait) as store:
            return fn(store, *args, **kwargs)

    def close(self) -> None:
        self._closed = True

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
