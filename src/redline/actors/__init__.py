"""Actors: a time-aware knowledge base and mention resolution (stub, replaced by the actors stage)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from redline.model import Actor


def resolve_actors(doc: Doc, *, published: str | None) -> list[Actor]:
    """Every actor mention in ``doc``, resolved to a coded actor as of ``published``."""
    return []


__all__: Sequence[str] = ["resolve_actors"]
