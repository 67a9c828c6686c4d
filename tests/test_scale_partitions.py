"""Partitioning an article stream and writing/reading the Parquet parts (no Dask needed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from redline.errors import UsageError
from redline.model import Article, Document, ErrorEntry, Event, Span
from redline.scale.partitions import (
    Partition,
    check_manifest,
    error_documents,
    part_name,
    partitions,
    read_documents,
    write_partition,
)


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"text {i}") for i in range(n)]


@pytest.mark.parametrize(("n", "size", "lengths"),
                         [(0, 3, []), (1, 3, [1]), (6, 3, [3, 3]), (7, 3, [3, 3, 1]), (5, 1, [1] * 5)])
def test_scale_partitions_cut_stream(n: int, size: int, lengths: list[int]) -> None:
    parts = list(partitions(iter(_articles(n)), size))
    assert [len(p.articles) for p in parts] == lengths
    assert [p.index for p in parts] == list(range(len(lengths)))
    assert [p.first_ord for p in parts] == [i * size for i in range(len(lengths))]
    assert [a.id for p in parts for a in p.articles] == [f"a{i}" for i in range(n)]


def _doc(i: int, n_events: int) -> Document:
    evs = tuple(Event(f"d{i}-{k}", 0, None, None, "010", "01", "OTHER", 0.0, 1,
                      Span("said", 0, 4)) for k in range(n_events))
    return Document(f"d{i}", None, None, None, "en", f"said {i}", events=evs)


def _setup(tmp_path: Path) -> Path:
    for name in ("documents", "events", "quotes"):
        (tmp_path / name).mkdir()
    return tmp_path


def test_scale_partitions_write_then_read_in_input_order(tmp_path: Path) -> None:
    out = _setup(tmp_path)
    docs = [_doc(i, i % 3) for i in range(5)]
    write_partition(out, Partition(1, 2, []), docs[2:])
    write_partition(out, Partition(0, 0, []), docs[:2])
    assert list(read_documents(out)) == docs
    assert sorted(p.name for p in (out / "events").iterdir()) == [part_name(0), part_name(1)]
    assert not list(out.rglob("*.tmp"))


def test_scale_partitions_error_documents_keep_article_errors() -> None:
    bad = Article(id="x", text="", errors=(ErrorEntry("json", "not JSON"),))
    good = Article(id="y", text="Some text.")
    docs = error_documents([bad, good], ErrorEntry("pipeline", "worker died"))
    assert [d.id for d in docs] == ["x", "y"]
    assert [e.code for e in docs[0].errors] == ["json", "pipeline"]
    assert [e.code for e in docs[1].errors] == ["pipeline"]
    assert not docs[1].events and docs[1].text == "Some text."


def test_scale_partitions_manifest_refuses_other_size_on_resume(tmp_path: Path) -> None:
    check_manifest(tmp_path, 50, resume=False)
    check_manifest(tmp_path, 50, resume=True)
    with pytest.raises(UsageError, match="partition size"):
        check_manifest(tmp_path, 10, resume=True)


def test_scale_partitions_importing_runner_does_not_import_dask() -> None:
    code = ("import sys, redline.scale.dask_runner, redline.scale.rows; "
            "print(any(m == 'dask' or m.startswith(('dask.', 'distributed')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
