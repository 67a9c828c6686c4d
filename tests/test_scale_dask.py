"""The Dask runner against a real LocalCluster with two worker processes (slow)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from redline.errors import UsageError
from redline.examples import example_paths
from redline.scale.partitions import part_name, read_documents

pytest.importorskip("distributed", reason="Dask runner needs the 'scale' extra")

PUBLISHED = "2021-12-06"
JSONL = "\n".join([
    '{"id": "short", "text": "Russia denied that it plans to invade Ukraine.", '
    '"published": "2021-12-06"}',
    '{"id": "broken", "text": ',  # a bad JSON Lines record
    '{"id": "empty", "text": ""}',
    '{"id": "nato", "text": "NATO foreign ministers met in Riga on Tuesday and warned Moscow."}',
]) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for path in example_paths()[:3]:
        shutil.copy(path, root / path.name)
    (root / "batch.jsonl").write_text(JSONL, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def local_docs(corpus: Path, nlp: Any) -> list[Any]:
    from redline.ingest import iter_articles
    from redline.pipeline import Coder

    return list(Coder(nlp=nlp).pipe(iter_articles([str(corpus)], published=PUBLISHED)))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0", host="127.0.0.1") as running:
        yield running


def _run(corpus: Path, out: Path, **kw: Any) -> Any:
    from redline.scale.dask_runner import run_dask

    return run_dask([str(corpus)], out, published=PUBLISHED, partition_size=2, **kw)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_scale_dask_local_cluster_equals_local_run(corpus: Path, local_docs: list[Any],
                                                   tmp_path: Path) -> None:
    stats = _run(corpus, tmp_path / "out", n_workers=2)
    docs = list(read_documents(tmp_path / "out"))
    assert [d.id for d in docs] == [d.id for d in local_docs]
    assert docs == local_docs  # events, quotes, errors, offsets: document for document
    assert stats.documents == len(local_docs) and stats.partitions == 4
    assert stats.events == sum(len(d.events) for d in local_docs)
    assert stats.quotes == sum(len(d.quotes) for d in local_docs) > 0
    assert stats.workers <= 2 and stats.model_loads == stats.workers  # once per worker


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_scale_dask_keeps_per_document_errors(corpus: Path, cluster: Any,
                                              tmp_path: Path) -> None:
    stats = _run(corpus, tmp_path / "out", scheduler=cluster.scheduler_address)
    docs = list(read_documents(tmp_path / "out"))
    codes = [[e.code for e in d.errors] for d in docs]
    assert sorted(c for cs in codes for c in cs if c in {"json", "empty", "no_text"}) in (
        ["empty", "json"], ["json", "no_text"])  # the bad line and the empty record
    uncoded = [d for d in docs if d.errors]
    assert all(not d.events and not d.sentences for d in uncoded)
    short = next(d for d in docs if d.id == "short")
    assert not short.errors and short.sentences and short.published == PUBLISHED
    assert stats.documents_with_errors == 2 and stats.error_codes.get("json") == 1


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_scale_dask_resume_writes_only_missing_parts(corpus: Path, cluster: Any,
                                                     local_docs: list[Any],
                                                     tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(corpus, out, scheduler=cluster.scheduler_address)
    (out / "documents" / part_name(1)).unlink()  # as if interrupted while writing part 1
    with pytest.raises(UsageError, match="already holds"):
        _run(corpus, out, scheduler=cluster.scheduler_address)
    stats = _run(corpus, out, scheduler=cluster.scheduler_address, resume=True)
    assert stats.partitions == 1 and stats.skipped_partitions == 3
    assert list(read_documents(out)) == local_docs


@pytest.mark.parametrize(("inputs", "kw", "message"), [
    (["."], {"n_workers": 0}, "n_workers"),
    (["."], {"partition_size": 0}, "partition_size"),
    (["."], {"published": "6 Dec"}, "YYYY-MM-DD"),
    (["no/such/dir"], {}, "no such file"),
])
def test_scale_dask_rejects_bad_arguments_before_starting(
        tmp_path: Path, inputs: list[str], kw: dict[str, Any], message: str) -> None:
    from redline.scale.dask_runner import run_dask

    with pytest.raises(UsageError, match=message):
        run_dask([str(tmp_path / i) for i in inputs], tmp_path / "out", **kw)
    assert not (tmp_path / "out").exists()
