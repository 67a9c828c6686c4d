"""Events: CAMEO/PLOVER codebook, lexicon, extraction and modality (stub)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from redline.model import Actor, Event


def extract_events(doc: Doc, actors: Sequence[Actor], *, doc_id: str) -> list[Event]:
    """Coded events of ``doc`` (date, location and quantities are attached later)."""
    return []
