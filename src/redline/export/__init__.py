"""Exports of a store's events: Parquet, CSV, JSON Lines, GDELT-style CSV, PLOVER JSON Lines.

Negated and hypothetical events are left out unless ``include_unasserted``. Exports stream
(memory flat in corpus size) and write to a temporary file renamed at the end, so an
interrupted export never leaves a truncated file under the final name.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from redline.errors import UsageError
from redline.export.gdelt import HEADER, gdelt_row
from redline.export.plover import plover_record
from redline.store import Store
from redline.store.filters import event_filter

FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")
CAMEO_FORMATS = frozenset({"gdelt", "plover"})  # read in CAMEO's convention (cameo_view)
SENTENCE_TEXT = r"regexp_replace(sentence_text, '^\s+|\s+$', '', 'g')"
Stream = tuple[list[str], Iterator[tuple[Any, ...]]]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _records(stream: Stream) -> Iterator[dict[str, Any]]:
    cols, rows = stream
    for row in rows:
        yield dict(zip(cols, row, strict=True))


def _write_csv(stream: Stream, fh: IO[str]) -> int:
    cols, rows = stream
    writer = csv.writer(fh)
    writer.writerow(cols)
    n = 0
    for row in rows:
        writer.writerow(["" if v is None else _plain(v) for v in row])
        n += 1
    return n


def _write_jsonl(stream: Stream, fh: IO[str]) -> int:
    n = 0
    for rec in _records(stream):
        rec["quantities"] = json.loads(rec["quantities"] or "[]")
        fh.write(json.dumps(rec, ensure_ascii=False, default=_plain) + "\n")
        n += 1
    return n


def _write_gdelt(stream: Stream, fh: IO[str]) -> int:
    writer = csv.writer(fh)
    writer.writerow(HEADER)
    n = 0
    for rec in _records(stream):
        writer.writerow(gdelt_row(rec))
        n += 1
    return n


def _write_plover(stream: Stream, fh: IO[str]) -> int:
    n = 0
    for rec in _records(stream):
        fh.write(json.dumps(plover_record(rec), ensure_ascii=False, default=_plain) + "\n")
        n += 1
    return n


WRITERS: dict[str, Callable[[Stream, IO[str]], int]] = {
    "csv": _write_csv, "jsonl": _write_jsonl, "gdelt": _write_gdelt, "plover": _write_plover,
}


def _target(output: str | Path) -> Path:
    path = Path(output)
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: the directory {path.parent} does not exist")
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a directory")
    return path


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _parquet(store: Store, query: str, params: list[Any], path: Path) -> int:
    import pyarrow.parquet as pq

    cur = store.cursor()
    try:
        reader = cur.sql(query, params=params).to_arrow_reader(50_000)
        if reader is None:
            raise UsageError("the export query returned no result")
        n = 0
        with _atomic(path) as tmp, pq.ParquetWriter(tmp, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
        return n
    finally:
        cur.close()


def export_query(fmt: str, *, include_unasserted: bool = False) -> tuple[str, list[Any]]:
    """The SQL an export runs (GDELT: one root event per cluster of duplicate reports).
    Sentence texts lose the line breaks and spaces around them (a sentence that ends a
    paragraph carries its newline in the store)."""
    where, params = event_filter(include_unasserted=include_unasserted,
                                 roots_only=fmt == "gdelt", intents=fmt in CAMEO_FORMATS)
    return (f"SELECT * REPLACE ({SENTENCE_TEXT} AS sentence_text) FROM event_rows {where} "
            "ORDER BY event_date NULLS LAST, doc_id, seq", params)


def export_events(store: Store, fmt: str, output: str | Path | None = None, *,
                  include_unasserted: bool = False) -> int:
    """Write the store's events as ``fmt`` to ``output`` (stdout when None); returns the rows."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    query, params = export_query(fmt, include_unasserted=include_unasserted)
    if fmt == "parquet":
        if output is None or str(output) == "-":
            raise UsageError("the parquet format needs an output file: -o PATH")
        return _parquet(store, query, params, _target(output))
    if output is None or str(output) == "-":
        return WRITERS[fmt](store.query_stream(query, params), sys.stdout)
    path = _target(output)
    with _atomic(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        return WRITERS[fmt](store.query_stream(query, params), fh)
