"""Flatten a :class:`~redline.model.Document` into rows of the store's tables (pure functions)."""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from redline.model import Actor, Document, Event, Place, Quote
from redline.store.schema import ACTOR_FIELDS

Row = dict[str, Any]
_DOMAIN = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?(?:www\.)?([^/:?#]+)", re.IGNORECASE)


def parse_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO string starting with one) -> date; anything else -> None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def domain_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``, lower-cased (``None`` when there is none)."""
    match = _DOMAIN.match(url or "")
    return match.group(1).lower() if match else None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def plain(value: Any) -> Any:
    """Dataclasses -> dicts, tuples -> lists, recursively: the JSON of ``Document.to_dict``
    without ``dataclasses.asdict``'s deep copies (several times faster)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if is_dataclass(value):
        names = _field_names(type(value))  # type: ignore[arg-type]
        return {name: plain(getattr(value, name)) for name in names}
    return value


def doc_json(doc: Document) -> str:
    """The document as schema-v1 JSON (what :meth:`Document.from_dict` reads back)."""
    return json.dumps(plain(doc), ensure_ascii=False, separators=(",", ":"))


def actor_row(prefix: str, actor: Actor | None) -> Row:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ACTOR_FIELDS}
    return {f"{prefix}_{k}": getattr(actor, k) for k in ACTOR_FIELDS}


def _place_row(place: Place | None) -> Row:
    p = place
    return {
        "location_text": p and p.text, "location_name": p and p.name,
        "location_country": p and p.country, "location_lat": p and p.lat,
        "location_lon": p and p.lon, "location_gazetteer_id": p and p.gazetteer_id,
        "location_feature": p and p.feature,
    }


def event_row(doc: Document, seq: int, ev: Event, published: date | None) -> Row:
    when = parse_date(ev.date)
    row: Row = {
        "doc_id": doc.id, "seq": seq, "event_id": ev.id, "sentence": ev.sentence,
        **actor_row("source", ev.source), **actor_row("target", ev.target),
        "cameo": ev.cameo, "cameo_root": ev.cameo_root, "plover": ev.plover,
        "plover_mode": ev.plover_mode, "label": ev.label, "goldstein": ev.goldstein,
        "quad_class": ev.quad_class, "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end, "date": when,
        "date_text": ev.date_text, "date_precision": ev.date_precision, "published": published,
        "event_date": when or published, "negated": ev.negated, "hypothetical": ev.hypothetical,
        "asserted": ev.asserted, "modality": ev.modality,
        **actor_row("attributed_to", ev.attributed_to), **_place_row(ev.location),
        "quantities": json.dumps(plain(ev.quantities), ensure_ascii=False),
        "confidence": ev.confidence, "intent_cameo": ev.intent_cameo,
    }
    return row


def quote_row(doc_id: str, seq: int, q: Quote) -> Row:
    cue, span = q.cue, q.speaker_span
    return {
        "doc_id": doc_id, "seq": seq, "sentence": q.sentence, **actor_row("speaker", q.speaker),
        "speaker_raw": q.speaker_text, "speaker_raw_start": span and span.start,
        "speaker_raw_end": span and span.end, "cue_text": cue and cue.text,
        "cue_start": cue and cue.start, "cue_end": cue and cue.end,
        "content_text": q.content.text, "content_start": q.content.start,
        "content_end": q.content.end, "direct": q.direct, "kind": q.kind,
    }


def _span_row(doc_id: str, seq: int, rec: Any, keys: tuple[str, ...]) -> Row:
    row: Row = {"doc_id": doc_id, "seq": seq, "text": rec.text,
                "start_char": rec.start, "end_char": rec.end}
    row.update({k: getattr(rec, k, None) for k in keys})
    return row


def document_row(doc: Document, published: date | None, payload: str) -> Row:
    return {
        "id": doc.id, "title": doc.title, "url": doc.url, "domain": domain_of(doc.url),
        "published": published, "language": doc.language, "text": doc.text,
        "n_sentences": len(doc.sentences), "n_events": len(doc.events),
        "n_quotes": len(doc.quotes), "n_errors": len(doc.errors),
        "errors": json.dumps(plain(doc.errors), ensure_ascii=False),
        "doc_json": payload, "ingested_at": datetime.now(),
    }


def document_rows(doc: Document, payload: str) -> dict[str, list[Row]]:
    """Every row one document contributes, by table name."""
    pub = parse_date(doc.published)
    text = doc.text
    return {
        "documents": [document_row(doc, pub, payload)],
        "sentences": [{"doc_id": doc.id, "idx": s.index, "start_char": s.start,
                       "end_char": s.end, "text": text[s.start:s.end]} for s in doc.sentences],
        "events": [event_row(doc, i, e, pub) for i, e in enumerate(doc.events)],
        "quotes": [quote_row(doc.id, i, q) for i, q in enumerate(doc.quotes)],
        "actors": [_span_row(doc.id, i, a, ("name", "code", "country", "sector", "kind",
                                            "office", "sentence"))
                   for i, a in enumerate(doc.actors)],
        "places": [_span_row(doc.id, i, p, ("name", "country", "lat", "lon", "gazetteer_id",
                                            "feature", "reason"))
                   for i, p in enumerate(doc.places)],
        "quantities": [_span_row(doc.id, i, q, ("value", "unit", "qualifier", "value_max",
                                                "claimant", "reason"))
                       for i, q in enumerate(doc.quantities)],
    }
