"""Concessions, de-escalation, material cooperation and restrictions that the NGEC synthetic
tune half showed missing (issue 17, 17b). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon

# (sentence, CAMEO prefix of an asserted event, its PLOVER type)
CODED: list[tuple[str, str, str]] = [
    # protests and strikes called off, suspended or abandoned: concessions
    ("The opposition party in Georgia called off its protests on Monday.", "080", "CONCEDE"),
    ("Teachers in Kenya suspended their strike after the government raised pay.", "080",
     "CONCEDE"),
    ("The protesters in Serbia abandoned their march after talks with the government.",
     "080", "CONCEDE"),
    # plans dropped, curfews relaxed or ended
    ("The government of Chile shelved plans to impose a curfew in Santiago.", "080",
     "CONCEDE"),
    ("The mayor of Lagos relaxed the curfew on Friday.", "081", "CONCEDE"),
    # attacks and hostilities suspended, ceasefires reached: de-escalation
    ("Malian rebels suspended their attacks on government forces.", "087", "RETREAT"),
    ("Malian rebels and the government reached a ceasefire on Sunday.", "0871", "RETREAT"),
    # material cooperation
    ("India began exporting rice to Bangladesh on Wednesday.", "061", "COOPERATE"),
    ("A Chinese state firm formed a joint venture with Kenya's government.", "061",
     "COOPERATE"),
    ("Russia and Georgia resumed diplomatic relations.", "054", "SUPPORT"),
    # forces on the ground; a mission withdrawn is a reduction of relations
    ("The Spanish army stepped up its patrols along the border with Morocco.", "150",
     "MOBILIZE"),
    ("Japan has withdrawn its delegation from Niue.", "166", "SANCTION"),
    ("Azerbaijan and Ukraine deepened their judicial cooperation.", "060", "COOPERATE"),
    # freedoms restricted
    ("The Hungarian government restricted press freedoms.", "1721", "COERCE"),
]

# (sentence, CAMEO code that must not be coded): senses the new entries leave alone
NOT_CODED: list[tuple[str, str]] = [
    ("Police in Belgium halted the march of the farmers.", "080"),  # police stop a march
    ("Rebels in Mali launched attacks on government forces.", "087"),
    ("Russia withdrew its troops from Georgia.", "166"),  # troops: a military retreat
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "plover"), CODED)
def test_concessions_coded(nlp: Any, text: str, prefix: str, plover: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    event = next((e for e in doc.events if e.asserted and e.cameo.startswith(prefix)), None)
    assert event is not None, [(e.cameo, e.trigger.text) for e in doc.events]
    assert event.plover == plover


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), NOT_CODED)
def test_concessions_not_coded(nlp: Any, text: str, code: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    assert not [e for e in doc.events if e.cameo == code]


@pytest.mark.parametrize(("pos", "lemma", "classes", "code"), [
    ("verb", "suspend", {"PROTESTS"}, "080"),  # the object's class picks the verb's sense
    ("verb", "suspend", {"ATTACK"}, "087"),
    ("verb", "suspend", {"STRIKE", "ATTACK"}, "080"),  # a strike is a labour strike first
    ("verb", "suspend", set(), "160"),
    ("noun", "venture", {"MOD_JOINT"}, "061"),
    ("noun", "attack", {"MOD_CYBER"}, "170"),
])
def test_concessions_lexicon_classes(pos: str, lemma: str, classes: set[str],
                                     code: str) -> None:
    entry = load_lexicon().match(pos, lemma, set(), classes)
    assert entry is not None and entry.code == code
