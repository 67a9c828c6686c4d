"""The span of time where a set of events lies, robust to a few far-off dates.

One article about 2019 that recalls 2001 should not stretch a timeline over 18 years. The
window runs from the earliest to the latest event date inside Tukey's outer fences: the
quartiles of the dates widened by ``FENCE`` times their spread (at least ``MIN_SPREAD_DAYS``).
Events outside are reported (how many, which dates) so a chart can offer to show them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from redline.store.filters import and_where, event_filter

FENCE = 3.0
MIN_SPREAD_DAYS = 30
SHOWN_OUTLIERS = 5


@dataclass(frozen=True, slots=True)
class Window:
    """Events dated ``start``..``end`` (``inside`` of them); ``outside`` more beyond it,
    the first of them on ``outlier_dates``."""

    start: date
    end: date
    inside: int
    outside: int
    outlier_dates: tuple[date, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "events_inside": self.inside, "events_outside": self.outside,
                "outlier_dates": [d.isoformat() for d in self.outlier_dates]}


def fences(q1: date, q3: date) -> tuple[date, date]:
    """The outer fences around the quartiles ``q1`` and ``q3``."""
    spread = max((q3 - q1).days, MIN_SPREAD_DAYS)
    reach = timedelta(days=round(FENCE * spread))
    return q1 - reach, q3 + reach


def robust_window(store: Any, **filters: Any) -> Window | None:
    """The window of the events matching ``filters`` (those of ``event_filter``); None: none."""
    where, params = event_filter(**filters)
    where = and_where(where, "event_date IS NOT NULL")
    _, rows = store.fetch("SELECT quantile_disc(event_date, 0.25), "
                          f"quantile_disc(event_date, 0.75) FROM event_rows {where}", params)
    if not rows or rows[0][0] is None:
        return None
    lo, hi = fences(rows[0][0], rows[0][1])
    inside = and_where(where, "event_date BETWEEN ? AND ?")
    _, span = store.fetch(f"SELECT min(event_date), max(event_date), count(*) "
                          f"FROM event_rows {inside}", [*params, lo, hi])
    outside = and_where(where, "NOT (event_date BETWEEN ? AND ?)")
    _, far = store.fetch(f"SELECT event_date, count(*) FROM event_rows {outside} "
                         "GROUP BY 1 ORDER BY 1", [*params, lo, hi])
    start, end, n = span[0]
    return Window(start, end, int(n), sum(int(c) for _, c in far),
                  tuple(d for d, _ in far[:SHOWN_OUTLIERS]))
