"""The timeline's robust window (real DuckDB stores), the API series and the dashboard over it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import httpx
import pytest

from redline.store import Store
from redline.timewindow import fences, robust_window
from redline.web import create_app, svg
from redline.web.server import ServerThread
from tests.test_store_helpers import make_doc, make_event

CORPUS_2019 = [f"2019-{m:02d}-{d:02d}" for m in (3, 4, 5, 7, 8, 9, 10) for d in (2, 9, 16)]


def _store(path: Path, dates: list[str]) -> Path:
    docs = [make_doc(f"d{i:03d}", [make_event("RUS", "UKR", "190", date=day)], published=day)
            for i, day in enumerate(dates)]
    with Store(path) as store:
        store.add_documents(docs)
    return path


@pytest.mark.parametrize("dates,start,end,outside", [
    (CORPUS_2019 + ["2001-09-11"], "2019-03-02", "2019-10-16", 1),
    (CORPUS_2019 + ["2001-09-11", "1991-12-26"], "2019-03-02", "2019-10-16", 2),
    (CORPUS_2019 + ["2032-01-01"], "2019-03-02", "2019-10-16", 1),
    (CORPUS_2019, "2019-03-02", "2019-10-16", 0),
    ([f"{y}-06-01" for y in range(2010, 2022)], "2010-06-01", "2021-06-01", 0),  # spread out
    (["2022-02-24"], "2022-02-24", "2022-02-24", 0),
    (["2022-02-24", "2022-03-30"], "2022-02-24", "2022-03-30", 0),
])
def test_timewindow_robust_window_leaves_out_far_dates(tmp_path: Path, dates: list[str],
                                                       start: str, end: str,
                                                       outside: int) -> None:
    with Store(_store(tmp_path / "w.duckdb", dates), read_only=True) as store:
        window = robust_window(store, roots_only=True)
    assert window is not None
    assert (window.start.isoformat(), window.end.isoformat()) == (start, end)
    assert (window.inside, window.outside) == (len(dates) - outside, outside)
    far = sorted(d for d in dates if not start <= d <= end)
    assert [d.isoformat() for d in window.outlier_dates] == far


def test_timewindow_empty_store_has_no_window(tmp_path: Path) -> None:
    with Store(_store(tmp_path / "e.duckdb", []), read_only=True) as store:
        assert robust_window(store) is None


def test_timewindow_fences_have_a_minimum_spread() -> None:
    day = date(2022, 2, 24)
    assert fences(day, day) == (date(2021, 11, 26), date(2022, 5, 25))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = _store(tmp_path_factory.mktemp("tw") / "c.duckdb", CORPUS_2019 + ["2001-09-11"])
    with ServerThread(create_app(str(path))) as srv:
        yield srv.url


def test_timewindow_api_series_default_window_and_gaps(server: str) -> None:
    body = httpx.get(server + "/api/dyads/RUS/UKR?freq=month").json()
    assert body["window"] == {"start": "2019-03-02", "end": "2019-10-16", "events_inside": 21,
                              "events_outside": 1, "outlier_dates": ["2001-09-11"]}
    series = {r["period"]: r for r in body["series"]}
    assert sorted(series)[0] == "2019-03-01" and sorted(series)[-1] == "2019-10-01"
    assert series["2019-06-01"]["count"] == 0 and series["2019-06-01"]["goldstein_mean"] is None
    wide = httpx.get(server + "/api/dyads/RUS/UKR?freq=month&window=all").json()
    assert wide["window"] is None and wide["series"][0]["period"] == "2001-09-01"
    assert len(wide["series"]) == 12 * 18 + 2


def test_timewindow_dashboard_reports_the_outlier_and_widens(server: str) -> None:
    page = httpx.get(server + "/").text
    assert "Left out: 1 event dated far from the rest (2001-09-11)" in page
    assert 'href="/?window=all"' in page
    wide = httpx.get(server + "/?window=all").text
    assert "Showing every date." in wide and "2001-09" in wide


def test_timewindow_svg_draws_gaps_not_zeros() -> None:
    series = [{"period": "2019-03", "count": 3, "goldstein_mean": -10.0},
              {"period": "2019-04", "count": 2, "goldstein_mean": -10.0},
              {"period": "2019-05", "count": 0, "goldstein_mean": None},
              {"period": "2019-06", "count": 1, "goldstein_mean": 5.0}]
    root = ET.fromstring(str(svg.timeline_svg(series, "t")))
    tags = [el.tag.rsplit("}", 1)[-1] + ":" + el.get("class", "") for el in root.iter()]
    assert tags.count("rect:bar") == 3 and tags.count("polyline:gline") == 1
    assert tags.count("circle:gdot") == 1  # the lone month after the gap is a dot
    line = next(el for el in root.iter() if el.get("class") == "gline")
    assert len(line.get("points", "").split()) == 2
