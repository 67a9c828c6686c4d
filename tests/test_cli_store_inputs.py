"""Bad stores meet the real commands: missing, corrupt, foreign, newer and older DuckDB files,
a read-only file system. One readable line, exit 2, never a traceback, nothing overwritten.
Also the smaller promises of the store commands: plural counts, export record ids and cells."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from redline.store import Store
from tests.test_store_helpers import make_doc, make_event

ENV = {**os.environ, "OMP_NUM_THREADS": "1"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redline", *args], env=ENV,
                          capture_output=True, text=True, timeout=300)


def _junk(path: Path) -> None:
    path.write_bytes(b"\x00\x01 not a database " * 200)


def _foreign(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")


def _store(path: Path) -> None:
    with Store(path) as store:
        store.add_documents([make_doc("a", [make_event("RUS", "UKR", "190", date="2022-02-24")])])


def _newer(path: Path) -> None:
    _store(path)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'store_version'")


def _older(path: Path) -> None:
    """A store written before the ``events.label`` column and the ``event_rows`` view."""
    _store(path)
    with duckdb.connect(str(path)) as con:
        con.execute("DROP VIEW event_rows")
        con.execute("ALTER TABLE events DROP COLUMN label")


BAD_STORES: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing": (lambda p: None, "no redline store|no store"),
    "junk": (_junk, "not a redline store"),
    "empty-file": (lambda p: p.write_bytes(b""), "not a redline store"),
    "foreign": (_foreign, "not a redline store"),
    "newer": (_newer, "newer redline"),
}
COMMANDS = {
    "query": ["query", "stats"], "sql": ["query", "--sql", "SELECT count(*) FROM documents"],
    "export": ["export", "-f", "csv"], "serve": ["serve", "--port", "0"],
}


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("kind", sorted(BAD_STORES))
def test_cli_store_inputs_bad_store_is_one_line_exit_2(tmp_path: Path, kind: str,
                                                       command: str) -> None:
    make, message = BAD_STORES[kind]
    db = tmp_path / "bad.duckdb"
    make(db)
    before = _digest(db)
    result = _run(*COMMANDS[command], "--db", str(db))
    assert result.returncode == 2, result.stderr
    line, = result.stderr.strip().splitlines()
    assert line.startswith("redline: error: ") and any(m in line for m in message.split("|"))
    assert _digest(db) == before and not (tmp_path / "bad.duckdb.wal").exists()


def test_cli_store_inputs_ingest_refuses_a_foreign_file_untouched(tmp_path: Path) -> None:
    db, story = tmp_path / "other.duckdb", tmp_path / "s.txt"
    _foreign(db)
    story.write_text("Russia attacked Ukraine on Monday.")
    before = _digest(db)
    result = _run("ingest", str(story), "--db", str(db))
    assert result.returncode == 2 and "not a redline store" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and _digest(db) == before


def test_cli_store_inputs_read_only_file_system(tmp_path: Path) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux /proc (a file system that refuses new files)")
    story = tmp_path / "s.txt"
    story.write_text("Russia attacked Ukraine on Monday.")
    result = _run("ingest", str(story), "--db", "/proc/redline-test.duckdb")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_store_inputs_older_store_says_so_then_upgrades(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _older(db)
    before = _digest(db)
    for args in (["export", "-f", "csv"], ["query", "top-dyads"], ["query", "--sql", "SELECT 1"]):
        result = _run(*args, "--db", str(db))
        assert result.returncode == 2 and _digest(db) == before
        line, = result.stderr.strip().splitlines()
        assert "was written by an older redline" in line
    with Store(db):  # a writable open (an ingest) adds the missing column and the view
        pass
    exported = _run("export", "-f", "csv", "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.strip().endswith("exported 1 event as csv to stdout")


@pytest.fixture()
def exported(tmp_path: Path) -> Path:
    db = tmp_path / "e.duckdb"
    doc = make_doc("doc-1", [make_event("RUS", "UKR", "190", date="2022-02-24")])
    doc = replace(doc, events=tuple(replace(e, id="doc-1:0:20:190:0") for e in doc.events))
    with Store(db) as store:
        store.add_documents([doc])
        store.con.execute("UPDATE sentences SET text = text || chr(10)")
    return db


def test_cli_store_inputs_export_cells_and_ids(exported: Path, tmp_path: Path) -> None:
    out_csv, out_plover = tmp_path / "e.csv", tmp_path / "p.jsonl"
    assert _run("export", "-f", "csv", "--db", str(exported), "-o", str(out_csv)).returncode == 0
    assert _run("export", "-f", "plover", "--db", str(exported),
                "-o", str(out_plover)).returncode == 0
    row, = csv.DictReader(out_csv.open(newline=""))
    assert row["sentence_text"] == row["sentence_text"].strip() != ""
    record = json.loads(out_plover.read_text())
    assert record["id"] == "doc-1:0:20:190:0"  # the event id already names its document
    assert record["text"] == record["text"].strip()
