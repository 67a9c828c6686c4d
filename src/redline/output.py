"""Writers for ``redline code``: JSON Lines, JSON, and event-row CSV/Parquet."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from redline.errors import UsageError
from redline.model import Actor, Document, Event

FORMATS = ("jsonl", "json", "csv", "parquet")
ROW_FIELDS = (
    "doc_id", "title", "url", "published", "errors", "event_id", "sentence", "cameo",
    "cameo_root", "plover", "goldstein", "quad_class", "source_text", "source_code",
    "source_country", "target_text", "target_code", "target_country", "trigger", "date",
    "date_text", "negated", "hypothetical", "modality", "attributed_to", "location",
    "location_country", "lat", "lon", "sentence_text",
)


def _actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {f"{prefix}_text": actor.text if actor else None,
            f"{prefix}_code": actor.code if actor else None,
            f"{prefix}_country": actor.country if actor else None}


def _event_cols(doc: Document, ev: Event) -> dict[str, Any]:
    sent = doc.sentences[ev.sentence] if ev.sentence < len(doc.sentences) else None
    loc = ev.location
    return {
        "event_id": ev.id, "sentence": ev.sentence, "cameo": ev.cameo,
        "cameo_root": ev.cameo_root, "plover": ev.plover, "goldstein": ev.goldstein,
        "quad_class": ev.quad_class, **_actor_cols("source", ev.source),
        **_actor_cols("target", ev.target), "trigger": ev.trigger.text, "date": ev.date,
        "date_text": ev.date_text, "negated": ev.negated, "hypothetical": ev.hypothetical,
        "modality": ev.modality,
        "attributed_to": ev.attributed_to.code if ev.attributed_to else None,
        "location": loc.name if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "sentence_text": doc.text[sent.start:sent.end] if sent else None,
    }


def event_rows(doc: Document) -> Iterator[dict[str, Any]]:
    """One flat row per event; a document without events still gives one row (nothing lost)."""
    base = {"doc_id": doc.id, "title": doc.title, "url": doc.url, "published": doc.published,
            "errors": "; ".join(f"{e.code}: {e.message}" for e in doc.errors) or None}
    if not doc.events:
        yield {field: base.get(field) for field in ROW_FIELDS}
    for ev in doc.events:
        yield {**base, **_event_cols(doc, ev)}


@contextmanager
def _open_out(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        fh = Path(path).open("w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    with fh:
        yield fh


def write_documents(docs: Iterable[Document], fmt: str, path: str | None) -> None:
    """Write ``docs`` as ``fmt`` to ``path`` (stdout when None), streaming where it can."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        _write_parquet(docs, path)
        return
    with _open_out(path) as out:
        {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv}[fmt](docs, out)


def _write_jsonl(docs: Iterable[Document], out: TextIO) -> None:
    for doc in docs:
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        out.flush()


def _write_json(docs: Iterable[Document], out: TextIO) -> None:
    out.write("[")
    for i, doc in enumerate(docs):
        out.write(("," if i else "") + "\n" + json.dumps(doc.to_dict(), ensure_ascii=False))
    out.write("\n]\n")


def _write_csv(docs: Iterable[Document], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=ROW_FIELDS)
    writer.writeheader()
    for doc in docs:
        writer.writerows(event_rows(doc))


def _write_parquet(docs: Iterable[Document], path: str | None) -> None:
    if path is None or path == "-":
        raise UsageError("--format parquet needs an output file: -o PATH")
    import pyarrow.parquet as pq

    schema = _row_schema()
    try:
        with pq.ParquetWriter(path, schema) as writer:
            rows = (row for doc in docs for row in event_rows(doc))
            while chunk := list(itertools.islice(rows, 1000)):  # streams: memory stays flat
                writer.write_table(_table(chunk, schema))
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc}") from exc


_ROW_TYPES = {"sentence": "int64", "goldstein": "float64", "quad_class": "int64",
              "negated": "bool", "hypothetical": "bool", "lat": "float64", "lon": "float64"}


def _row_schema() -> Any:
    """A fixed Parquet schema for event rows, so that chunks written apart agree."""
    import pyarrow as pa

    return pa.schema([(f, pa.type_for_alias(_ROW_TYPES.get(f, "string"))) for f in ROW_FIELDS])


def _table(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schema)

