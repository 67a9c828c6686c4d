"""``redline query`` as a user meets it (a real process): hostile SQL is refused with one line
and exit 2 and touches no file; hostile cell text is printed literally in every format."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from redline.store import Store
from redline.tables import FORMATS, clip, visible, width
from tests.test_store_helpers import make_doc

ENV = {**os.environ, "OMP_NUM_THREADS": "1", "COLUMNS": "80"}

HOSTILE_CELLS = [
    "[the demands]", ":x: and :smile:", "[/bold]", "[bold red]not red[/]", "[link=x]y[/link]",
    "\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "line one\nline two", "tab\there", "cr\rhere",
    "a | pipe", '"quoted, with comma"', "<script>alert(1)</script>", "Ελληνικά · 北京 · عربي",
    "emoji 🚀", "trailing backslash \\", "{\"json\": [1, 2]}", "%s %d {0} {}", "x" * 3000,
    " leading and trailing ", "\u2028separator", "",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "q.duckdb"
    docs = [make_doc(f"d{i:02d}", title=title or None) for i, title in
            enumerate(HOSTILE_CELLS)]
    with Store(path) as store:
        store.add_documents(docs)
    return path


def _query(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the command; output decoded as is (no newline translation: ``\r`` stays)."""
    raw = subprocess.run([sys.executable, "-m", "redline", "query", "--db", str(db), *args],
                         env=ENV, capture_output=True, timeout=120)
    return subprocess.CompletedProcess(raw.args, raw.returncode, raw.stdout.decode(),
                                       raw.stderr.decode())


def _titles(db: Path, fmt: str) -> subprocess.CompletedProcess[str]:
    return _query(db, "--sql", "SELECT id, title FROM documents ORDER BY id", "--format", fmt)


def _expected_titles() -> list[str]:
    return [t or "Title of d21" for t in HOSTILE_CELLS]


def test_cli_query_csv_and_json_carry_cells_exactly(db: Path) -> None:
    as_csv, as_json = _titles(db, "csv"), _titles(db, "json")
    assert as_csv.returncode == 0 and as_json.returncode == 0, as_csv.stderr + as_json.stderr
    rows = list(csv.reader(io.StringIO(as_csv.stdout, newline="")))
    assert rows[0] == ["id", "title"] and [r[1] for r in rows[1:]] == _expected_titles()
    assert [r["title"] for r in json.loads(as_json.stdout)] == _expected_titles()


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_cli_query_table_and_markdown_print_cells_literally(db: Path, fmt: str) -> None:
    result = _titles(db, fmt)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    body = result.stdout
    assert "\x1b" not in body and "\x07" not in body and "\r" not in body
    lines = body.splitlines()
    data = [ln for ln in lines if ln.startswith("d") or ln.startswith("| d")]
    assert len(data) == len(HOSTILE_CELLS)  # one line per row, whatever the cell holds
    for line, title in zip(data, _expected_titles(), strict=True):
        shown = visible(title.replace("|", "\\|").replace("\n", "<br>")
                        if fmt == "markdown" else title)
        assert clip(shown, 60).rstrip("…").strip() in line


def test_cli_query_defaults_to_csv_when_piped(db: Path) -> None:
    result = _query(db, "--sql", "SELECT id, title FROM documents ORDER BY id LIMIT 3")
    assert result.stdout.splitlines()[0] == "id,title"


def test_cli_query_defaults_to_a_table_on_a_terminal(db: Path) -> None:
    cmd = [sys.executable, "-m", "redline", "query", "--db", str(db), "--sql",
           "SELECT * FROM documents ORDER BY id LIMIT 3"]
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, env=ENV, stdout=follower, stderr=subprocess.PIPE, text=True)
    os.close(follower)
    out = _read_all(leader)
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    lines = out.decode().splitlines()
    assert lines[0].split()[:3] == ["id", "title", "url"] and lines[1].startswith("──")
    assert lines[-1].strip() == "(3 rows)" and "…" not in lines[0]


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


HOSTILE_SQL = [
    ("COPY documents TO '{out}/x.csv'", "COPY"),
    ("COPY (SELECT 1) TO '{out}/x.parquet' (FORMAT parquet)", "COPY"),
    ("EXPORT DATABASE '{out}/dump'", "EXPORT"),
    ("SELECT * FROM read_csv('/etc/passwd')", "file system operations are disabled"),
    ("SELECT * FROM read_text('/etc/hostname')", "file system operations are disabled"),
    ("SELECT * FROM glob('/etc/*')", "file system operations are disabled"),
    ("SELECT * FROM '/etc/passwd'", "SQL error"),
    ("ATTACH '{out}/other.duckdb' AS other", "ATTACH"),
    ("INSTALL httpfs", "LOAD"),
    ("LOAD httpfs", "LOAD"),
    ("SET enable_external_access = true", "SET"),
    ("PRAGMA enable_profiling", "PRAGMA"),
    ("CALL pragma_version()", "CALL"),
    ("CHECKPOINT", "CALL"),
    ("CREATE TABLE t AS SELECT 1", "CREATE"),
    ("CREATE TEMP TABLE t AS SELECT 1", "CREATE"),
    ("INSERT INTO meta VALUES ('x', 'y')", "INSERT"),
    ("DELETE FROM documents", "DELETE"),
    ("UPDATE documents SET title = 'x'", "UPDATE"),
    ("DROP TABLE documents", "DROP"),
    ("SELECT 1; COPY documents TO '{out}/y.csv'", "exactly one statement"),
    ("SELECT 1; SELECT 2", "exactly one statement"),
    ("SELEC 1", "SQL error"),
    ("SELECT * FROM no_such_table", "SQL error"),
    ("", "exactly one statement"),
    ("SELECT '[/bold]' AS \"[/bold]\" FROM nowhere", "SQL error"),
]


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")}


@pytest.mark.parametrize(("sql", "message"), HOSTILE_SQL)
def test_cli_query_refuses_hostile_sql(db: Path, tmp_path: Path, sql: str, message: str) -> None:
    before, store_before = _snapshot(tmp_path), _snapshot(db.parent)
    result = _query(db, "--sql", sql.format(out=tmp_path))
    assert result.returncode == 2, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    assert line.startswith("redline: error: ") and message in line
    assert "Traceback" not in result.stderr and "root:" not in result.stdout
    assert _snapshot(tmp_path) == before and _snapshot(db.parent) == store_before


@pytest.mark.parametrize("sql", ["SELECT count(*) AS n FROM documents",
                                 "WITH t AS (SELECT id FROM documents) SELECT count(*) FROM t",
                                 "FROM documents SELECT count(*)", "DESCRIBE documents",
                                 "SHOW TABLES", "SUMMARIZE documents", "EXPLAIN SELECT 1"])
def test_cli_query_allows_reads(db: Path, sql: str) -> None:
    result = _query(db, "--sql", sql, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xml", "stats"], "unknown --format 'xml'"),
    (["--json", "--format", "csv", "stats"], "one of --format, --json, --csv"),
    (["stats", "--sql", "SELECT 1"], "one of them"),
])
def test_cli_query_usage_errors_are_one_line(db: Path, args: list[str], message: str) -> None:
    result = _query(db, *args)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("text", "cols"), [("abc", 3), ("北京", 4), ("é", 1), ("", 0)])
def test_tables_width_counts_terminal_columns(text: str, cols: int) -> None:
    assert width(text) == cols


def test_tables_formats_are_the_documented_ones() -> None:
    assert FORMATS == ("table", "csv", "json", "markdown")


def test_cli_query_actor_filters_take_names(tmp_path: Path) -> None:
    from tests.test_store_helpers import make_event

    db = tmp_path / "names.duckdb"
    with Store(db) as store:
        store.add_documents([make_doc("a", [make_event("RUS", "UKR", "190", date="2022-02-24")])])
    result = _query(db, "events", "--source", "russia", "--target", "Ukraine", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 1
    assert "--source russia → RUS (Russia)" in result.stderr
    unknown = _query(db, "events", "--actor", "Narnia")
    assert unknown.returncode == 2 and "--actor: unknown actor 'Narnia'" in unknown.stderr
