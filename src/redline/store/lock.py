"""One writer beside many readers.

DuckDB lets one process open a file for writing and refuses every other process while it does,
readers included. redline therefore never holds the file longer than one step: a writer opens it
for a batch of documents and closes it again (``Store(..., shared=True)``), a reader (the web
app, ``redline query``) opens it per request. Whoever meets the file busy retries for a while.

Two writers would interleave their batches; instead a writer holds an advisory lock on
``<store>.lock`` (``flock``) for as long as it runs, so a second one waits or fails with a
clear message. The kernel drops the lock when the process dies, even after ``kill -9``.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path
from types import TracebackType

from redline.errors import StoreError

try:
    import fcntl
except ImportError:  # not on POSIX: writers are not kept apart (DuckDB's own lock still is)
    fcntl = None  # type: ignore[assignment]

POLL = 0.05
GRACE = 1.0  # a reader's probe (``writer_active``) holds a shared lock for microseconds


def lock_path(store: Path) -> Path:
    return store.with_name(store.name + ".lock")


def writer_active(store: Path) -> bool:
    """Whether a writer holds ``<store>.lock`` now (probed with a shared lock, let go at once)."""
    if fcntl is None:
        return True  # cannot tell: readers then hold the store only per request
    try:
        fd = os.open(lock_path(store), os.O_RDONLY)
    except OSError:
        return False  # no lock file: no writer has ever run here
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)  # drops the shared lock


class WriterLock:
    """An exclusive ``flock`` on ``<store>.lock``, waiting up to ``wait`` seconds for it."""

    def __init__(self, store: Path, *, wait: float = 0.0) -> None:
        self.store, self.path = store, lock_path(store)
        self._fd = self._open()
        try:
            self._acquire(wait)
        except BaseException:
            os.close(self._fd)
            raise
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode())

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            why = (exc.strerror or str(exc)).lower()
            raise StoreError(f"cannot write the store {self.store}: {why} ({self.path})") from None

    def _acquire(self, wait: float) -> None:
        deadline = time.monotonic() + max(wait, GRACE)
        while fcntl is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise StoreError(f"cannot lock the store {self.store}: {exc}") from None
            if time.monotonic() >= deadline:
                raise StoreError(self._busy_message(wait))
            time.sleep(POLL)

    def _busy_message(self, wait: float) -> str:
        try:
            pid = self.path.read_text().strip()
        except OSError:
            pid = ""
        who = f" (PID {pid})" if pid.isdigit() else ""
        waited = f" after waiting {wait:g} s" if wait else ""
        return (f"another redline ingest{who} is writing to {self.store}{waited}; "
                "let it finish or pass --wait SECONDS")

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = -1

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
