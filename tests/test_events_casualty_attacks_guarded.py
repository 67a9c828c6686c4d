"""Attacks told by their casualties, guarded (events/casualty_attacks.py, r9 review findings
1, 5, 6): the casualty verb's modality, a human casualty, no animal doer, no second sideless
event where the verb or the noun names the attack's doer. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

# supposed, conditional, feared or long past: no attack asserted as a fact of now
NOT_ASSERTED: list[str] = [
    "A bomb attack could kill hundreds of people.",
    "A chemical attack would kill thousands of civilians.",
    "If a rocket attack killed ten villagers, the talks would end.",
    "Analysts fear that a drone attack could kill dozens.",
    "The 1998 attack that killed 200 people is still remembered in the city.",
]

# no people hurt (figures of speech, sport, an animal): no sideless attack
NO_CASUALTY: list[str] = [
    "The attack left the squad with nothing.",
    "The attack killed the atmosphere in the hall.",
    "The attack on the tax plan left the senator wounded politically.",
    "The forward was injured in an attack on goal before half time.",
    "Three players were hurt in a late attack by the visitors.",
    "A farmer was injured in an attack by a swarm of wasps.",
]

# the doer is named by the verb's event or by the noun: no second, sideless attack event
ONE_EVENT: list[str] = [
    "Six people were killed in a Syrian rocket attack on Aleppo.",
    "Four soldiers were killed in an attack by Taliban fighters.",
]

# still an attack: victims told by a participle or a joined verb, a doer no actor was found for
STILL_CODED: list[str] = [
    "Two villagers were killed and ten others injured in a grenade attack on a market.",
    "Two guards were wounded in a rocket attack by suspected militants.",
]


def _sideless(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)
            if e.cameo[:2] in ("18", "19", "20") and e.source is None and e.target is None]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_casualty_attacks_take_the_verbs_modality(nlp: Any, text: str) -> None:
    found = [(e.cameo, e.modality) for e in asserted_events(nlp, text)
             if e.cameo[:2] in ("18", "19", "20") and e.modality == "asserted"]
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_CASUALTY)
def test_casualty_attacks_need_people_hurt(nlp: Any, text: str) -> None:
    found = _sideless(nlp, text)
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize("text", ONE_EVENT)
def test_casualty_attacks_no_second_sideless_event(nlp: Any, text: str) -> None:
    found = [e for e in asserted_events(nlp, text) if e.cameo[:2] in ("18", "19", "20")]
    assert found and not any(e.source is None and e.target is None for e in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", STILL_CODED)
def test_casualty_attacks_still_coded(nlp: Any, text: str) -> None:
    assert _sideless(nlp, text)
