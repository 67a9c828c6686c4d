"""Forces sent or offered to fight someone are aimed at whom they fight, not at the
sender's own troops (issue 17, thirteenth round: ``events/sent_forces.py``,
``events/offers.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.sent_forces import purpose_over_sent
from redline.model import Actor
from tests.conftest import asserted_events, country_of, first_asserted

# (text, CAMEO prefix, source country, target code)
AIMED: list[tuple[str, str, str, str]] = [
    ("Turkey offered to send troops to fight the Kurds.", "13", "TUR", "TURETH"),
    ("Turkey sent troops to fight the Kurds.", "15", "TUR", "TURETH"),
    ("Britain offered to send soldiers to fight Islamic State militants in Iraq.", "13", "GBR",
     "IRQREB"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), AIMED)
def test_events_sent_forces_target_is_the_fought(nlp: Any, text: str, prefix: str, src: str,
                                                 tgt: str) -> None:
    event = first_asserted(nlp, text, prefix)
    assert country_of(event.source) == src
    assert event.target is not None and event.target.code == tgt


@pytest.mark.slow
def test_events_sent_forces_place_stays(nlp: Any) -> None:
    event = first_asserted(nlp, "Russia deployed troops to Syria.", "15")
    assert country_of(event.target) == "SYR"  # a place named keeps its place


@pytest.mark.slow
def test_events_sent_forces_aid_stays(nlp: Any) -> None:
    text = "Turkey offered to send troops to help distribute food."  # no fight: aid
    first_asserted(nlp, text, "0332")
    assert not any(e.cameo.startswith("13") for e in asserted_events(nlp, text))


def _actor(start: int, end: int, code: str) -> Actor:
    return Actor(text="x", start=start, end=end, name="x", code=code, country=code[:3],
                 sector="", kind="state")


def _sent() -> Any:
    """"Turkey sent troops ." parsed by hand (no model)."""
    words = ["Turkey", "sent", "troops", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"])


@pytest.mark.parametrize(("found", "purpose", "expected"), [
    ([(12, 18, "TURMIL")], [], [(12, 18, "TURMIL")]),  # no purpose: the object stays
    ([(12, 18, "TURMIL")], [(0, 6, "TURETH")], [(0, 6, "TURETH")]),  # the fought
    ([(0, 6, "TURETH")], [(12, 18, "TURMIL")], [(0, 6, "TURETH")]),  # not the object: stays
    ([], [(0, 6, "TURETH")], []),  # nothing found: nothing to replace
])
def test_events_sent_forces_purpose_over_sent(found: list[tuple[int, int, str]],
                                              purpose: list[tuple[int, int, str]],
                                              expected: list[tuple[int, int, str]]) -> None:
    doc = _sent()
    out = purpose_over_sent(doc[1], [_actor(*a) for a in found], [_actor(*a) for a in purpose])
    assert [(a.start, a.end, a.code) for a in out] == expected
