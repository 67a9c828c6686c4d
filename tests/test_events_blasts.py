"""Bombs that went off and shells that landed, with no one named (events/blasts.py).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

# (sentence, CAMEO code): an asserted attack with no doer (no place made the doer; the state
# of the place where it went off may be the target)
CODED: list[tuple[str, str]] = [
    ("A grenade exploded in a crowded market in Davao City on Thursday.", "183"),
    ("An improvised explosive device exploded near an army convoy, killing a soldier.", "183"),
    ("A roadside bomb went off near a police station in the town.", "183"),
    ("A car bomb has detonated outside the ministry in Baghdad.", "183"),
    ("Seven people were hurt when a grenade exploded on Friday in Kenya.", "183"),
    ("Two suicide bombers blew up at a checkpoint outside the city.", "1831"),
    ("Several mortar rounds landed near the compound on Monday.", "194"),
    ("Two rockets slammed into a residential building in Kabul.", "194"),
    ("A rocket landed near a water treatment plant in the city on Sunday.", "194"),
]

# (sentence, CAMEO prefix): no sideless attack may be coded
NOT_CODED: list[tuple[str, str]] = [
    ("A gas cylinder exploded in a restaurant, injuring four people.", "18"),  # no weapon
    ("A tank at the chemical plant exploded on Thursday night.", "1"),
    ("An unexploded World War II bomb detonated at a construction site.", "18"),  # old
    ("A SpaceX rocket exploded on the launch pad.", "19"),  # no weapon of war
    ("A missile fell into the sea during a test.", "19"),
    # come down in open water, no test word needed: a launch, no one hit
    ("A North Korean missile fell into the sea off Japan.", "19"),
    ("A ballistic missile landed in the Sea of Japan on Thursday.", "19"),
    ("Two rockets landed in waters off the coast of Japan.", "19"),
    ("The missile landed inside Japan's exclusive economic zone.", "19"),
    ("The rocket exploded shortly after liftoff in China.", "19"),
    ("The round of talks went off well.", "1"),  # a round is no shell on its own
    ("The alarm went off at six.", "1"),
    ("Sales of the device exploded last year.", "18"),  # no bomb told
    # organised crime, in the sentence or the next one
    ("A grenade exploded outside a bar owned by a gang leader.", "18"),
    ("A bomb went off at a restaurant. Police suspect an extortion racket.", "18"),
    ("Thieves tried to rob a bank. A bomb they planted exploded inside the ATM.", "18"),
]

# (sentence, CAMEO prefix, modality): the verb's modality
MODALITY: list[tuple[str, str, str]] = [
    ("The bomb did not explode.", "183", "negated"),
    ("Police said a bomb could go off at any time.", "183", "hypothetical"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), CODED)
def test_blast_coded_with_no_doer(nlp: Any, text: str, code: str) -> None:
    found = [(e.cameo, e.source, e.target and e.target.kind) for e in coded_events(nlp, text)
             if e.asserted]
    assert (code, None, None) in found or (code, None, "state") in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_blast_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in coded_events(nlp, text)
             if e.asserted and e.cameo.startswith(prefix)]
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "modality"), MODALITY)
def test_blast_modality(nlp: Any, text: str, code: str, modality: str) -> None:
    found = [(e.cameo, e.modality) for e in coded_events(nlp, text)]
    assert (code, modality) in found, found
