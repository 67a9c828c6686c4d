"""One writer beside readers, with real processes: ``redline ingest`` into a store that
``redline serve`` has open, and two ingests at once into one store."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from redline.store import Store
from redline.store.lock import writer_active
from redline.web.sample import synthetic_documents

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "redline" / "examples"
ENV = {**os.environ, "OMP_NUM_THREADS": "1"}

pytestmark = pytest.mark.slow


def _redline(*args: str) -> list[str]:
    return [sys.executable, "-m", "redline", *args]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _store_with(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "corpus.duckdb"
    with Store(path) as store:
        store.add_documents(synthetic_documents(n, seed=3))
    return path


def _batch(tmp_path: Path, copies: int) -> Path:
    """A JSONL batch of the bundled examples, each made distinct by a closing sentence."""
    texts = [p.read_text() for p in sorted(EXAMPLES.glob("*.txt"))]
    out = tmp_path / "batch.jsonl"
    with out.open("w") as fh:
        for i in range(copies):
            text = texts[i % len(texts)] + f"\n\nThis is copy {i}."
            fh.write(json.dumps({"id": f"copy-{i}", "text": text, "published": "2021-12-06"}))
            fh.write("\n")
    return out


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    db = _store_with(tmp_path, 20)
    port = _free_port()
    proc = subprocess.Popen(_redline("serve", "--db", str(db), "--port", str(port)), env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc)
        yield db, url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _wait_until_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            if _get(url + "/api/health")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("redline serve did not start")


class _Poller(threading.Thread):
    """Requests the dashboard and the API over and over; records every status code."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.statuses, self.stop = url, [], threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for path in ("/", "/api/documents?limit=1", "/documents"):
                self.statuses.append(_get(self.url + path)[0])


def _documents(url: str) -> int:
    status, body = _get(url + "/api/health")
    assert status == 200
    return int(json.loads(body)["documents"])


def test_store_concurrency_ingest_while_serving(served: tuple[Path, str],
                                                tmp_path: Path) -> None:
    db, url = served
    assert _documents(url) == 20
    stories = tmp_path / "stories"
    stories.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:6]:
        (stories / path.name).write_text(path.read_text())
    poller = _Poller(url)
    poller.start()
    ingest = subprocess.run(_redline("ingest", str(stories), "--db", str(db), "--workers", "1"),
                            env=ENV, capture_output=True, text=True, timeout=600)
    poller.stop.set()
    poller.join(timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    assert _documents(url) == 20 + 6  # the next request sees them, no restart
    assert poller.statuses and set(poller.statuses) == {200}
    status, page = _get(url + "/documents?q=Crimea")
    assert status == 200 and b"crimea" in page.lower()


def _start_ingest(batch: Path, db: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(_redline("ingest", str(batch), "--db", str(db), "--workers", "1",
                                     *extra),
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_store_concurrency_two_ingests_one_waits_one_fails(tmp_path: Path) -> None:
    db, batch = tmp_path / "two.duckdb", _batch(tmp_path, 24)
    first = _start_ingest(batch, db)
    deadline = time.monotonic() + 60
    while not writer_active(db):
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    waiting = _start_ingest(batch, db, "--wait", "600")
    refused = subprocess.run(_redline("ingest", str(batch), "--db", str(db)), env=ENV,
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2
    line, = refused.stderr.strip().splitlines()
    assert "another redline ingest (PID" in line and "is writing to" in line
    assert first.wait(timeout=600) == 0, first.communicate()
    assert waiting.wait(timeout=600) == 0, waiting.communicate()
    assert "0 documents added, 24 skipped" in waiting.communicate()[1]
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 24  # nothing lost, nothing doubled
        _, rows = store.fetch("SELECT count(DISTINCT id) FROM documents")
        assert rows[0][0] == 24


def test_store_concurrency_ingest_waits_for_a_reader(tmp_path: Path) -> None:
    db = _store_with(tmp_path, 3)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom redline.store import Store\n"
         "s = Store(sys.argv[1], read_only=True)\ns.con\nprint('ready', flush=True)\n"
         "time.sleep(4)\ns.close()\n", str(db)], env=ENV, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    started = time.monotonic()
    result = subprocess.run(_redline("ingest", str(_batch(tmp_path, 2)), "--db", str(db),
                                     "--workers", "1"),
                            env=ENV, capture_output=True, text=True, timeout=300)
    assert holder.wait(timeout=30) == 0
    assert result.returncode == 0, result.stderr
    assert "2 documents added" in result.stderr and time.monotonic() - started >= 3
