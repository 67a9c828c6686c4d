"""Duplicate merging: reports of one event grouped into clusters (GDELT's NumMentions).

Two events fall in one cluster when they share the dyad (source and target actor codes),
the CAMEO code and the assertion status, their dates (event date, else publication date)
are at most one day apart from the cluster's first report, their triggers share a stem,
and their places agree (same gazetteer entry or name, a country that contains the other
place, or one of them has no place). Undated events stay alone. The cluster id is the
smallest event ``gid`` in it (its root event).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

_SUFFIXES = ("ing", "ed", "es", "s", "e")
_WINDOW = timedelta(days=1)

KEY_SQL = """
SELECT gid, coalesce(source_code, ''), coalesce(target_code, ''), coalesce(cameo, ''), asserted,
       event_date, trigger_text, coalesce(location_gazetteer_id, lower(location_name)),
       location_country, location_feature
FROM events ORDER BY 2, 3, 4, 5, event_date NULLS LAST, gid
"""

SUMMARY_SQL = """
INSERT INTO clusters
SELECT c.cluster_id, any_value(e.source_code), any_value(e.target_code), any_value(e.cameo),
       bool_and(e.asserted), min(e.event_date), max(e.event_date), count(*),
       count(DISTINCT e.doc_id), count(DISTINCT coalesce(d.domain, e.doc_id))
FROM event_clusters c JOIN events e ON e.gid = c.gid LEFT JOIN documents d ON d.id = e.doc_id
GROUP BY c.cluster_id
"""


def trigger_stem(text: str | None) -> str:
    """A crude stem of the trigger's first word: ``attacked``/``attacks`` -> ``attack``."""
    words = (text or "").lower().split()
    word = "".join(ch for ch in words[0] if ch.isalpha()) if words else ""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def stems_match(a: str, b: str) -> bool:
    if not a or not b:
        return a == b
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


@dataclass(frozen=True, slots=True)
class PlaceKey:
    key: str | None
    country: str | None
    feature: str | None

    def agrees(self, other: PlaceKey) -> bool:
        if self.key is None or other.key is None or self.key == other.key:
            return True
        if self.feature == "country" or other.feature == "country":
            return bool(self.country) and self.country == other.country
        return False


@dataclass(slots=True)
class _Open:
    cluster_id: int
    anchor: date
    stems: set[str] = field(default_factory=set)
    places: list[PlaceKey] = field(default_factory=list)

    def accepts(self, when: date, stem: str, place: PlaceKey) -> bool:
        if when - self.anchor > _WINDOW:
            return False
        if not any(stems_match(stem, s) for s in self.stems):
            return False
        return all(place.agrees(p) for p in self.places)

    def add(self, stem: str, place: PlaceKey) -> None:
        self.stems.add(stem)
        if place.key is not None:
            self.places.append(place)


def assign_clusters(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, int]]:
    """``(gid, cluster_id)`` for rows sorted as :data:`KEY_SQL` sorts them."""
    group: tuple[Any, ...] | None = None
    live: list[_Open] = []
    for gid, src, tgt, cameo, asserted, when, trigger, pkey, country, feature in rows:
        if (src, tgt, cameo, asserted) != group:
            group, live = (src, tgt, cameo, asserted), []
        if when is None:
            yield gid, gid
            continue
        stem, place = trigger_stem(trigger), PlaceKey(pkey, country, feature)
        live = [c for c in live if when - c.anchor <= _WINDOW]
        home = next((c for c in live if c.accepts(when, stem, place)), None)
        if home is None:
            home = _Open(gid, when)
            live.append(home)
        home.add(stem, place)
        yield gid, home.cluster_id
