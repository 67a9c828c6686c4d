"""Places resolved offline to a gazetteer (stub)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from redline.model import Actor, Place


def find_places(doc: Doc, actors: Sequence[Actor]) -> list[Place]:
    return []
