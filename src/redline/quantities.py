"""Counts with units and claimants (stub)."""

from __future__ import annotations

from spacy.tokens import Doc

from redline.model import Quantity


def find_quantities(doc: Doc) -> list[Quantity]:
    return []
