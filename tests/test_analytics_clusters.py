"""Duplicate merging: which reports fall into one event cluster, and its mention counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline import analytics
from redline.model import Document
from redline.store import Store
from redline.store.clusters import PlaceKey, stems_match, trigger_stem
from tests.test_store_helpers import make_doc, make_event, make_place

KYIV = make_place("Kyiv", "UKR", gid="703448")
KHARKIV = make_place("Kharkiv", "UKR", gid="706483")
UKRAINE = make_place("Ukraine", "UKR", feature="country", gid="690791")
MOSCOW = make_place("Moscow", "RUS", gid="524901")


def _doc(doc_id: str, domain: str, **kw: object) -> Document:
    args = {"source": "RUS", "target": "UKR", "cameo": "190", "date": "2022-02-24",
            "trigger": "attacked", **kw}
    src, tgt, cameo = args.pop("source"), args.pop("target"), args.pop("cameo")
    return make_doc(doc_id, [make_event(src, tgt, cameo, **args)],  # type: ignore[arg-type]
                    url=f"https://www.{domain}/{doc_id}")


@pytest.mark.parametrize(("second", "merged"), [
    ({}, True),
    ({"date": "2022-02-25"}, True),
    ({"date": "2022-02-26"}, False),
    ({"date": None}, True),  # dated by its publication date, 2022-02-24
    ({"trigger": "attacks"}, True),
    ({"trigger": "Attacking"}, True),
    ({"trigger": "shelled"}, False),
    ({"cameo": "193"}, False),
    ({"target": "UKRMIL"}, False),
    ({"source": "BLR"}, False),
    ({"negated": True}, False),
    ({"place": KYIV}, True),
])
def test_analytics_clusters_pairs(tmp_path: Path, second: dict, merged: bool) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store.add_documents([_doc("one", "a.com"), _doc("two", "b.com", **second)])
        _, rows = store.sql("SELECT count(DISTINCT cluster_id) FROM event_clusters")
        assert rows[0][0] == (1 if merged else 2)


@pytest.mark.parametrize(("a", "b", "agree"), [
    (KYIV, KYIV, True), (KYIV, KHARKIV, False), (KYIV, UKRAINE, True), (UKRAINE, KYIV, True),
    (MOSCOW, UKRAINE, False), (KYIV, None, True),
])
def test_analytics_clusters_places(tmp_path: Path, a: object, b: object, agree: bool) -> None:
    with Store(tmp_path / "p.duckdb") as store:
        store.add_documents([_doc("one", "a.com", place=a), _doc("two", "b.com", place=b)])
        _, rows = store.sql("SELECT count(DISTINCT cluster_id) FROM event_clusters")
        assert rows[0][0] == (1 if agree else 2)


def test_analytics_clusters_undated_events_stay_alone(tmp_path: Path) -> None:
    docs = [make_doc(d, [make_event("RUS", "UKR", "190")], published=None) for d in "ab"]
    with Store(tmp_path / "u.duckdb") as store:
        store.add_documents(docs)
        _, rows = store.sql("SELECT count(DISTINCT cluster_id) FROM event_clusters")
        assert rows[0][0] == 2


def test_analytics_clusters_counts(tmp_path: Path) -> None:
    docs = [_doc("w1", "wire.com"), _doc("w2", "wire.com", date="2022-02-25"),
            _doc("p1", "paper.org", place=KYIV), _doc("late", "paper.org", date="2022-02-27"),
            _doc("other", "wire.com", cameo="172", trigger="sanctioned")]
    docs.append(make_doc("two-in-one", [make_event("RUS", "UKR", "190", date="2022-02-24"),
                                        make_event("RUS", "UKR", "190", date="2022-02-24")]))
    with Store(tmp_path / "n.duckdb") as store:
        store.add_documents(docs)
        clusters = analytics.event_clusters(store)
        top = clusters[0]
        assert (top["num_mentions"], top["num_articles"], top["num_sources"]) == (5, 4, 3)
        assert top["cameo"] == "190" and top["date"] == "2022-02-24"
        assert sorted(c["num_mentions"] for c in clusters) == [1, 1, 5]
        assert len(analytics.event_clusters(store, min_mentions=2)) == 1
        assert analytics.recompute_clusters(store) == 3
        events = store.events(source="RUS", cameo="190")
        roots = [e for e in events if e["is_root"]]
        assert len(roots) == 2 and all(e["num_mentions"] in (1, 5) for e in events)


def test_analytics_clusters_grow_with_later_ingestion(tmp_path: Path) -> None:
    with Store(tmp_path / "g.duckdb") as store:
        store.add_documents([_doc("one", "a.com")])
        store.add_documents([_doc("two", "b.com")])
        (cluster,) = analytics.event_clusters(store)
        assert (cluster["num_mentions"], cluster["num_sources"]) == (2, 2)


@pytest.mark.parametrize(("text", "stem"), [
    ("attacked", "attack"), ("attacks", "attack"), ("Attacking", "attack"),
    ("met with", "met"), ("", ""), ("urged", "urg"), ("urges", "urg"), ("'struck'", "struck"),
])
def test_analytics_clusters_trigger_stem(text: str, stem: str) -> None:
    assert trigger_stem(text) == stem


@pytest.mark.parametrize(("a", "b", "same"), [
    ("attack", "attack", True), ("sanction", "sanctions", True), ("met", "meet", False),
    ("", "", True), ("", "attack", False),
])
def test_analytics_clusters_stems_match(a: str, b: str, same: bool) -> None:
    assert stems_match(a, b) is same


def test_analytics_clusters_place_key_needs_country_for_country_feature() -> None:
    assert not PlaceKey("x", None, "country").agrees(PlaceKey("y", None, "city"))
