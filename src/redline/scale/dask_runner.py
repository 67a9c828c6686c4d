"""Code a corpus on a Dask cluster and write partitioned Parquet.

    from redline.scale.dask_runner import run_dask
    stats = run_dask(["news/"], Path("out"), scheduler="tcp://10.0.0.5:8786")

Articles are streamed from the inputs on the client (``redline.ingest.iter_articles``),
cut into partitions of ``partition_size`` documents and coded on the workers by a
:class:`redline.pipeline.Coder` that each worker process loads once and keeps. At most
two partitions per worker are in flight, so the client's memory stays flat in corpus
size. Partition ``i`` is written as ``documents/part-i.parquet``, ``events/part-i.parquet``
and ``quotes/part-i.parquet`` under ``out_dir`` (columns: :mod:`redline.scale.rows`).
Documents that cannot be read or coded keep their ``errors`` entries; a partition whose
worker dies is written with a ``pipeline`` error on each of its documents. Dask (the
``scale`` extra) is imported only inside the functions that use it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redline.errors import UsageError
from redline.model import Article, Document, ErrorEntry
from redline.scale.partitions import (
    TABLES,
    Partition,
    check_manifest,
    error_documents,
    part_name,
    partitions,
    write_partition,
)

_LOCK = threading.Lock()
_WORKER: dict[str, Any] = {"coder": None, "loads": 0}


@dataclass(frozen=True, slots=True)
class DaskStats:
    """What a run did. ``model_loads`` counts spaCy loads over all workers (one per worker)."""

    documents: int
    events: int
    quotes: int
    documents_with_errors: int
    partitions: int
    skipped_partitions: int
    seconds: float
    scheduler: str
    workers: int
    model_loads: int
    out_dir: Path
    error_codes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Result:
    """What a worker sends back for one partition."""

    index: int
    docs: list[Document]
    worker: str
    loads: int


def _worker_coder() -> Any:
    """The worker process's Coder, created (and its model loaded) on first use."""
    with _LOCK:
        if _WORKER["coder"] is None:
            from redline.pipeline import Coder

            coder = Coder(workers=1)
            coder.nlp  # noqa: B018 - load the model now, once per worker process
            _WORKER["coder"] = coder
            _WORKER["loads"] += 1
        return _WORKER["coder"]


def code_partition(index: int, articles: list[Article]) -> _Result:
    """Code one partition on a worker; a document that breaks its batch is coded alone."""
    coder = _worker_coder()
    try:
        docs = list(coder.code_batch(articles))
    except Exception:  # noqa: BLE001 - fall back to one document at a time
        docs = [_code_one(coder, article) for article in articles]
    return _Result(index, docs, f"{os.getpid()}@{socket.gethostname()}", _WORKER["loads"])


def _code_one(coder: Any, article: Article) -> Document:
    try:
        doc: Document = coder.code_batch([article])[0]
        return doc
    except Exception as exc:  # noqa: BLE001 - the batch goes on
        msg = f"coding failed: {type(exc).__name__}: {exc}"
        return error_documents([article], ErrorEntry("pipeline", msg))[0]


def run_dask(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    scheduler: str | None = None,
    published: str | None = None,
    n_workers: int = 2,
    partition_size: int = 50,
    resume: bool = False,
    progress: Callable[[int], None] | None = None,
) -> DaskStats:
    """Code ``inputs`` (files, directories, ``-``) on Dask; write Parquet under ``out_dir``.

    Arguments:
        inputs: what ``redline code`` accepts; read on the client, streamed.
        out_dir: receives ``documents/``, ``events/``, ``quotes/`` part files and a
            manifest; the client writes them, so it need exist only on the client.
        scheduler: address of a running scheduler (``tcp://host:8786``). ``None``
            starts a LocalCluster of ``n_workers`` one-thread processes for this run.
            Workers need redline and its model installed (same version as the client)
            and should run one thread each (``dask worker --nthreads 1``): one model
            per worker process.
        published: fallback publication date (YYYY-MM-DD) for articles without one.
        n_workers: processes of the local cluster (ignored with ``scheduler``).
        partition_size: documents per task and per part file.
        resume: skip partitions already written by an interrupted run on the same
            inputs and partition size; without it an ``out_dir`` holding parts is refused.
        progress: called with the number of documents written after each partition.

    Raises :class:`redline.errors.UsageError` for bad arguments, paths and dates
    (before any cluster is started) and for an unreachable scheduler.
    """
    _check_args(n_workers, partition_size)
    _check_inputs(inputs, published)
    out_dir = Path(out_dir)
    _prepare_out_dir(out_dir, resume=resume)
    check_manifest(out_dir, partition_size, resume=resume)
    from redline.ingest import iter_articles

    articles = iter_articles(inputs, published=published)
    started = time.perf_counter()
    with _client(scheduler, n_workers) as (client, address):
        tally = _run(client, partitions(articles, partition_size), out_dir, resume, progress)
    return tally.stats(time.perf_counter() - started, address, out_dir)


def _check_args(n_workers: int, partition_size: int) -> None:
    if n_workers < 1:
        raise UsageError(f"n_workers must be at least 1, got {n_workers}")
    if partition_size < 1:
        raise UsageError(f"partition_size must be at least 1, got {partition_size}")


def _check_inputs(inputs: Sequence[str], published: str | None) -> None:
    """Refuse bad paths and dates before a cluster is started (ingestion checks lazily)."""
    from redline.ingest import normalize_date

    if published and normalize_date(published) is None:
        raise UsageError(f"--published must be a date YYYY-MM-DD, got {published!r}")
    missing = [src for src in inputs if src != "-" and not Path(src).exists()]
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")


def _prepare_out_dir(out_dir: Path, *, resume: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir} exists and is not a directory")
    if not resume and any(out_dir.glob("*/part-*.parquet")):
        raise UsageError(f"{out_dir} already holds Parquet parts; choose an empty directory "
                         "or resume the earlier run")
    for name in TABLES:
        (out_dir / name).mkdir(parents=True, exist_ok=True)


class _client:  # noqa: N801 - used like a function: ``with _client(...) as (client, addr)``
    """A connected ``distributed.Client``; a LocalCluster started here is closed on exit."""

    def __init__(self, scheduler: str | None, n_workers: int) -> None:
        self.scheduler, self.n_workers = scheduler, n_workers
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> tuple[Any, str]:
        from distributed import Client, LocalCluster

        if self.scheduler is None:
            self.cluster = LocalCluster(
                n_workers=self.n_workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", host="127.0.0.1")
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(self.scheduler, timeout="30s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise UsageError(f"cannot reach Dask scheduler {self.scheduler}: {exc}") from exc
        return self.client, str(self.client.scheduler.address)

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@dataclass
class _Tally:
    documents: int = 0
    events: int = 0
    quotes: int = 0
    with_errors: int = 0
    written: int = 0
    skipped: int = 0
    loads: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)

    def add(self, docs: Iterable[Document]) -> None:
        for doc in docs:
            self.documents += 1
            self.events += len(doc.events)
            self.quotes += len(doc.quotes)
            self.with_errors += bool(doc.errors)
            for err in doc.errors:
                self.codes[err.code] = self.codes.get(err.code, 0) + 1

    def stats(self, seconds: float, address: str, out_dir: Path) -> DaskStats:
        return DaskStats(
            documents=self.documents, events=self.events, quotes=self.quotes,
            documents_with_errors=self.with_errors, partitions=self.written,
            skipped_partitions=self.skipped, seconds=round(seconds, 3), scheduler=address,
            workers=len(self.loads), model_loads=sum(self.loads.values()), out_dir=out_dir,
            error_codes=dict(sorted(self.codes.items())))


def _run(client: Any, parts: Iterator[Partition], out_dir: Path, resume: bool,
         progress: Callable[[int], None] | None) -> _Tally:
    """Submit partitions with a bounded window; write each one as soon as it is done."""
    from distributed import as_completed

    tally = _Tally()
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    pending: dict[str, Partition] = {}
    done = as_completed()
    for part in parts:
        if resume and _written(out_dir, part.index):
            tally.skipped += 1
            continue
        future = client.submit(code_partition, part.index, part.articles, pure=False)
        pending[future.key] = part
        done.add(future)
        while done.count() >= window:
            _collect(next(done), pending, out_dir, tally, progress)
    for future in done:
        _collect(future, pending, out_dir, tally, progress)
    return tally


def _collect(future: Any, pending: dict[str, Partition], out_dir: Path, tally: _Tally,
             progress: Callable[[int], None] | None) -> None:
    part = pending.pop(future.key)
    try:
        result: _Result = future.result()
        docs = result.docs
        tally.loads[result.worker] = max(tally.loads.get(result.worker, 0), result.loads)
    except Exception as exc:  # noqa: BLE001 - a dead worker costs one partition, not the run
        msg = f"the Dask task failed: {type(exc).__name__}: {exc}"
        docs = error_documents(part.articles, ErrorEntry("pipeline", msg))
    future.release()
    write_partition(out_dir, part, docs)
    tally.written += 1
    tally.add(docs)
    if progress is not None:
        progress(tally.documents)


def _written(out_dir: Path, index: int) -> bool:
    return all((out_dir / name / part_name(index)).exists() for name in TABLES)
