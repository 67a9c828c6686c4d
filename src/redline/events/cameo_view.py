"""The CAMEO view of an event: how a CAMEO or PLOVER consumer reads it.

redline's own contract codes a cooperative "will X" as X with modality ``intended`` ("Russia
will send aid to Syria": AID (073), intended), as the article gold and PRODUCT.md do. CAMEO
codes the same sentence as the promise, an asserted "express intent to cooperate" event
(03x: "say will give humanitarian aid", 0333), and PLOVER codes a promise of future
cooperation as AGREE (a yield, 035x, as CONCEDE). The coder keeps that reading on the event
(``Event.intent_cameo``, set by ``records.make_event`` for an act the actor itself states it
will do); :func:`cameo_view` gives it back. Every other event is returned unchanged: threats
(13x) are already coded CAMEO's way, and a prediction about someone else, a conditional or a
negated future carries no intent code.

Used where a reader expects CAMEO's convention: the GDELT-style CSV and PLOVER JSON exports
and the outside scorers (ConfliBERT, PLOVER dev, NGEC synthetic, CASE 2021). The article
scorer scores redline's own contract and does not use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from redline.events.codebook import lookup
from redline.model import Event


def cameo_view(event: Event) -> Event:
    """``event`` as CAMEO codes it: an intended cooperative act becomes its asserted intent
    code (its PLOVER type, Goldstein value and quad class from the codebook); else itself."""
    if not event.intent_cameo or event.modality != "intended":
        return event
    return replace(event, **_intent_fields(event.intent_cameo))


def cameo_events(events: Iterable[Event]) -> list[Event]:
    """:func:`cameo_view` of each event, in order."""
    return [cameo_view(e) for e in events]


def cameo_row(row: dict[str, Any]) -> dict[str, Any]:
    """:func:`cameo_view` of a stored event (an ``event_rows`` record); a new dict or ``row``."""
    intent = row.get("intent_cameo")
    if not intent or row.get("modality") != "intended":
        return row
    return {**row, **_intent_fields(intent), "asserted": True}


def _intent_fields(intent: str) -> dict[str, Any]:
    """The fields of an event coded as the asserted intent ``intent`` (from the codebook)."""
    code = lookup(intent)
    return {"cameo": code.cameo, "cameo_root": code.root, "plover": code.plover,
            "plover_mode": code.plover_mode or None, "goldstein": code.goldstein,
            "quad_class": code.quad_class, "label": code.label, "modality": "asserted",
            "hypothetical": False, "negated": False}
