"""Corpus analytics over a :class:`~redline.store.Store`: dyad time series, actor summaries,
top dyads and event clusters (merged duplicate reports).

By default each cluster of duplicate reports counts once (its root event) and only asserted
events count (negated and hypothetical ones are left out); both can be switched off.
Actor arguments match an actor code ("RUSGOV") or a country/IGO code ("RUS").
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from redline.errors import UsageError
from redline.store import Store
from redline.store.filters import actor_clause, and_where, event_filter

FREQS = ("day", "week", "month")
LEVELS = ("country", "code")
_QUADS = ", ".join(f"count(*) FILTER (WHERE quad_class = {i}) AS q{i}" for i in range(1, 5))


def _round(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)


def _next_period(day: date, freq: str) -> date:
    if freq == "day":
        return day + timedelta(days=1)
    if freq == "week":
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _empty_period(period: date) -> dict[str, Any]:
    return {"period": period.isoformat(), "count": 0, "goldstein_sum": 0.0,
            "goldstein_mean": None, "q1": 0, "q2": 0, "q3": 0, "q4": 0}


def _filled(rows: list[dict[str, Any]], freq: str) -> list[dict[str, Any]]:
    """Insert zero rows for the periods between the first and last one that had events."""
    if not rows:
        return rows
    by_period = {r["period"]: r for r in rows}
    out, day = [], date.fromisoformat(rows[0]["period"])
    last = date.fromisoformat(rows[-1]["period"])
    while day <= last:
        out.append(by_period.get(day.isoformat()) or _empty_period(day))
        day = _next_period(day, freq)
    return out


def dyad_series(store: Store, source: str, target: str, *, freq: str = "day",
                start: str | None = None, end: str | None = None,
                include_unasserted: bool = False, dedup: bool = True,
                fill: bool = True) -> list[dict[str, Any]]:
    """Events from ``source`` to ``target`` per day/week/month.

    Each row: ``period`` (first day, ISO; weeks start on Monday), ``count``,
    ``goldstein_sum``, ``goldstein_mean``, ``q1``..``q4`` (QuadClass counts).
    Events are dated by their own date, else the publication date.
    """
    if freq not in FREQS:
        raise UsageError(f"freq must be one of {', '.join(FREQS)}, got {freq!r}")
    where, params = event_filter(source=source, target=target, start=start, end=end,
                                 include_unasserted=include_unasserted, roots_only=dedup)
    where = and_where(where, "event_date IS NOT NULL")
    rows = store.fetch_dicts(
        f"SELECT CAST(date_trunc('{freq}', event_date) AS DATE) AS period, count(*) AS count, "
        f"coalesce(sum(goldstein), 0) AS goldstein_sum, avg(goldstein) AS goldstein_mean, "
        f"{_QUADS} FROM event_rows {where} GROUP BY 1 ORDER BY 1", params)
    for row in rows:
        row["goldstein_sum"] = _round(row["goldstein_sum"])
        row["goldstein_mean"] = _round(row["goldstein_mean"])
    return _filled(rows, freq) if fill else rows


def _dyad_cols(level: str) -> tuple[str, str]:
    if level not in LEVELS:
        raise UsageError(f"level must be one of {', '.join(LEVELS)}, got {level!r}")
    if level == "code":
        return "source_code", "target_code"
    return "coalesce(source_country, source_code)", "coalesce(target_country, target_code)"


def top_dyads(store: Store, n: int = 10, *, level: str = "country", start: str | None = None,
              end: str | None = None, include_unasserted: bool = False,
              dedup: bool = True) -> list[dict[str, Any]]:
    """The ``n`` most frequent directed dyads (both actors known), with Goldstein and QuadClass."""
    src, tgt = _dyad_cols(level)
    where, params = event_filter(start=start, end=end, include_unasserted=include_unasserted,
                                 roots_only=dedup)
    where = and_where(where, "source_code IS NOT NULL AND target_code IS NOT NULL")
    rows = store.fetch_dicts(
        f"SELECT {src} AS source, {tgt} AS target, count(*) AS count, "
        f"avg(goldstein) AS goldstein_mean, {_QUADS} FROM event_rows {where} "
        "GROUP BY 1, 2 ORDER BY count DESC, source, target LIMIT ?", [*params, max(0, n)])
    for row in rows:
        row["goldstein_mean"] = _round(row["goldstein_mean"])
    return rows


def _counts(store: Store, col: str, where: str, params: list[Any],
            k: int = 5) -> list[dict[str, Any]]:
    return store.fetch_dicts(
        f"SELECT {col} AS value, count(*) AS count FROM event_rows {where} AND {col} IS NOT NULL "
        "GROUP BY 1 ORDER BY count DESC, value LIMIT ?", [*params, k])


def actor_summary(store: Store, actor: str, *, include_unasserted: bool = False,
                  dedup: bool = True) -> dict[str, Any]:
    """How often ``actor`` acts and is acted upon, with whom, how (QuadClass, CAMEO roots), when."""
    base, params = event_filter(include_unasserted=include_unasserted, roots_only=dedup)
    base = base or "WHERE TRUE"
    src, tgt = actor_clause("source"), actor_clause("target")
    both = f"{base} AND ({src} OR {tgt})"
    p2, p4 = [*params, actor, actor], [*params, actor, actor, actor, actor]
    _, rows = store.fetch(
        f"SELECT count(*) FILTER (WHERE {src}), count(*) FILTER (WHERE {tgt}), "
        "count(DISTINCT doc_id), min(event_date), max(event_date), "
        f"avg(goldstein) FILTER (WHERE {src}), avg(goldstein) FILTER (WHERE {tgt}), {_QUADS} "
        f"FROM event_rows {both}", [actor] * 8 + p4)
    r = rows[0]
    return {
        "actor": actor, "as_source": r[0], "as_target": r[1], "documents": r[2],
        "first_date": r[3] and r[3].isoformat(), "last_date": r[4] and r[4].isoformat(),
        "goldstein_mean_as_source": _round(r[5]), "goldstein_mean_as_target": _round(r[6]),
        "q1": r[7], "q2": r[8], "q3": r[9], "q4": r[10],
        "names": _names(store, actor, both, p4),
        "top_targets": _counts(store, "target_code", f"{base} AND {src}", p2),
        "top_sources": _counts(store, "source_code", f"{base} AND {tgt}", p2),
        "top_cameo_roots": _counts(store, "cameo_root", both, p4),
    }


def _names(store: Store, actor: str, where: str, params: list[Any]) -> list[str]:
    rows = store.fetch(
        "SELECT name, count(*) AS n FROM ("
        f"SELECT CASE WHEN source_code = ? OR source_country = ? THEN source_name "
        f"ELSE target_name END AS name FROM event_rows {where}) WHERE name IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC, name LIMIT 5", [actor, actor, *params])[1]
    return [r[0] for r in rows]


def event_clusters(store: Store, *, source: str | None = None, target: str | None = None,
                   cameo: str | None = None, start: str | None = None, end: str | None = None,
                   min_mentions: int = 1, include_unasserted: bool = False, limit: int = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Clusters of duplicate reports, most mentioned first, each with its root event's details."""
    where, params = event_filter(source=source, target=target, cameo=cameo, start=start, end=end,
                                 include_unasserted=include_unasserted, roots_only=True)
    where = and_where(where, "num_mentions >= ?")
    return store.fetch_dicts(
        "SELECT coalesce(cluster_id, gid) AS cluster_id, source_code, target_code, cameo, plover, "
        "goldstein, quad_class, event_date AS date, num_mentions, num_sources, num_articles, "
        "trigger_text, location_name, doc_id, title, url, sentence_text "
        f"FROM event_rows {where} ORDER BY num_mentions DESC, event_date, cluster_id "
        "LIMIT ? OFFSET ?", [*params, min_mentions, max(0, limit), max(0, offset)])


def recompute_clusters(store: Store) -> int:
    """Rebuild the clusters of duplicate reports (done automatically after each ingestion)."""
    return store.recompute_clusters()
