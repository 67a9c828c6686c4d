"""Roles the parse does not hand over directly: a location for an unnamed party, the home
target of a concession, stranded and shifted objects, demands for a retreat, quantities,
targets named in circumstances, purposes and proposals, forces that are sent rather than
targeted. Sentences written by us, coded with the real actor resolver (slow: spaCy)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.events import extract_events
from redline.model import Event
from tests.conftest import country_of

pytestmark = pytest.mark.slow


def _events(nlp: Any, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, resolve_actors(doc, published="2000-01-01"), doc_id="t")


def _show(events: list[Event]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.cameo, e.modality, country_of(e.source), country_of(e.target)) for e in events]


# (sentence, PLOVER type, source country, target country)
ROLES = [
    # a location stands in for the unnamed party of a local act
    ("Two Dutch engineers were kidnapped by gunmen outside the Yemeni city of Marib.",
     "ASSAULT", "YEM", "NLD"),
    ("A French aid worker has been placed under investigation in Chad.", "ACCUSE", "TCD",
     "FRA"),
    ("A Canadian journalist was arrested in Egypt on Monday.", "COERCE", "EGY", "CAN"),
    # a concession with no target named: a government's to its country
    ("President Omar Bongo lifted the curfew in Libreville on Tuesday.", "CONCEDE", "GAB",
     "GAB"),
    # a preposition the parser left without its object
    ("Chile has restored diplomatic ties with and reopened an embassy in Havana.", "SUPPORT",
     "CHL", "CUB"),
    ("Ecuador granted political asylum to three Peruvian army officers hiding in its embassy.",
     "AID", "ECU", "PER"),
    # a heavy object shifted after an "as" phrase
    ("Greece denounced as a grave provocation Turkey's seizure of the islet.", "ACCUSE", "GRC",
     "TUR"),
    # a demand for a retreat is made of whoever is to retreat
    ("The Arab League demanded the withdrawal of Israeli troops from southern Lebanon.",
     "REQUEST", None, "ISR"),
    # a quantity word before the real object
    ("Japan suspended part of a loan program for Myanmar.", "SANCTION", "JPN", "MMR"),
    # a target named in the circumstances of the act
    ("The minister refused to step down despite mounting pressure from Kenyan students.",
     "REJECT", None, "KEN"),
    # a target named in the purpose of the act
    ("Norway is willing to ship arms to help protect Bosnia.", "AGREE", "NOR", "BIH"),
    # a rejected proposal with no proposer: whoever the proposal is about
    ("The UN rejected a call for its observers to be sent to Kashmir.", "REJECT", None, "IND"),
    # forces that are sent are not the target
    ("Bangladesh has refused to deploy peacekeepers in Liberia.", "REJECT", "BGD", "LBR"),
    # "X are guilty of V-ing": the guilty party acts
    ("Both the Sri Lankan army and the Tamil rebels are guilty of violating the ceasefire "
     "agreement.", "ASSAULT", "LKA", "LKA"),
]


@pytest.mark.parametrize(("text", "plover", "src", "tgt"), ROLES)
def test_events_fallbacks_roles(nlp: Any, text: str, plover: str, src: str | None,
                                tgt: str | None) -> None:
    events = _events(nlp, text)
    assert any(e.asserted and e.plover == plover
               and (src is None or country_of(e.source) == src)
               and (tgt is None or country_of(e.target) == tgt) for e in events), _show(events)


# the fallbacks never invent a party the text gives otherwise
NOT_FROM_PLACE = [
    # a named attacker is the source, not the place
    ("Iraqi troops killed a shepherd in Kuwait.", "KWT", None),
    # protests' location is not the target when the purpose names one
    ("Students marched in Cairo to protest against Israel.", None, "EGY"),
    # a person in the "in" phrase is no place: the pilot is not his own attacker
    ("Senator John McCain was shot down in his jet in 1967.", "USA", None),
]


@pytest.mark.parametrize(("text", "not_src", "not_tgt"), NOT_FROM_PLACE)
def test_events_fallbacks_named_party_wins(nlp: Any, text: str, not_src: str | None,
                                           not_tgt: str | None) -> None:
    events = [e for e in _events(nlp, text) if e.asserted]
    assert events, _show(events)
    assert not any(not_src and country_of(e.source) == not_src for e in events), _show(events)
    assert not any(not_tgt and country_of(e.target) == not_tgt for e in events), _show(events)
