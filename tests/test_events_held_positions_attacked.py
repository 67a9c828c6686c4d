"""Positions held on the ground vs positions on an issue (``events/held_positions.py``, 16v):
troops' positions attacked or shelled are force; a position on something attacked is
criticism. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def asserted(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-06-01")
    return {e.plover for e in doc.events if e.asserted and e.plover}


HELD = [
    "Syrian troops attacked Turkish positions near Afrin.",  # an armed attacker, a place
    "Militants attacked army positions along the border.",
    "The insurgents attacked government positions outside the town.",
    "Kurdish fighters attacked Islamic State positions.",
    "Fighters attacked enemy positions.",
]

VIEWS = [
    "Trump attacked Clinton's position on immigration.",
    "The Republican senator attacked Democratic positions.",
    "He attacked the Turkish position on Syria.",
    "Elizabeth Warren attacked Trump's position on trade in a speech.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", HELD)
def test_events_held_positions_attacked_are_assaults(coder: Any, text: str) -> None:
    plovers = asserted(coder, text)
    assert "ASSAULT" in plovers
    assert "ACCUSE" not in plovers


@pytest.mark.slow
@pytest.mark.parametrize("text", VIEWS)
def test_events_held_positions_views_attacked_are_criticism(coder: Any, text: str) -> None:
    plovers = asserted(coder, text)
    assert "ASSAULT" not in plovers
    assert "ACCUSE" in plovers
