"""Dyad time series, top dyads and actor summaries on hand-made documents."""

from __future__ import annotations

import pytest

from redline import analytics
from redline.errors import UsageError
from redline.store import Store
from tests.test_store_helpers import make_doc, make_event


def _ev(src: str, tgt: str, cameo: str, day: str, g: float, **kw: object) -> object:
    return make_event(src, tgt, cameo, date=day, goldstein=g, trigger=kw.pop("trigger", cameo),
                      **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    docs = [
        make_doc("a", [_ev("RUSMIL", "UKR", "190", "2022-02-24", -10.0),
                       _ev("RUS", "UKRGOV", "111", "2022-02-24", -2.0),
                       _ev("RUS", "UKR", "036", "2022-02-26", 4.0)], url="https://a.com/1"),
        # a second report of the 24 February attack: merged with the first (same cluster)
        make_doc("b", [_ev("RUSMIL", "UKR", "190", "2022-02-24", -10.0)], url="https://b.com/1"),
        make_doc("c", [_ev("RUS", "UKR", "042", "2022-03-08", 1.9),
                       _ev("RUS", "UKR", "190", "2022-03-01", -10.0, negated=True),
                       _ev("UKR", "RUS", "111", "2022-03-02", -2.0),
                       _ev("USA", "RUS", "172", "2022-03-02", -5.0),
                       _ev("USAGOV", "RUSGOV", "163", "2022-03-03", -8.0)]),
    ]
    with Store(tmp_path_factory.mktemp("an") / "a.duckdb") as s:
        s.add_documents(docs)
        yield s


def test_analytics_dyad_series_by_day(store: Store) -> None:
    rows = analytics.dyad_series(store, "RUS", "UKR", freq="day")
    by = {r["period"]: r for r in rows}
    assert rows[0]["period"] == "2022-02-24" and rows[-1]["period"] == "2022-03-08"
    assert len(rows) == 13  # gaps filled with zero rows
    assert by["2022-02-24"] == {"period": "2022-02-24", "count": 2, "goldstein_sum": -12.0,
                                "goldstein_mean": -6.0, "q1": 0, "q2": 0, "q3": 1, "q4": 1}
    assert by["2022-02-25"]["count"] == 0 and by["2022-02-25"]["goldstein_mean"] is None
    assert by["2022-02-26"]["q1"] == 1
    assert by["2022-03-01"]["count"] == 0  # the negated attack is not counted


@pytest.mark.parametrize(("freq", "expected"), [
    ("week", [("2022-02-21", 3, -8.0), ("2022-02-28", 0, 0.0), ("2022-03-07", 1, 1.9)]),
    ("month", [("2022-02-01", 3, -8.0), ("2022-03-01", 1, 1.9)]),
])
def test_analytics_dyad_series_by_week_and_month(store: Store, freq: str,
                                                 expected: list) -> None:
    rows = analytics.dyad_series(store, "RUS", "UKR", freq=freq)
    assert [(r["period"], r["count"], r["goldstein_sum"]) for r in rows] == expected


@pytest.mark.parametrize(("kwargs", "total"), [
    ({}, 4),
    ({"dedup": False}, 5),
    ({"include_unasserted": True}, 5),
    ({"start": "2022-02-25"}, 2),
    ({"end": "2022-02-24"}, 2),
])
def test_analytics_dyad_series_options(store: Store, kwargs: dict, total: int) -> None:
    rows = analytics.dyad_series(store, "RUS", "UKR", freq="month", **kwargs)
    assert sum(r["count"] for r in rows) == total


@pytest.mark.parametrize(("source", "target", "total"), [
    ("RUSMIL", "UKR", 1), ("RUS", "UKRGOV", 1), ("UKR", "RUS", 1), ("USA", "RUS", 2),
    ("USAGOV", "RUS", 1), ("CHN", "RUS", 0),
])
def test_analytics_dyad_series_actor_matching(store: Store, source: str, target: str,
                                              total: int) -> None:
    rows = analytics.dyad_series(store, source, target, fill=False)
    assert sum(r["count"] for r in rows) == total


def test_analytics_dyad_series_bad_freq(store: Store) -> None:
    with pytest.raises(UsageError, match="freq"):
        analytics.dyad_series(store, "RUS", "UKR", freq="year")


def test_analytics_top_dyads(store: Store) -> None:
    rows = analytics.top_dyads(store, 3)
    assert [(r["source"], r["target"], r["count"]) for r in rows] == [
        ("RUS", "UKR", 4), ("USA", "RUS", 2), ("UKR", "RUS", 1)]
    assert rows[1]["goldstein_mean"] == -6.5 and rows[1]["q4"] == 2
    by_code = analytics.top_dyads(store, 10, level="code")
    assert ("USAGOV", "RUSGOV", 1) in [(r["source"], r["target"], r["count"]) for r in by_code]


def test_analytics_actor_summary(store: Store) -> None:
    s = analytics.actor_summary(store, "UKR")
    assert (s["as_source"], s["as_target"], s["documents"]) == (1, 4, 2)
    assert (s["first_date"], s["last_date"]) == ("2022-02-24", "2022-03-08")
    assert s["goldstein_mean_as_source"] == -2.0
    assert s["top_sources"] == [{"value": "RUS", "count": 3}, {"value": "RUSMIL", "count": 1}]
    assert s["names"] == ["Ukraine"]
    assert (s["q1"], s["q2"], s["q3"], s["q4"]) == (2, 0, 2, 1)


def test_analytics_actor_summary_unknown_actor(store: Store) -> None:
    s = analytics.actor_summary(store, "ZZZ")
    assert (s["as_source"], s["as_target"], s["first_date"], s["names"]) == (0, 0, None, [])
