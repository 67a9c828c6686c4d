"""``ingest``, ``query`` and ``export`` through typer's CliRunner on an app built here."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from redline.cli_store import register
from redline.errors import StoreError, UsageError
from redline.model import Article, Document, ErrorEntry
from redline.store import Store
from tests.test_store_helpers import make_doc, make_event

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


class FakeCoder:
    """Stands in for the spaCy coder: one RUS->UKR attack per article, records what it coded."""

    coded: list[str] = []

    def __init__(self, *, workers: int = 1, dictionaries: str | None = None,
                 **options: object) -> None:
        self.workers = workers
        self.dictionaries = dictionaries

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        for a in articles:
            FakeCoder.coded.append(a.id)
            errors = (ErrorEntry("empty", "no text"),) if not a.text.strip() else ()
            yield make_doc(a.id, [make_event("RUS", "UKR", "190", date="2022-02-24")],
                           published=a.published, errors=errors)


@pytest.fixture()
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> type[FakeCoder]:
    import redline.pipeline

    FakeCoder.coded = []
    monkeypatch.setattr(redline.pipeline, "Coder", FakeCoder)
    return FakeCoder


def _texts(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = tmp_path / f"story{i}.txt"
        path.write_text(f"Russia attacked Ukraine, report number {i}.\n")
        paths.append(str(path))
    return paths


def test_store_cli_ingest_twice_codes_once(tmp_path: Path, fake_coder: type[FakeCoder]) -> None:
    db = tmp_path / "c.duckdb"
    inputs = _texts(tmp_path, 3)
    first = runner.invoke(_app(), ["ingest", *inputs, "--db", str(db),
                                   "--published", "2022-02-24"])
    assert first.exit_code == 0, first.output
    assert "3 documents added, 0 skipped" in first.output
    assert len(fake_coder.coded) == 3
    second = runner.invoke(_app(), ["ingest", *inputs, inputs[0], "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 documents added, 4 skipped" in second.output
    assert len(fake_coder.coded) == 3  # nothing coded again
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 3


def test_store_cli_ingest_exit_1_when_documents_carry_errors(
        tmp_path: Path, fake_coder: type[FakeCoder]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = runner.invoke(_app(), ["ingest", str(empty), *_texts(tmp_path, 1),
                                    "--db", str(tmp_path / "e.duckdb")])
    assert result.exit_code == 1
    assert "1 with errors" in result.output


def test_store_cli_ingest_bad_date(tmp_path: Path, fake_coder: type[FakeCoder]) -> None:
    result = runner.invoke(_app(), ["ingest", *_texts(tmp_path, 1), "--db",
                                    str(tmp_path / "d.duckdb"), "--published", "yesterday"])
    assert isinstance(result.exception, UsageError)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.duckdb"
    docs = [make_doc("a", [make_event("RUS", "UKR", "190", date="2022-02-24", goldstein=-10.0),
                           make_event("USA", "RUS", "172", date="2022-03-01")]),
            make_doc("b", [make_event("RUS", "UKR", "193", date="2022-02-26", goldstein=-10.0,
                                      trigger="fought"),
                           make_event("RUS", "UKR", "138", date="2022-02-26",
                                      hypothetical=True)])]
    with Store(path) as store:
        store.add_documents(docs)
    return path


def test_store_cli_query_dyad_json(db: Path) -> None:
    result = runner.invoke(_app(), ["query", "dyad", "--db", str(db), "--source", "RUS",
                                    "--target", "UKR", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["period"], r["count"]) for r in rows] == [
        ("2022-02-24", 1), ("2022-02-25", 0), ("2022-02-26", 1)]


@pytest.mark.parametrize(("args", "expected"), [
    (["top-dyads"], [{"source": "RUS", "target": "UKR", "count": 2}]),
    (["events", "--cameo", "19"], [{"doc_id": "a", "cameo": "190"},
                                   {"doc_id": "b", "cameo": "193"}]),
    (["events", "--source", "RUS", "--all", "--start", "2022-02-25"],
     [{"cameo": "193"}, {"cameo": "138"}]),
    (["documents", "--q", "number 1 of b"], [{"id": "b"}]),
    (["actor", "--actor", "USA"], [{"as_source": 1, "as_target": 0}]),
    (["stats"], [{"documents": 2, "events": 4}]),
    (["clusters"], [{"cameo": "190"}, {"cameo": "193"}, {"cameo": "172"}]),
])
def test_store_cli_query_canned(db: Path, args: list[str], expected: list[dict]) -> None:
    result = runner.invoke(_app(), ["query", *args, "--db", str(db), "--json", "--limit", "1"
                                    if args[0] == "top-dyads" else "50"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [{k: r[k] for k in want} for r, want in zip(rows, expected, strict=False)] == expected
    assert len(rows) == len(expected)


def test_store_cli_query_sql_table_and_csv(db: Path) -> None:
    table = runner.invoke(_app(), ["query", "--sql", "SELECT cameo FROM events ORDER BY 1",
                                   "--db", str(db)])
    assert table.exit_code == 0 and "193" in table.stdout
    as_csv = runner.invoke(_app(), ["query", "--sql", "SELECT cameo FROM events ORDER BY 1",
                                    "--db", str(db), "--csv"])
    assert as_csv.stdout.split() == ["cameo", "138", "172", "190", "193"]


@pytest.mark.parametrize("args", [
    ["query"], ["query", "stats", "--sql", "SELECT 1"], ["query", "nonsense"],
    ["query", "dyad", "--source", "RUS"], ["query", "--sql", "DROP TABLEZ x"],
    ["query", "dyad", "--source", "RUS", "--target", "UKR", "--freq", "hourly"],
])
def test_store_cli_query_usage_errors(db: Path, args: list[str]) -> None:
    result = runner.invoke(_app(), [*args, "--db", str(db)])
    assert isinstance(result.exception, UsageError), result.output


def test_store_cli_query_cannot_write(db: Path) -> None:
    result = runner.invoke(_app(), ["query", "--sql", "DELETE FROM events", "--db", str(db)])
    assert isinstance(result.exception, UsageError)
    with Store(db, read_only=True) as store:
        assert store.stats()["events"] == 4


def test_store_cli_query_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(_app(), ["query", "stats", "--db", str(tmp_path / "none.duckdb")])
    assert isinstance(result.exception, StoreError)
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.parametrize(("fmt", "rows"), [("csv", 3), ("gdelt", 3), ("jsonl", 3),
                                           ("plover", 3), ("parquet", 3)])
def test_store_cli_export(db: Path, tmp_path: Path, fmt: str, rows: int) -> None:
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(_app(), ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"exported {rows} " in result.output and out.exists()
    every = runner.invoke(_app(), ["export", "--db", str(db), "-f", fmt, "-o", str(out), "--all"])
    assert f"exported {rows + 1} " in every.output


def test_store_cli_export_stdout(db: Path) -> None:
    result = runner.invoke(_app(), ["export", "--db", str(db), "--format", "plover"])
    assert result.exit_code == 0
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 3


@pytest.mark.slow
def test_store_cli_ingest_real_coder(tmp_path: Path) -> None:
    db = tmp_path / "real.duckdb"
    story = tmp_path / "story.txt"
    story.write_text("Russian forces attacked the Ukrainian city of Kharkiv on Monday, "
                     "Ukraine's defence ministry said.\n")
    result = runner.invoke(_app(), ["ingest", str(story), "--db", str(db),
                                    "--published", "2022-03-02"])
    assert result.exit_code in (0, 1), result.output
    assert "1 document added" in result.output
    again = runner.invoke(_app(), ["ingest", str(story), "--db", str(db)])
    assert "0 documents added, 1 skipped" in again.output
    with Store(db, read_only=True) as store:
        (doc_id,) = store.document_ids()
        doc = store.get_document(doc_id)
        assert doc is not None and doc.published == "2022-03-02"
        assert store.stats()["sentences"] == len(doc.sentences) >= 1


@pytest.mark.slow
def test_store_cli_ingest_min_confidence_drops_weak_events(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Russian forces attacked the Ukrainian city of Kharkiv on Monday, "
                     "Ukraine's defence ministry said. Officials said talks could resume.\n")
    stored = {}
    for limit in ("0", "0.99"):
        db = tmp_path / f"c{limit}.duckdb"
        result = runner.invoke(_app(), ["ingest", str(story), "--db", str(db),
                                        "--published", "2022-03-02", "--min-confidence", limit])
        assert result.exit_code in (0, 1), result.output
        with Store(db, read_only=True) as store:
            (doc_id,) = store.document_ids()
            doc = store.get_document(doc_id)
        assert doc is not None
        stored[limit] = [e.confidence for e in doc.events]
    assert stored["0"], "the attack should be coded"
    assert all(c is not None and c >= 0.99 for c in stored["0.99"])
    assert len(stored["0.99"]) < len(stored["0"])


def test_store_cli_ingest_min_confidence_out_of_range(tmp_path: Path,
                                                      fake_coder: type[FakeCoder]) -> None:
    result = runner.invoke(_app(), ["ingest", *_texts(tmp_path, 1), "--db",
                                    str(tmp_path / "r.duckdb"), "--min-confidence", "2"])
    assert result.exit_code == 2 and "min-confidence" in result.output
