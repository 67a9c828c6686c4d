"""Attach dates, places and quantities to the events they belong to (stub)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from redline.dates import TimeExpr
from redline.model import Event, Place, Quantity


def attach_context(
    events: Sequence[Event],
    doc: Doc,
    *,
    dates: Sequence[TimeExpr],
    places: Sequence[Place],
    quantities: Sequence[Quantity],
    published: str | None,
) -> list[Event]:
    return list(events)
