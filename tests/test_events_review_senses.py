"""Eighth round's sense rules of the last review (issue 16): attacks by lawmakers and parties
in words, papers handed over, warnings that forecast. Sentences written by us; each rule has
rows where it fires and rows where it must not."""

from __future__ import annotations

from typing import Any

import pytest


def plovers(coder: Any, text: str) -> set[str]:
    return {e.plover for e in coder.code_text(text, published="2019-11-20").events
            if e.asserted and e.plover}


# (sentence, PLOVER type it must not hold, PLOVER type it must hold or "")
RULES = [
    # lawmakers, parties and the opposition attack politicians in words
    ("The Democrats attacked Trump's wife, children and businesses.", "ASSAULT", "ACCUSE"),
    ("The senator deflected Republican attacks on her loyalty and career.", "ASSAULT", ""),
    # papers, messages and testimony handed over are no aid
    ("A series of text messages Volker provided to lawmakers showed the talks.", "AID", ""),
    ("The ministry handed the documents to the committee.", "AID", ""),
    # a warning that a thing may happen is a forecast, no threat
    ("Senator Cruz warned that the incident could foreshadow a crisis with Iran.", "THREATEN",
     ""),
]

STILL = [
    # weapons in sight or forces attacked: violence stays
    ("Hezbollah attacked Israeli troops near the border.", "ASSAULT"),
    ("Opposition activists attacked police officers with stones in Dhaka.", "ASSAULT"),
    # weapons and goods handed over are aid
    ("The United States provided weapons to Ukraine.", "AID"),
    ("Germany sent aid to Syria.", "AID"),
    # a warning of what the warner or its forces will do is a threat
    ("Iran warned that its forces would close the Strait of Hormuz.", "THREATEN"),
    ("Iran warned that the army could respond.", "THREATEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "present"), RULES)
def test_events_review_senses_rule_fires(coder: Any, text: str, absent: str,
                                         present: str) -> None:
    found = plovers(coder, text)
    assert absent not in found, found
    assert not present or present in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), STILL)
def test_events_review_senses_rule_does_not_fire(coder: Any, text: str, plover: str) -> None:
    assert plover in plovers(coder, text)
