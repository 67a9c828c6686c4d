"""Flat Parquet rows for the Dask runner: lossless round trip, one schema for every part."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.model import (
    Actor,
    Document,
    ErrorEntry,
    Event,
    Place,
    Quantity,
    Quote,
    Sentence,
    Span,
)
from redline.scale.rows import rows_to_document, schema, tables

texts = st.text(max_size=12)
opt_texts = st.none() | texts
ints = st.integers(min_value=0, max_value=10_000)
floats = st.floats(allow_nan=False, allow_infinity=False, width=32)
spans = st.builds(Span, texts, ints, ints)
actors = st.builds(Actor, texts, ints, ints, texts, texts, opt_texts, opt_texts, texts,
                   office=opt_texts, sentence=st.none() | ints)
places = st.builds(Place, texts, ints, ints, texts, opt_texts, st.none() | floats,
                   st.none() | floats, opt_texts, feature=opt_texts)
quantities = st.builds(Quantity, texts, ints, ints, st.none() | floats, texts,
                       qualifier=opt_texts, claimant=opt_texts)
events = st.builds(
    Event, texts, ints, st.none() | actors, st.none() | actors, texts, texts, texts, floats,
    ints, spans, date=opt_texts, negated=st.booleans(), hypothetical=st.booleans(),
    attributed_to=st.none() | actors, location=st.none() | places,
    quantities=st.lists(quantities, max_size=2).map(tuple), modality=texts)
quotes = st.builds(Quote, ints, st.none() | actors, opt_texts, st.none() | spans, spans,
                   st.booleans(), kind=texts, speaker_span=st.none() | spans)
documents = st.builds(
    Document, texts, opt_texts, opt_texts, opt_texts, texts, texts,
    sentences=st.lists(st.builds(Sentence, ints, ints, ints), max_size=2).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    errors=st.lists(st.builds(ErrorEntry, texts, texts), max_size=2).map(tuple),
    actors=st.lists(actors, max_size=2).map(tuple),
    places=st.lists(places, max_size=2).map(tuple),
    quantities=st.lists(quantities, max_size=2).map(tuple))


def _round_trip(docs: list[Document], first_ord: int = 0) -> list[Document]:
    data = {name: table.to_pylist() for name, table in tables(docs, first_ord).items()}
    out = []
    for row in data["documents"]:
        mine = [r for r in data["events"] if r["doc_ord"] == row["doc_ord"]]
        said = [r for r in data["quotes"] if r["doc_ord"] == row["doc_ord"]]
        out.append(rows_to_document(row, mine, said))
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(documents, max_size=3))
def test_scale_rows_round_trip(docs: list[Document]) -> None:
    assert _round_trip(docs, first_ord=7) == docs


@pytest.mark.parametrize("name", ["documents", "events", "quotes"])
def test_scale_rows_schema_is_fixed_even_when_empty(name: str) -> None:
    empty = tables([], 0)[name]
    assert empty.num_rows == 0 and empty.schema == schema(name)
    assert len(set(schema(name).names)) == len(schema(name).names)


@pytest.mark.parametrize(
    ("column", "arrow_type"),
    [("source_code", pa.string()), ("trigger_start", pa.int64()), ("goldstein", pa.float64()),
     ("negated", pa.bool_()), ("location_lat", pa.float64()), ("quantities_json", pa.string()),
     ("doc_ord", pa.int64())],
)
def test_scale_rows_event_columns_are_flat_and_typed(column: str, arrow_type: Any) -> None:
    assert schema("events").field(column).type == arrow_type


def test_scale_rows_quote_speaker_does_not_collide_with_speaker_text() -> None:
    actor = Actor("he", 0, 2, "Dmitry Peskov", "RUSGOV", "RUS", "GOV", "person")
    quote = Quote(0, actor, "Kremlin spokesman", Span("said", 3, 7), Span("x", 9, 10), True)
    doc = Document("d", None, None, None, "en", "he said x", quotes=(quote,))
    row = tables([doc], 0)["quotes"].to_pylist()[0]
    assert row["speaker_text"] == "Kremlin spokesman" and row["speaker_actor_text"] == "he"
    assert _round_trip([doc]) == [doc]


def test_scale_rows_document_counts_and_error_codes() -> None:
    errors = (ErrorEntry("json", "bad line"), ErrorEntry("empty", "no text"))
    doc = Document("d", None, None, None, "en", "", errors=errors)
    row = tables([doc], 3)["documents"].to_pylist()[0]
    assert row["doc_ord"] == 3 and row["n_errors"] == 2 and row["error_codes"] == "json;empty"
    assert row["n_events"] == row["n_quotes"] == 0
