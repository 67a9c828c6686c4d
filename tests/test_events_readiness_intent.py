"""Readiness or willingness to do an act is the intent to do it, not a raised alert (issue 17,
thirteenth round: ``events/readiness.py``, lexicon block ``# r13-17``). Sentences written by
us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.readiness import willing_readiness
from tests.conftest import coded_events

WILLING: list[str] = [
    "Poland raised its readiness to take in refugees.",
    "Germany stepped up its readiness to accept refugees from Syria.",
    "Germany expressed its readiness to take in refugees.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", WILLING)
def test_events_readiness_to_act_is_no_alert(nlp: Any, text: str) -> None:
    events = coded_events(nlp, text)
    assert not any(e.cameo.startswith("15") for e in events)
    assert any(e.cameo.startswith("03") for e in events)  # an intent (033)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Greece increased its military readiness.",
    "Turkey raised its alert level.",
])
def test_events_readiness_alert_stays(nlp: Any, text: str) -> None:
    assert any(e.cameo == "152" for e in coded_events(nlp, text))


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


@pytest.mark.parametrize(("cls", "words", "heads", "deps", "tags", "expected"), [
    ("ALERT", ["raised", "readiness", "to", "help"], [0, 0, 3, 1],
     ["ROOT", "dobj", "aux", "acl"], ["VBD", "NN", "TO", "VB"], True),
    ("ALERT", ["raised", "readiness"], [0, 0], ["ROOT", "dobj"], ["VBD", "NN"], False),
    ("TROOPS", ["raised", "troops", "to", "help"], [0, 0, 3, 1],
     ["ROOT", "dobj", "aux", "acl"], ["VBD", "NNS", "TO", "VB"], False),
])
def test_events_readiness_willing(cls: str, words: list[str], heads: list[int],
                                  deps: list[str], tags: list[str], expected: bool) -> None:
    doc = _doc(words, heads, deps, tags)
    assert willing_readiness(cls, doc[0]) is expected
