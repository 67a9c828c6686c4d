"""Weapons seized by forces placed in no country (events/unplaced_forces.py), and arms told
by a quantity ("a lot of weapons", "50kg of explosives": triggers.PARTITIVE). Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

# sentences that name no state: an asserted 1711 with both sides empty
CODED: list[str] = [
    "The Riverside Metro Police seized nine rifles and 400 bullets after a raid on a farm.",
    "Government forces seized several pistols and grenades in an operation on Tuesday.",
    "The law enforcers seized three landmines and a box of detonators from a hideout.",
    "The district commander said his forces had seized 40 rifles near the river.",
    "Law enforcers defused two improvised explosive devices near the bridge.",
    "Police said a lot of ammunition has been seized from the warehouse.",
    "At least 50kg of explosives were discovered in a ditch beside the road.",
]

# (sentence, CAMEO prefix): no sideless seizure may be coded
NOT_CODED: list[tuple[str, str]] = [
    # organised crime, in the sentence or the next one
    ("The Riverside Metro Police seized nine rifles from a drug gang.", "17"),
    ("The Riverside Metro Police seized six pistols. The guns belonged to a cartel.", "17"),
    # no weapon taken, no force as the doer, what was taken is the passive's subject
    ("The Riverside Metro Police seized a truck full of timber.", "1711"),
    ("Farmers found several rifles buried in a field.", "1711"),
    ("The Riverside Metro Police were seized by panic.", "17"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CODED)
def test_unplaced_force_seizure_coded(nlp: Any, text: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in coded_events(nlp, text) if e.asserted]
    assert ("1711", None, None) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_unplaced_force_seizure_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in coded_events(nlp, text)
             if e.asserted and e.cameo.startswith(prefix) and e.source is None]
    assert not found, found
