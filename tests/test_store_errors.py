"""Opening and writing failures give a clear StoreError and leave the store readable."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from redline.errors import StoreError
from redline.store import Store
from tests.test_store_helpers import make_doc, make_event


def test_store_not_a_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a redline store"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_store_duckdb_with_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a redline store"):
            Store(path, read_only=read_only)


def test_store_newer_version_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'store_version'")
    con.close()
    with pytest.raises(StoreError, match="newer redline"):
        Store(path)


@pytest.mark.parametrize(("name", "read_only", "message"), [
    ("missing/dir/x.duckdb", False, "does not exist"),
    ("absent.duckdb", True, "no redline store"),
    (".", False, "is a directory"),
])
def test_store_bad_paths(tmp_path: Path, name: str, read_only: bool, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store(tmp_path / name, read_only=read_only)


def test_store_read_only_file_system() -> None:
    path = Path("/proc/redline-test.duckdb")
    if not Path("/proc").is_dir():
        pytest.skip("needs Linux /proc (a file system that refuses new files)")
    with pytest.raises(StoreError):
        Store(path)


def test_store_locked_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " time.sleep(60)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(StoreError, match="locked by another process"):
                Store(path, read_only=read_only, wait=0.5)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    with Store(path, read_only=True) as store:
        assert store.stats()["documents"] == 0


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_documents([make_doc("a")])


def test_store_failed_write_keeps_earlier_documents(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fail.duckdb"
    with Store(path) as store:
        store.add_documents([make_doc("ok", [make_event("RUS", "UKR", "190")])])
        real = Store._insert

        def failing(self: Store, table: str, rows: list) -> None:
            if table == "events" and any(r["doc_id"] == "bad" for r in rows):
                raise duckdb.IOException("IO Error: No space left on device")
            real(self, table, rows)

        monkeypatch.setattr(Store, "_insert", failing)
        with pytest.raises(StoreError, match="No space left"):
            store.add_documents([make_doc("bad", [make_event("RUS", "UKR", "190")])])
    with Store(path, read_only=True) as store:
        assert store.document_ids() == {"ok"}
        assert store.stats()["events"] == 1


def test_store_closed_store_raises(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.duckdb")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.has_document("x")


FULL_DISK_SCRIPT = '''
import os, resource, signal, sys
from redline.errors import StoreError
from redline.model import Document
from redline.store import Store
from tests.test_store_helpers import make_doc, make_event

db = sys.argv[1]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
limit = os.path.getsize(db) + 300_000
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

def docs():
    for i in range(400):
        d = make_doc(f"big{i}", [make_event("RUS", "UKR", "190", date="2022-02-24")])
        yield Document(d.id, d.title, None, d.published, "en", d.text + " filler" * 2000,
                       d.sentences, d.events)

try:
    with Store(db) as store:
        store.add_documents(docs(), batch_docs=10)
except StoreError as exc:
    print(exc)
    sys.exit(3)
'''


def test_store_full_disk_keeps_store_readable(tmp_path: Path) -> None:
    """A file-size limit (as a full disk) stops the writer with a clear error; what was
    committed stays whole and readable."""
    resource = pytest.importorskip("resource")
    if not hasattr(resource, "RLIMIT_FSIZE"):
        pytest.skip("needs RLIMIT_FSIZE")
    db, script = tmp_path / "full.duckdb", tmp_path / "full.py"
    with Store(db) as store:
        store.add_documents([make_doc(f"d{i}", [make_event("RUS", "UKR", "190")])
                             for i in range(20)])
    script.write_text(FULL_DISK_SCRIPT)
    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo), str(repo / "src")])}
    proc = subprocess.run([sys.executable, str(script), str(db)], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "could not write documents to the store" in proc.stdout
    assert "Traceback" not in proc.stderr
    with Store(db, read_only=True) as store:
        stats = store.stats()
        assert 20 <= stats["documents"] < 420 and stats["events"] == stats["documents"]
        _, bad = store.sql("SELECT id FROM documents d WHERE n_sentences != "
                           "(SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)")
        assert bad == []
        assert store.get_document("d0") is not None


def test_store_older_store_gains_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE places DROP COLUMN reason")
    con.close()
    with Store(path) as store:
        store.add_documents([make_doc("a")])
        cols, _ = store.sql("SELECT * FROM places")
        assert "reason" in cols
