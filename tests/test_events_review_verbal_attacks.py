"""Attacks in words (``events/review.py``, ``_verbal_attack``, r11-16): an attack on voters,
rivals or a party's nominee, or one made over a thing said or done, with no weapon in sight,
is criticism (ACCUSE), not an assault. Sentences written by us; the rows of armed attacks
stay assaults."""

from __future__ import annotations

from typing import Any

import pytest


def asserted(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2016-06-01")
    return {e.plover for e in doc.events if e.asserted and e.plover}


IN_WORDS = [
    "Trump attacked her over the email scandal.",
    "Bernie Sanders is attacking the Democratic Party's likely nominee.",
    "Hillary Clinton condemned Trump's attacks on Mexican voters.",
    "Senator Ted Cruz attacked Republican lawmakers for backing the immigration bill.",
]

# positions on an issue (``events/held_positions.py``, r14-16v)
VIEWS = [
    "Trump attacked Clinton's position on immigration.",
    "The Republican senator attacked Democratic positions.",
    "He attacked the Turkish position on Syria.",
    "Elizabeth Warren attacked Trump's position on trade in a speech.",
]

ARMED = [
    "Taliban gunmen attacked voters at a polling station in Kandahar.",
    "Rebels attacked Syrian soldiers near Aleppo.",
    "Islamic State militants attacked Kurdish fighters with rockets near Kobani.",
    # an armed attacker's attack over a cause or on people in politics (review r11)
    "Boko Haram attacked the village for refusing to pay.",
    "Police attacked the press outside the parliament building.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", IN_WORDS + VIEWS)
def test_events_review_verbal_attacks_are_criticism(coder: Any, text: str) -> None:
    plovers = asserted(coder, text)
    assert "ASSAULT" not in plovers
    assert "ACCUSE" in plovers


@pytest.mark.slow
@pytest.mark.parametrize("text", ARMED)
def test_events_review_verbal_attacks_armed_stay_assaults(coder: Any, text: str) -> None:
    assert "ASSAULT" in asserted(coder, text)


HELD = [
    "Syrian troops attacked Turkish positions near Afrin.",  # an armed attacker, a place
    "Militants attacked army positions along the border.",
    "The insurgents attacked government positions outside the town.",
    "Kurdish fighters attacked Islamic State positions.",
    "Fighters attacked enemy positions.",
]


# positions held on the ground, not views (``events/held_positions.py``, r14-16v)
@pytest.mark.slow
@pytest.mark.parametrize("text", HELD)
def test_events_held_positions_attacked_are_assaults(coder: Any, text: str) -> None:
    plovers = asserted(coder, text)
    assert "ASSAULT" in plovers
    assert "ACCUSE" not in plovers
