"""An act kept from happening is not asserted (``events/noun_modality.py``, ``averted``,
r11-16): "foiled an attack", "the bombing was thwarted". Sentences written by us; acts that
took place stay asserted."""

from __future__ import annotations

from typing import Any

import pytest


def modalities(coder: Any, text: str, trigger: str) -> set[str]:
    doc = coder.code_text(text, published="2016-06-01")
    return {e.modality for e in doc.events if e.trigger.text == trigger}


AVERTED = [
    ("Turkish police foiled an attack on the U.S. embassy in Ankara on Monday.", "attack"),
    ("Iraqi soldiers thwarted an attack on the Baghdad airport on Sunday.", "attack"),
]

DONE = [
    ("Islamic State militants launched an attack on the Baghdad airport on Sunday.",
     "launched"),
    # a gathering blocked took place: the marchers were there (review r11)
    ("Riot police blocked the demonstration in Minsk on Sunday.", "demonstration"),
    ("Security forces blocked the protest in Istanbul on Sunday.", "protest"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), AVERTED)
def test_events_noun_modality_averted_not_asserted(coder: Any, text: str, trigger: str) -> None:
    found = modalities(coder, text, trigger)
    assert found and "asserted" not in found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), DONE)
def test_events_noun_modality_averted_done_stays(coder: Any, text: str, trigger: str) -> None:
    assert "asserted" in modalities(coder, text, trigger)
