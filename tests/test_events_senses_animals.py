"""An animal killed is no assault (``events/senses.py``, r11-16). Sentences written by us;
people killed or shot stay assaults."""

from __future__ import annotations

from typing import Any

import pytest


def assaults(coder: Any, text: str) -> list[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return [e.trigger.text for e in doc.events if e.asserted and e.plover == "ASSAULT"]


ANIMALS = [
    "A hunter who killed and ate a wild rabbit in China has been hit by the plague.",
    "Police in Kenya shot a lion that had wandered into Nairobi.",
]

PEOPLE = [
    "Taliban militants killed two Afghan soldiers in Helmand.",
    "Police in Kenya shot two protesters in Nairobi.",
    "Soldiers shot a dog and two villagers in the raid.",  # people among the objects
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ANIMALS)
def test_events_senses_animals_no_assault(coder: Any, text: str) -> None:
    assert not assaults(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", PEOPLE)
def test_events_senses_animals_people_stay(coder: Any, text: str) -> None:
    assert assaults(coder, text)
