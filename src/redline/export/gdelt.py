"""GDELT 2.0 event-table columns, filled from redline's events where a column exists.

One row per event cluster (its root event), as GDELT rows are deduplicated events whose
NumMentions/NumSources/NumArticles count the reports. Columns redline has no value for
(tone, ethnic and religion codes, per-actor geography, ADM codes) are left empty; the
country codes are ISO 3166 alpha-3 (GDELT's ActionGeo uses FIPS 10-4). redline's own
columns follow GDELT's 61, prefixed ``Redline``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from redline.events.cameo_view import cameo_row

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)
EXTRA: tuple[str, ...] = ("RedlineDocId", "RedlineEventId", "RedlineSentence", "RedlineTrigger",
                          "RedlinePlover", "RedlineModality", "RedlineClusterId")
HEADER = COLUMNS + EXTRA

# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPE = {("country", False): 1, ("country", True): 1, ("admin", True): 2, ("region", True): 2,
             ("city", True): 3, ("city", False): 4, ("admin", False): 5, ("region", False): 5}


def _dates(day: date | None) -> tuple[Any, ...]:
    if day is None:
        return ("", "", "", "")
    fraction = round(day.year + day.timetuple().tm_yday / 365.0, 4)
    return (day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction)


def _actor(r: dict[str, Any], role: str) -> tuple[Any, ...]:
    country = r[f"{role}_country"] or ""
    igo = r[f"{role}_kind"] == "igo"
    return (r[f"{role}_code"] or "", r[f"{role}_name"] or "", "" if igo else country,
            country if igo else "", "", "", "", r[f"{role}_sector"] or "", "", "")


def geo_type(feature: str | None, country: str | None) -> int | str:
    if not feature:
        return ""
    return _GEO_TYPE.get((feature, country == "USA"), 4 if feature != "country" else 1)


def _action_geo(r: dict[str, Any]) -> tuple[Any, ...]:
    if r["location_name"] is None:
        return ("",) * len(_GEO)
    return (geo_type(r["location_feature"], r["location_country"]), r["location_name"],
            r["location_country"] or "", "", "", _blank(r["location_lat"]),
            _blank(r["location_lon"]), r["location_gazetteer_id"] or "")


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _added(value: datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def gdelt_row(r: dict[str, Any]) -> tuple[Any, ...]:
    """One GDELT-style row (:data:`HEADER` order) from an ``event_rows`` record, in CAMEO's
    convention ("will meet" is the intent 036, asserted: ``events.cameo_view``)."""
    r = cameo_row(r)
    cameo = r["cameo"] or ""
    return (
        r["gid"], *_dates(r["event_date"]), *_actor(r, "source"), *_actor(r, "target"),
        int(r["sentence"] == 0), cameo, cameo[:3], r["cameo_root"] or cameo[:2],
        r["quad_class"], r["goldstein"], r["num_mentions"], r["num_sources"], r["num_articles"],
        "", *("",) * len(_GEO), *("",) * len(_GEO), *_action_geo(r),
        _added(r["ingested_at"]), r["url"] or "",
        r["doc_id"], r["event_id"], r["sentence"], r["trigger_text"], r["plover"],
        r["modality"], r["cluster_id"] if r["cluster_id"] is not None else r["gid"],
    )
