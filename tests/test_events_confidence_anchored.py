"""Confidence, sixth round: the 'anchored' feature (both sides named actors with their own
codes, found by the parse on a main or complement clause's verb), with the cases where it must
not hold. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events import confidence as conf
from redline.model import Document, Event


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2019-11-20")


def _anchored(nlp: Any, event: Event, text: str) -> float:
    doc = nlp(text)
    return conf.features(event, conf.trigger_root(doc, event))["anchored"]


# (sentence, PLOVER type, source name word, whether it is anchored)
ANCHORED = [
    ("U.S. Defense Secretary Mark Esper accused China of using coercion.", "ACCUSE", "Esper",
     1.0),
    ("NATO's secretary general called on North Korea to abandon its weapons.", "REQUEST",
     "NATO", 1.0),
    # the target read from the subject: each direction of "accused each other"
    ("India and Pakistan accused each other of violating the ceasefire.", "ACCUSE", "India",
     0.0),
    # a common noun coded from the story ("the country"), not a name
    ("Germany's president and ministers urged the country to expand the military.",
     "REQUEST", "president", 0.0),
    # the target found across a relative clause: the giver is not the one praised
    ("Esper praised the ship that the United States gave to Vietnam.", "SUPPORT", "Esper",
     0.0),
    # a relative clause's own verb
    ("Esper praised the ship that the United States gave to Vietnam.", "AID", "United States",
     0.0),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "word", "expected"), ANCHORED)
def test_confidence_anchored_needs_named_sides_found_by_the_parse(
        coder: Any, nlp: Any, text: str, plover: str, word: str, expected: float) -> None:
    events = [e for e in coded(coder, text).events if e.plover == plover
              and e.source is not None and word in e.source.text]
    assert events, [(e.plover, e.source) for e in coded(coder, text).events]
    assert all(_anchored(nlp, e, text) == expected for e in events)
