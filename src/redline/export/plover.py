"""PLOVER JSON records (one per line), with the field names of the PLOVER manual's
"Data Fields" chapter: ``id``, ``date``, ``actor``/``recipient`` (lists of entity objects
with ``code``, ``sector``, ``entity_text``, ``identifier_text``, ``office``), ``event``,
``mode``, ``context`` (lists), ``event_loc``, ``event_text``, ``quad_code``, ``event_scale``,
``text``, ``text_info``, ``cite_info``, ``coder``, ``coded_date``, ``size``. redline's own
fields are added after them (the manual allows named fields beyond its own), among them
``source_actor``/``target_actor`` (the full CAMEO-style actor codes).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from redline.events.cameo_view import cameo_row

CODER = "redline"
_SIZE_UNITS = {"dead": "dead", "killed": "dead", "injured": "injured", "wounded": "injured",
               "arrested": "arrested", "detained": "arrested"}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def entity(r: dict[str, Any], role: str) -> list[dict[str, Any]]:
    """The entity list for ``role`` (empty when the event has no such actor)."""
    code = r[f"{role}_code"]
    if code is None:
        return []
    return [{"code": r[f"{role}_country"] or code[:3], "sector": r[f"{role}_sector"],
             "entity_text": r[f"{role}_text"], "identifier_text": r[f"{role}_name"],
             "office": r[f"{role}_office"], "actor_code": code, "kind": r[f"{role}_kind"]}]


def _location(r: dict[str, Any]) -> dict[str, Any] | None:
    if r["location_name"] is None:
        return None
    return {"extracted_place": r["location_text"], "resolved_place": r["location_name"],
            "geonameid": r["location_gazetteer_id"], "lat": r["location_lat"],
            "lon": r["location_lon"], "country_code": r["location_country"],
            "feature": r["location_feature"]}


def _size(quantities: list[dict[str, Any]]) -> dict[str, Any] | None:
    size = {_SIZE_UNITS[q["unit"]]: q["value"] for q in quantities
            if q.get("unit") in _SIZE_UNITS and q.get("value") is not None}
    return size or None


def _attributed(r: dict[str, Any]) -> dict[str, Any] | None:
    code = r["attributed_to_code"]
    return None if code is None else {"code": code, "name": r["attributed_to_name"],
                                      "entity_text": r["attributed_to_text"]}


def record_id(doc_id: str, event_id: str) -> str:
    """The event id, which already starts with its document's id; else ``doc:event``."""
    return event_id if event_id.startswith(f"{doc_id}:") else f"{doc_id}:{event_id}"


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER record from an ``event_rows`` record, in CAMEO's convention (a promise of
    future cooperation is AGREE: ``events.cameo_view``)."""
    r = cameo_row(r)
    quantities = json.loads(r["quantities"] or "[]")
    return {
        "id": record_id(r["doc_id"], r["event_id"]), "has_event": True,
        "date": _iso(r["event_date"]),
        "actor": entity(r, "source"), "recipient": entity(r, "target"), "event": [r["plover"]],
        "mode": [r["plover_mode"]] if r["plover_mode"] else [], "context": [],
        "event_loc": _location(r), "event_text": [r["trigger_text"]],
        "quad_code": r["quad_class"], "event_scale": r["goldstein"], "size": _size(quantities),
        "text": r["sentence_text"],
        "text_info": {"sequence": r["sentence"], "start": r["sentence_start"],
                      "end": r["sentence_end"]},
        "cite_info": {"url": r["url"], "title": r["title"], "language": r["language"],
                      "coder": CODER, "codebook": "CAMEO 1.1b3 mapped to PLOVER"},
        "coder": CODER, "coded_date": _iso(r["ingested_at"].date() if r["ingested_at"] else None),
        "source_actor": r["source_code"], "target_actor": r["target_code"],
        "cameo": r["cameo"], "modality": r["modality"], "negated": r["negated"],
        "hypothetical": r["hypothetical"], "attributed_to": _attributed(r),
        "date_text": r["date_text"], "doc_id": r["doc_id"], "cluster_id": r["cluster_id"],
        "num_mentions": r["num_mentions"], "num_sources": r["num_sources"],
        "num_articles": r["num_articles"], "quantities": quantities,
    }
