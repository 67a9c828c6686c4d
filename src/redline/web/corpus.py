"""Dashboard aggregates computed in DuckDB (memory and time flat in corpus size).

The filters are the store's own (``redline.store.filters.event_filter``), so the plots, the
table and ``/api/events`` agree on what "matches". Plots count each merged cluster of
duplicate reports once (its root event), like ``redline.analytics``.
"""

from __future__ import annotations

from typing import Any

from redline.store.filters import and_where, event_filter
from redline.timewindow import Window, robust_window
from redline.web import views
from redline.web.svg import Edge

_FREQ_SQL = {"day": "day", "week": "week", "month": "month"}


def _where(store_kwargs: dict[str, Any], *, roots_only: bool) -> tuple[str, list[Any]]:
    return event_filter(**store_kwargs, roots_only=roots_only)


def timeline_window(store: Any, f: views.Filters) -> Window | None:
    """The robust window of the matching events, unless dates are given or all are asked for."""
    if f.window == "all" or f.start or f.end:
        return None
    return robust_window(store, **f.store_kwargs(), roots_only=True)


def timeline(store: Any, f: views.Filters,
             window: Window | None = None) -> list[dict[str, Any]]:
    """Events per period within ``window`` (all dates without one); empty periods have a
    count of 0 and no Goldstein mean."""
    kwargs = f.store_kwargs()
    if window is not None:
        kwargs.update(start=window.start.isoformat(), end=window.end.isoformat())
    where, params = _where(kwargs, roots_only=True)
    where = and_where(where, "event_date IS NOT NULL")
    _, rows = store.fetch(
        f"SELECT CAST(date_trunc('{_FREQ_SQL[f.freq]}', event_date) AS DATE), count(*), "
        f"avg(goldstein) FROM event_rows {where} GROUP BY 1 ORDER BY 1", params)
    found = {views.period_of(day, f.freq): (n, mean) for day, n, mean in rows}
    periods = views.fill_periods(sorted(p for p in found if p), f.freq)
    return [{"period": p, "count": found.get(p, (0, None))[0],
             "goldstein_mean": found.get(p, (0, None))[1]} for p in periods]


def quad_counts(store: Any, f: views.Filters) -> dict[int, int]:
    where, params = _where(f.store_kwargs(), roots_only=True)
    _, rows = store.fetch(f"SELECT quad_class, count(*) FROM event_rows {where} GROUP BY 1",
                          params)
    return {int(q): int(n) for q, n in rows if q is not None}


def edges(store: Any, f: views.Filters, *, limit: int = 30) -> list[Edge]:
    where, params = _where(f.store_kwargs(), roots_only=True)
    src, tgt = "coalesce(source_country, source_code)", "coalesce(target_country, target_code)"
    where = and_where(where, f"{src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}")
    _, rows = store.fetch(
        f"SELECT {src}, {tgt}, count(*) AS n, avg(goldstein) FROM event_rows {where} "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [*params, limit])
    return [Edge(str(s), str(t), int(n), float(m or 0.0)) for s, t, n, m in rows]


def counts(store: Any, f: views.Filters) -> tuple[int, int]:
    """(event reports, distinct events after merging duplicates) matching the filters."""
    where, params = _where(f.store_kwargs(), roots_only=False)
    _, rows = store.fetch(f"SELECT count(*), count(*) FILTER (WHERE is_root) "
                          f"FROM event_rows {where}", params)
    return int(rows[0][0]), int(rows[0][1])


def document_count(store: Any) -> int:
    _, rows = store.fetch("SELECT count(*) FROM documents")
    return int(rows[0][0]) if rows else 0
