"""The web app's read-only store: shared by requests while no ingest runs, let go for one."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from redline.store import Store
from redline.store.lock import WriterLock, writer_active
from redline.web.data import WATCH, _Lease
from redline.web.sample import synthetic_documents


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "lease.duckdb"
    with Store(path) as store:
        store.add_documents(synthetic_documents(5))
    return path


def test_web_lease_shares_the_store_until_a_writer_comes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert not writer_active(db)
    lease = _Lease(db, wait=1.0)
    try:
        with lease.borrow() as first:
            pass
        with lease.borrow() as second:
            assert second is first  # no writer: one connection, kept open
        with WriterLock(db):
            assert writer_active(db)
            time.sleep(WATCH * 5)
            assert lease._store is None  # the idle shared store was let go
            with lease.borrow() as own:
                assert own is not first and own.fetch("SELECT count(*) FROM documents")[1]
        with lease.borrow() as again:
            assert again is not first and lease._store is again
    finally:
        lease.close()
    assert lease._store is None


def test_web_lease_waits_for_requests_in_flight(tmp_path: Path) -> None:
    db = _db(tmp_path)
    lease = _Lease(db, wait=1.0)
    inside, leave = threading.Event(), threading.Event()

    def request() -> None:
        with lease.borrow():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=request)
    worker.start()
    inside.wait(5)
    with WriterLock(db):
        time.sleep(WATCH * 3)
        assert lease._store is not None  # in use: not closed under the request
        leave.set()
        worker.join(5)
        time.sleep(WATCH * 3)
        assert lease._store is None
    lease.close()
