"""The store against a real DuckDB file: round trips, idempotency, tables, filters, SQL."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.errors import UsageError
from redline.model import Actor, Document, ErrorEntry, Event, Quote, Sentence, Span
from redline.store import IngestStats, Store
from redline.store.rows import doc_json
from tests.test_store_helpers import full_doc, make_doc, make_event, make_place


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_store_round_trip_full_document(store: Store) -> None:
    doc = full_doc()
    store.add_documents([doc])
    assert store.get_document(doc.id) == doc
    assert store.get_document("nope") is None


def test_store_round_trip_after_reopen(tmp_path: Path) -> None:
    path = tmp_path / "r.duckdb"
    with Store(path) as s:
        s.add_documents([full_doc("a"), full_doc("b")])
    with Store(path, read_only=True) as s:
        assert s.get_document("b") == full_doc("b")
        assert s.document_ids() == {"a", "b"}


_ids = itertools.count()
_text = st.text(max_size=40)
_span = st.builds(Span, _text, st.integers(0, 10**6), st.integers(0, 10**6))
_actor = st.builds(Actor, _text, st.integers(0, 999), st.integers(0, 999), _text,
                   st.text(min_size=1, max_size=8), st.none() | _text, st.none() | _text,
                   st.sampled_from(["person", "state", "igo", "group", "other"]))
_event = st.builds(Event, _text, st.integers(0, 50), st.none() | _actor, st.none() | _actor,
                   st.text(max_size=4), st.text(max_size=2), _text,
                   st.floats(-10, 10, allow_nan=False), st.integers(1, 4), _span,
                   date=st.none() | st.dates().map(str) | _text, negated=st.booleans(),
                   hypothetical=st.booleans(), attributed_to=st.none() | _actor)
_quote = st.builds(Quote, st.integers(0, 50), st.none() | _actor, st.none() | _text,
                   st.none() | _span, _span, st.booleans())


@st.composite
def documents(draw: st.DrawFn) -> Document:
    return Document(
        f"doc-{next(_ids)}-{draw(_text)}", draw(st.none() | _text), draw(st.none() | _text),
        draw(st.none() | st.dates().map(str)), "en", draw(st.text(max_size=300)),
        sentences=tuple(draw(st.lists(st.builds(Sentence, st.integers(0, 9), st.integers(0, 99),
                                                st.integers(0, 99)), max_size=3))),
        events=tuple(draw(st.lists(_event, max_size=3))),
        quotes=tuple(draw(st.lists(_quote, max_size=2))),
        errors=tuple(draw(st.lists(st.builds(ErrorEntry, _text, _text), max_size=2))),
        actors=tuple(draw(st.lists(_actor, max_size=2))))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=documents())
def test_store_round_trip_any_document(store: Store, doc: Document) -> None:
    store.add_documents([doc], batch_docs=1)
    assert store.get_document(doc.id) == doc


def test_store_document_json_matches_to_dict() -> None:
    doc = full_doc()
    assert json.loads(doc_json(doc)) == json.loads(json.dumps(doc.to_dict()))


def test_store_lone_surrogates_do_not_break_ingestion(store: Store) -> None:
    doc = make_doc("bad")
    doc = Document(doc.id, "t\ud800x", None, None, "en", "ab\udc80cd")
    stats = store.add_documents([doc, make_doc("good")])
    assert stats.added == 2
    back = store.get_document("bad")
    assert back is not None and back.text == "ab?cd" and back.title == "t?x"


def test_store_idempotent(store: Store) -> None:
    docs = [make_doc(f"d{i}", [make_event("RUS", "UKR", "190", date="2022-02-24")])
            for i in range(5)]
    first = store.add_documents(docs)
    second = store.add_documents(docs)
    assert first == IngestStats(added=5, skipped=0, errors=0, events=5, quotes=0)
    assert second == IngestStats(added=0, skipped=5)
    assert store.stats()["documents"] == 5 and store.stats()["events"] == 5


def test_store_same_id_twice_in_one_stream(store: Store) -> None:
    stats = store.add_documents([make_doc("x"), make_doc("x"), make_doc("y")], batch_docs=10)
    assert (stats.added, stats.skipped) == (2, 1)
    assert store.stats()["documents"] == 2


def test_store_counts_documents_with_errors(store: Store) -> None:
    stats = store.add_documents([make_doc("e", errors=(ErrorEntry("empty", "no text"),)),
                                 make_doc("ok")])
    assert stats.errors == 1
    docs = {d["id"]: d for d in store.list_documents()}
    assert docs["e"]["n_errors"] == 1 and docs["ok"]["n_errors"] == 0


def test_store_missing_ids(store: Store) -> None:
    store.add_documents([make_doc("a"), make_doc("b")])
    assert store.missing_ids(["a", "c", "b", "d"]) == {"c", "d"}
    assert store.has_document("a") and not store.has_document("c")


def test_store_flattens_event_columns(store: Store) -> None:
    doc = full_doc()
    store.add_documents([doc])
    (row,) = store.events()
    assert (row["source_code"], row["source_country"], row["source_sector"]) == (
        "RUSMIL", "RUS", "MIL")
    assert (row["target_code"], row["cameo"], row["cameo_root"], row["quad_class"]) == (
        "UKR", "190", "19", 4)
    assert (row["attributed_to_code"], row["attributed_to_name"]) == (
        "UKRGOV", "Volodymyr Zelensky")
    assert (row["location_name"], row["location_lat"], row["location_country"]) == (
        "Kyiv", 50.45, "UKR")
    assert row["date"] == "2022-02-21" and row["published"] == "2022-02-23"
    assert row["quantities"] == [q.to_dict() for q in doc.events[0].quantities]
    assert row["quantities"][0]["value"] == 12.0
    assert row["sentence_text"].startswith("Russia attacked Kyiv")
    assert row["domain"] == "example.org"


def test_store_child_tables(store: Store) -> None:
    store.add_documents([full_doc()])
    counts = store.stats()
    assert (counts["sentences"], counts["quotes"], counts["actors"], counts["places"]) == (
        3, 1, 2, 1)
    _, rows = store.sql("SELECT speaker_code, cue_text, content_text, direct FROM quotes")
    assert rows == [("UKRGOV", "said", "We will respond,", True)]


def _filter_corpus() -> list[Document]:
    kyiv = make_place("Kyiv", "UKR")
    return [
        make_doc("a", [make_event("RUSMIL", "UKR", "190", date="2022-02-24", place=kyiv),
                       make_event("RUS", "UKR", "138", date="2022-02-20", hypothetical=True)]),
        make_doc("b", [make_event("USAGOV", "RUS", "172", date="2022-03-01", trigger="sanctioned"),
                       make_event("NATO", "RUSGOV", "036", date="2022-01-10", trigger="met",
                                  goldstein=4.0)]),
        make_doc("c", [make_event("RUS", "UKR", "190", date=None)], published="2022-02-25"),
    ]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("b", 1), ("a", 0), ("c", 0), ("b", 0)]),
    ({"actor": "RUS"}, [("b", 1), ("a", 0), ("c", 0), ("b", 0)]),
    ({"source": "RUS"}, [("a", 0), ("c", 0)]),
    ({"source": "RUSMIL"}, [("a", 0)]),
    ({"target": "RUSGOV"}, [("b", 1)]),
    ({"target": "RUS"}, [("b", 1), ("b", 0)]),
    ({"cameo": "19"}, [("a", 0), ("c", 0)]),
    ({"start": "2022-02-25"}, [("c", 0), ("b", 0)]),
    ({"end": "2022-02-24"}, [("b", 1), ("a", 0)]),
    ({"include_unasserted": True, "source": "RUS"}, [("a", 1), ("a", 0), ("c", 0)]),
    ({"limit": 2, "offset": 1}, [("a", 0), ("c", 0)]),
])
def test_store_event_filters(store: Store, filters: dict, expected: list) -> None:
    store.add_documents(_filter_corpus())
    rows = store.events(**filters)
    assert [(r["doc_id"], r["seq"]) for r in rows] == expected
    if "limit" not in filters:
        assert store.count_events(**filters) == len(expected)


def test_store_event_filter_bad_date(store: Store) -> None:
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        store.events(start="24/02/2022")


def test_store_list_documents(store: Store) -> None:
    store.add_documents(_filter_corpus())
    assert [d["id"] for d in store.list_documents()] == ["c", "a", "b"]
    assert [d["id"] for d in store.list_documents(limit=1, offset=1)] == ["a"]
    assert [d["id"] for d in store.list_documents(q="NUMBER 1 OF B")] == ["b"]
    assert store.list_documents(q="absent words") == []


def test_store_sql(store: Store) -> None:
    store.add_documents(_filter_corpus())
    cols, rows = store.sql("SELECT cameo, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
    assert cols == ["cameo", "n"]
    assert rows == [("036", 1), ("138", 1), ("172", 1), ("190", 2)]
    with pytest.raises(UsageError, match="SQL error"):
        store.sql("SELEC nothing")


def test_store_reads_from_many_threads(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store.add_documents(_filter_corpus())

    def read(i: int) -> int:
        return len(store.events(include_unasserted=bool(i % 2))) + len(store.list_documents())

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(read, range(64)))
    assert set(results) == {4 + 3, 5 + 3}
