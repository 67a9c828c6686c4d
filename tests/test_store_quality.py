"""Reads of the store keep confident, substantive events by default: a real DuckDB file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from redline.events.confidence import default_min_confidence
from redline.store import Store
from redline.store.filters import event_quality
from tests.test_store_helpers import make_doc, make_event


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    events = [replace(make_event("RUS", "UKR", "190", eid="a"), confidence=0.9),
              replace(make_event("RUS", "UKR", "190", eid="b"), confidence=0.0),
              replace(make_event("RUS", "UKR", "010", eid="c"), confidence=0.9),
              replace(make_event("RUS", "UKR", "020", eid="d"), confidence=0.9),
              replace(make_event("RUS", "UKR", "036", eid="e"), confidence=None)]
    with Store(tmp_path / "q.duckdb") as s:
        s.add_documents([make_doc("d1", events)])
    return Store(tmp_path / "q.duckdb", read_only=True)


@pytest.mark.parametrize(("min_confidence", "statements", "cameos"), [
    (None, False, ["036", "190"] if default_min_confidence() > 0 else ["036", "190", "190"]),
    (0.0, False, ["036", "190", "190"]),
    (0.0, True, ["010", "020", "036", "190", "190"]),
    (0.95, True, ["036"]),  # an event without a confidence (older store) is kept
])
def test_store_quality_filters_events(store: Store, min_confidence: float | None,
                                      statements: bool, cameos: list[str]) -> None:
    with store, event_quality(min_confidence=min_confidence, statements=statements):
        got = sorted(r["cameo"] for r in store.events())
    assert got == cameos


def test_store_quality_keeps_confidence_column(store: Store) -> None:
    with store, event_quality(min_confidence=0.0, statements=True):
        values = {r["event_id"]: r["confidence"] for r in store.events()}
    assert sorted(v for v in values.values() if v is not None) == [0.0, 0.9, 0.9, 0.9]


@pytest.mark.parametrize(("typed", "n_events", "shown"), [
    ("", 2 if default_min_confidence() > 0 else 3, {"0.90", "—"}),
    ("0", 3, {"0.90", "0.00", "—"}),
    ("0.95", 1, {"—"}),
])
def test_store_quality_dashboard_filters_on_confidence(store: Store, typed: str, n_events: int,
                                                       shown: set[str]) -> None:
    from redline.web.pages import _dashboard_context
    from redline.web.views import parse_filters

    f = parse_filters({"min_confidence": typed})
    assert not f.errors
    with store:
        ctx = _dashboard_context(store, f)
    assert ctx["n_events"] == n_events
    assert {e["confidence"] for e in ctx["events"]} == shown
    assert ("min_confidence" in ctx["api_href"]) is bool(typed)
