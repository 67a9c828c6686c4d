"""Attacks told by their casualties, with no actor named (events/casualty_attacks.py,
r9-17c). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

# (sentence, CAMEO prefix): an attack noun told by its casualties, both sides empty
CODED: list[tuple[str, str]] = [
    ("Three traders were killed in a grenade attack on the market.", "19"),
    ("A guard was wounded during an armed raid on the depot.", "19"),
    ("A bomb attack killed four passengers on the bus.", "19"),
    ("The mayor's office was targeted in a rocket attack.", "19"),
    ("Two gun attacks have left five people dead in the district.", "19"),
]

# (sentence, CAMEO prefix): accidents and figures of speech are no attack
NOT_CODED: list[tuple[str, str]] = [
    ("Four workers were killed in an explosion at a chemical plant.", "1"),
    ("Two soldiers died in a fire at the barracks.", "1"),
    ("A heart attack killed the old singer.", "19"),
    ("The attack on the budget was discussed for hours.", "19"),  # no casualties
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), CODED)
def test_casualty_attacks_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in asserted_events(nlp, text)]
    assert any(c.startswith(prefix) and s is None and t is None for c, s, t in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_casualty_attacks_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix) and e.source is None and e.target is None]
    assert not found, found
