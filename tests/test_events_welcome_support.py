"""Welcoming something is praise or endorsement (051, PLOVER SUPPORT); welcoming a visitor is
hosting (043), welcoming refugees taking them in (075). Issue 17, thirteenth round (17n).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import asserted_events, first_asserted

# (sentence, CAMEO code of an asserted "welcome" event, its PLOVER type)
CODED: list[tuple[str, str, str]] = [
    ("Germany welcomed the French decision to lift the ban.", "051", "SUPPORT"),
    ("The Italian government welcomed the agreement between Serbia and Kosovo.", "051",
     "SUPPORT"),
    ("Kenya welcomed the ruling by the regional court.", "051", "SUPPORT"),
    ("Norway welcomes the release of the Iranian activist.", "051", "SUPPORT"),
    # a visitor welcomed: hosting a visit
    ("Japan welcomed the Chinese president to Tokyo on Monday.", "043", "CONSULT"),
    ("Brazil welcomed a Cuban delegation in Brasilia.", "043", "CONSULT"),
    ("Peru welcomed the new British ambassador on Friday.", "043", "CONSULT"),
    # refugees welcomed: taken in
    ("Sweden welcomed thousands of refugees from Syria.", "075", "AID"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "plover"), CODED)
def test_welcome_coded(nlp: Any, text: str, code: str, plover: str) -> None:
    event = first_asserted(nlp, text, code)
    assert event.trigger.text.lower().startswith("welcom") and event.plover == plover


@pytest.mark.slow
def test_welcome_no_longer_019(nlp: Any) -> None:
    events = asserted_events(nlp, "Germany welcomed the French decision to lift the ban.")
    assert not [e for e in events if e.cameo == "019"]


@pytest.mark.parametrize(("classes", "code"), [
    (set(), "051"),  # was 019 (voice agreement, no PLOVER type)
    ({"PROPOSAL"}, "051"),
    ({"DECISION"}, "051"),
    ({"TALKS"}, "043"),
    ({"VISITOR"}, "043"),
    ({"ENVOY"}, "043"),
    ({"NEWCOMER"}, "075"),
])
def test_welcome_entries(classes: set[str], code: str) -> None:
    entry = load_lexicon().match("verb", "welcome", set(), classes)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(("lemma", "cls"), [
    ("president", "VISITOR"),
    ("delegation", "VISITOR"),
    ("counterpart", "VISITOR"),
    ("refugee", "NEWCOMER"),
    ("migrant", "NEWCOMER"),
])
def test_welcome_classes(lemma: str, cls: str) -> None:
    assert cls in load_lexicon().classes_of(lemma)
