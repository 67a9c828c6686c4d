"""Acts of force by unnamed assailants: mobs, vigilantes, bandits, unidentified armed men
(events/assailants.py, r9-17c). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

# (sentence, CAMEO prefix): an act of force by an unnamed assailant, both sides empty
CODED: list[tuple[str, str]] = [
    ("A mob beat up two men near the bus station.", "18"),
    ("Two farmers were beaten up by a mob on Sunday.", "18"),
    ("An angry crowd lynched a suspected thief at the market.", "18"),
    ("Bandits have killed four herders near the river.", "19"),
    ("Unidentified armed men shot dead a teacher in the square.", "19"),
    ("Angry residents killed three suspected kidnappers.", "19"),
    ("A group of looters torched a warehouse.", "17"),
    ("Dozens of shops were torched by masked youths.", "17"),
]

# (sentence, CAMEO prefix): no actorless act of force
NOT_CODED: list[tuple[str, str]] = [
    ("Two men were killed in the village.", "19"),  # no doer named
    ("Residents killed a snake near the school.", "19"),  # residents who are not a mob
    ("The crowd attacked the players after the game.", "1"),  # sport, no mob violence
    ("Two farmers were beaten up on Sunday.", "18"),  # an agentless passive of assault
    ("Robbers killed a shopkeeper in the town.", "19"),  # crime, no mob
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), CODED)
def test_assailants_coded_with_empty_sides(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in asserted_events(nlp, text)]
    assert any(c.startswith(prefix) and s is None and t is None for c, s, t in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_assailants_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix) and e.source is None and e.target is None]
    assert not found, found
