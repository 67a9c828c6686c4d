"""Cyber attacks told by what they hit are coercion (170, PLOVER COERCE) of what is hit;
computer networks breached are hacked (171); legal action taken against someone is a lawsuit
(115, PLOVER ACCUSE). Issue 17, fourteenth round (17n). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.cyber_hits import CYBER_CODE
from redline.events.lexicon import load_lexicon
from tests.conftest import asserted_events, country_of, first_asserted

# (sentence, CAMEO prefix of an asserted event, its trigger's first word, target country)
CODED: list[tuple[str, str, str, str | None]] = [
    # a cyber attack as the subject of a verb of damage
    ("A cyber attack crippled a major power plant in western Peru on Monday.", "170",
     "crippled", "PER"),
    ("A massive cyberattack crippled the network of the Chilean energy ministry.", "170",
     "crippled", "CHL"),
    ("A cyber attack hit the Jordanian central bank on Friday.", "170", "hit", "JOR"),
    ("Cyber attacks took down the websites of the Latvian government.", "170", "took", "LVA"),
    # a cyber attack as the "by" agent of a passive
    ("A nuclear power plant in Slovakia has been disabled by a cyber attack.", "170",
     "disabled", "SVK"),
    ("Bolivia's power grid was hit by a cyber attack on Tuesday.", "170", "hit", "BOL"),
    # a cyber attack's participle
    ("A wave of cyber attacks targeting Finland's government servers has been traced.", "170",
     "targeting", "FIN"),
    # a network breached is hacked, not a violation
    ("Chinese hackers breached the Indonesian defence ministry's computer network.", "171",
     "breached", "IDN"),
    ("Hackers breached the servers of the Malaysian parliament.", "171", "breached", "MYS"),
    # legal action taken against someone: a lawsuit
    ("Ghana took legal action against Togo over the border dispute.", "115", "took", "TGO"),
]

# (sentence, CAMEO prefix that must not be coded as asserted)
NOT_CODED: list[tuple[str, str]] = [
    ("A cyber attack hit the Jordanian central bank on Friday.", "190"),  # no armed attack
    ("Bolivia's power grid was hit by a cyber attack on Tuesday.", "190"),
    ("Russia breached the ceasefire agreement with Georgia.", "171"),  # a violation stays 128
    ("A rocket attack hit the Jordanian central bank on Friday.", "170"),  # armed, not cyber
    ("A cyber attack prompted talks between Estonia and Latvia.", "170"),  # no damage verb
    # a particle verb of damage only with a particle of damage ("took down", not "took up")
    ("A cyber attack took up much of the meeting with Ukraine.", "170"),
    ("The cyber attack brought up questions for Poland.", "170"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "trigger", "target"), CODED)
def test_coded(nlp: Any, text: str, code: str, trigger: str, target: str | None) -> None:
    event = first_asserted(nlp, text, code)
    assert event.trigger.text.split()[0] == trigger
    assert country_of(event.target) == target


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), NOT_CODED)
def test_not_coded(nlp: Any, text: str, code: str) -> None:
    assert not [e for e in asserted_events(nlp, text) if e.cameo.startswith(code)]


@pytest.mark.parametrize(("pos", "lemma", "classes", "code"), [
    ("verb", "breach", {"NETWORK"}, "171"),
    ("verb", "breach", {"AGREEMENT"}, "128"),
    ("noun", "action", {"MOD_LEGALMOD"}, "115"),
    ("noun", "action", {"MOD_MILITARYMOD"}, "190"),
])
def test_entries(pos: str, lemma: str, classes: set[str], code: str) -> None:
    entry = load_lexicon().match(pos, lemma, set(), classes)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(("lemma", "cls"), [
    ("network", "NETWORK"), ("server", "NETWORK"), ("database", "NETWORK"),
    ("website", "NETWORK"), ("legal", "LEGALMOD"), ("judicial", "LEGALMOD"),
])
def test_classes(lemma: str, cls: str) -> None:
    assert cls in load_lexicon().classes_of(lemma)


# each verb of damage, said of a cyber attack, codes the coercion of what it hits
# ("breached" too: by a cyber attack, not by hackers, it is no hacking)
DAMAGE_ROWS: list[tuple[str, str]] = [
    ("A cyber attack crippled the servers of the Estonian parliament.", "crippled"),
    ("A cyber attack disabled the servers of the Estonian parliament.", "disabled"),
    ("A cyber attack hit the servers of the Estonian parliament.", "hit"),
    ("Cyber attacks targeting the Estonian parliament were reported on Monday.", "targeting"),
    ("A cyber attack breached the servers of the Estonian parliament.", "breached"),
    # a particle verb with a particle of damage ("took down", not "took over")
    ("A cyber attack took down the website of the Estonian parliament.", "took"),
    ("A cyber attack brought down the website of the Estonian parliament.", "brought"),
    ("A cyber attack knocked out the website of the Estonian parliament.", "knocked"),
    ("A cyber attack shut down the website of the Estonian parliament.", "shut"),
]

# a particle verb of damage with another particle codes nothing
NO_DAMAGE: list[str] = [
    "A cyber attack took over the website of the Estonian parliament.",
    "A cyber attack knocked on the website of the Estonian parliament.",
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), DAMAGE_ROWS)
def test_damage_verbs(nlp: Any, text: str, trigger: str) -> None:
    event = first_asserted(nlp, text, CYBER_CODE)
    assert event.trigger.text.split()[0] == trigger
    assert event.target is not None and event.target.code == "ESTLEG"


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_DAMAGE)
def test_particle_verbs(nlp: Any, text: str) -> None:
    assert not [e for e in asserted_events(nlp, text) if e.cameo.startswith(CYBER_CODE)]


@pytest.mark.slow
def test_take_is_light(nlp: Any) -> None:
    """"take" is a light verb: "Peru took legal action against Chile" is Peru's lawsuit, its
    subject the source (as a noun event alone, "action" would have no source)."""
    event = first_asserted(nlp, "Peru took legal action against Chile over fishing rights.",
                           "115")
    assert event.trigger.text.split()[0] == "took"
    assert (country_of(event.source), country_of(event.target)) == ("PER", "CHL")
