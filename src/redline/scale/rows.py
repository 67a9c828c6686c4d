"""Lossless flat rows for the partitioned Parquet output: documents, events, quotes.

Nested records become prefixed columns (``source_code``, ``trigger_start``,
``location_lat``); lists inside a record become JSON text (``quantities_json``).
Every row carries ``doc_ord`` (the document's position in the input stream) and
``doc_id``. :func:`rows_to_document` rebuilds the exact :class:`Document`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from functools import cache
from typing import Any

import pyarrow as pa

from redline.model import Actor, Document, Event, Place, Quote, Span

# nested record type and column prefix of each nested field (a quote's speaker would
# collide with its own ``speaker_text`` field, hence ``speaker_actor``)
_NESTED: dict[str, tuple[Any, str]] = {
    "source": (Actor, "source"),
    "target": (Actor, "target"),
    "attributed_to": (Actor, "attributed_to"),
    "location": (Place, "location"),
    "trigger": (Span, "trigger"),
    "speaker": (Actor, "speaker_actor"),
    "cue": (Span, "cue"),
    "content": (Span, "content"),
    "speaker_span": (Span, "speaker_span"),
}
_DOC_SCALARS = ("id", "title", "url", "published", "language", "schema_version", "text")
_DOC_LISTS = ("sentences", "errors", "actors", "places", "quantities", "attributions",
              "terms")
_KEYS = (("doc_ord", pa.int64()), ("doc_id", pa.string()))


def _arrow_type(annotation: str) -> pa.DataType:
    base = annotation.replace(" | None", "").strip()
    return {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}.get(base, pa.string())


@cache
def _record_columns(cls: Any) -> tuple[tuple[str, pa.DataType], ...]:
    """(column, arrow type) of a record type, nested fields expanded, tuples as JSON."""
    out: list[tuple[str, pa.DataType]] = []
    for f in fields(cls):
        if f.name in _NESTED:
            sub, prefix = _NESTED[f.name]
            out += [(f"{prefix}_{name}", typ) for name, typ in _record_columns(sub)]
        elif str(f.type).startswith("tuple"):
            out.append((f"{f.name}_json", pa.string()))
        else:
            out.append((f.name, _arrow_type(str(f.type))))
    return tuple(out)


@cache
def schema(table: str) -> pa.Schema:
    """The Arrow schema of ``documents``, ``events`` or ``quotes`` (same in every part)."""
    if table == "documents":
        cols = [("doc_ord", pa.int64())] + [(n, pa.string()) for n in _DOC_SCALARS]
        cols += [(f"{n}_json", pa.string()) for n in _DOC_LISTS]
        cols += [(f"n_{n}", pa.int64()) for n in ("sentences", "events", "quotes", "errors")]
        cols.append(("error_codes", pa.string()))
        return pa.schema(cols)
    cls = {"events": Event, "quotes": Quote}[table]
    return pa.schema([*_KEYS, ("index", pa.int64()), *_record_columns(cls)])


def _flatten(data: dict[str, Any], cls: type[Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in fields(cls):
        value = data.get(f.name)
        if f.name in _NESTED:
            sub, prefix = _NESTED[f.name]
            inner = _flatten(value, sub) if value is not None else {}
            row.update({f"{prefix}_{name}": inner.get(name) for name, _ in _record_columns(sub)})
        elif str(f.type).startswith("tuple"):
            row[f"{f.name}_json"] = json.dumps(value or [], ensure_ascii=False)
        else:
            row[f.name] = value
    return row


def _unflatten(row: dict[str, Any], cls: type[Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in _NESTED:
            sub, prefix = _NESTED[f.name]
            inner = {name: row.get(f"{prefix}_{name}") for name, _ in _record_columns(sub)}
            data[f.name] = _unflatten(inner, sub) if inner.get("text") is not None else None
        elif str(f.type).startswith("tuple"):
            data[f.name] = json.loads(row.get(f"{f.name}_json") or "[]")
        else:
            data[f.name] = row.get(f.name)
    return data


def document_row(doc: Document, doc_ord: int) -> dict[str, Any]:
    """The ``documents`` row of one document (events and quotes go to their own tables)."""
    row: dict[str, Any] = {"doc_ord": doc_ord, **{n: getattr(doc, n) for n in _DOC_SCALARS}}
    row.update({f"{n}_json": json.dumps([x.to_dict() for x in getattr(doc, n)],
                                        ensure_ascii=False) for n in _DOC_LISTS})
    row.update(n_sentences=len(doc.sentences), n_events=len(doc.events),
               n_quotes=len(doc.quotes), n_errors=len(doc.errors))
    row["error_codes"] = ";".join(e.code for e in doc.errors) or None
    return row


def event_rows(doc: Document, doc_ord: int) -> list[dict[str, Any]]:
    keys = {"doc_ord": doc_ord, "doc_id": doc.id}
    return [{**keys, "index": i, **_flatten(e.to_dict(), Event)} for i, e in enumerate(doc.events)]


def quote_rows(doc: Document, doc_ord: int) -> list[dict[str, Any]]:
    keys = {"doc_ord": doc_ord, "doc_id": doc.id}
    return [{**keys, "index": i, **_flatten(q.to_dict(), Quote)} for i, q in enumerate(doc.quotes)]


def tables(docs: Sequence[Document], first_ord: int) -> dict[str, pa.Table]:
    """The three Arrow tables of a partition whose first document has ``first_ord``."""
    rows: dict[str, list[dict[str, Any]]] = {"documents": [], "events": [], "quotes": []}
    for offset, doc in enumerate(docs):
        rows["documents"].append(document_row(doc, first_ord + offset))
        rows["events"] += event_rows(doc, first_ord + offset)
        rows["quotes"] += quote_rows(doc, first_ord + offset)
    return {name: pa.Table.from_pylist(r, schema=schema(name)) for name, r in rows.items()}


def rows_to_document(row: dict[str, Any], events: Iterable[dict[str, Any]],
                     quotes: Iterable[dict[str, Any]]) -> Document:
    """Rebuild a :class:`Document` from its row and its event and quote rows (in order)."""
    data: dict[str, Any] = {n: row.get(n) for n in _DOC_SCALARS}
    data.update({n: json.loads(row.get(f"{n}_json") or "[]") for n in _DOC_LISTS})
    data["events"] = [_unflatten(e, Event) for e in sorted(events, key=lambda r: r["index"])]
    data["quotes"] = [_unflatten(q, Quote) for q in sorted(quotes, key=lambda r: r["index"])]
    return Document.from_dict(data)
