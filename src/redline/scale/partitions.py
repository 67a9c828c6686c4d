"""Partitions of an article stream, and the Parquet part files they are written to.

Layout under an output directory::

    _redline.json              run manifest (partition size, schema version)
    documents/part-000000.parquet
    events/part-000000.parquet
    quotes/part-000000.parquet

A part is written to a temporary name and renamed, ``documents`` last, so a part that
exists in all three tables is complete (what a resumed run relies on).
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.errors import UsageError
from redline.model import SCHEMA_VERSION, Article, Document, ErrorEntry

TABLES = ("events", "quotes", "documents")  # write order: documents marks a complete part
MANIFEST = "_redline.json"


@dataclass(frozen=True, slots=True)
class Partition:
    index: int
    first_ord: int  # position of the first article in the input stream
    articles: list[Article]


def partitions(articles: Iterable[Article], size: int) -> Iterator[Partition]:
    """Cut a stream of articles into numbered partitions of ``size`` (the last may be short)."""
    it = iter(articles)
    for index in itertools.count():
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        yield Partition(index, index * size, batch)


def part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def error_documents(articles: Sequence[Article], error: ErrorEntry) -> list[Document]:
    """Uncoded documents for ``articles``, each carrying its own errors and ``error``."""
    from redline.pipeline import empty_document

    return [empty_document(article, error) for article in articles]


def write_partition(out_dir: Path, part: Partition, docs: Sequence[Document]) -> None:
    """Write one partition's three tables atomically (temporary name, then rename)."""
    import pyarrow.parquet as pq

    from redline.scale.rows import tables

    data = tables(docs, part.first_ord)
    for name in TABLES:
        final = out_dir / name / part_name(part.index)
        tmp = final.with_name(f".{final.name}.tmp")
        pq.write_table(data[name], tmp)
        os.replace(tmp, final)


def check_manifest(out_dir: Path, partition_size: int, *, resume: bool) -> None:
    """Record the run's partition size; a resumed run must use the same one."""
    path = out_dir / MANIFEST
    wanted = {"schema_version": SCHEMA_VERSION, "partition_size": partition_size}
    if resume and path.exists():
        found = json.loads(path.read_text(encoding="utf-8"))
        if found.get("partition_size") != partition_size:
            raise UsageError(f"{out_dir} was written with partition size "
                             f"{found.get('partition_size')}, not {partition_size}; "
                             "resume with the same size")
    path.write_text(json.dumps(wanted) + "\n", encoding="utf-8")


def read_documents(out_dir: Path) -> Iterator[Document]:
    """Rebuild the coded documents from a run's Parquet output, in input order."""
    import pyarrow.parquet as pq

    from redline.scale.rows import rows_to_document

    for doc_path in sorted((Path(out_dir) / "documents").glob("part-*.parquet")):
        events = _by_doc(pq.read_table(out_dir / "events" / doc_path.name).to_pylist())
        quotes = _by_doc(pq.read_table(out_dir / "quotes" / doc_path.name).to_pylist())
        rows = sorted(pq.read_table(doc_path).to_pylist(), key=lambda r: r["doc_ord"])
        for row in rows:
            ordinal = row["doc_ord"]
            yield rows_to_document(row, events.get(ordinal, []), quotes.get(ordinal, []))


def _by_doc(rows: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["doc_ord"], []).append(row)
    return out
