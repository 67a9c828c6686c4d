"""A position attacked is held on the ground when its modifier names an armed side; those
modifiers are the armed sectors' nouns of the sector lexicon (``events/held_positions.py``,
``military_mods``, r15-s), so "militia positions" and "guerrilla positions" are held as
"army positions" were. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

# a state's attack on positions named by an armed sector's noun: an assault, not criticism
HELD: list[str] = [
    "Turkey attacked militia positions.",
    "The United States attacked militia positions.",
    "Russia attacked guerrilla positions.",
    "Russia attacked terrorist positions.",
    # a front's words that are no sector stay
    "Russia attacked the regime positions.",
    "Iran attacked Kurdish fighter positions.",
]


def _plovers(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2016-06-01")
    return {e.plover for e in doc.events if e.asserted and e.plover}


@pytest.mark.slow
@pytest.mark.parametrize("text", HELD)
def test_sector_modifiers_hold_positions(coder: Any, text: str) -> None:
    plovers = _plovers(coder, text)
    assert "ASSAULT" in plovers and "ACCUSE" not in plovers, plovers


def test_military_modifiers_come_from_the_sector_lexicon() -> None:
    from redline.events.held_positions import military_mods

    mods = military_mods()
    assert {"militia", "troop", "police", "rebel", "enemy"} <= mods
    assert not {"president", "government", "intelligence"} & mods
