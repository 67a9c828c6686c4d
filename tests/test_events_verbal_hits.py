"""Verbal hits (events/verbal_hits.py, via review._verbal_attack): a person's circle or
qualities hit, partisan attack nouns. Sentences written by us (r7-16)."""

from __future__ import annotations

from typing import Any

import pytest


def _plovers(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.plover for e in doc.events if e.asserted}


# (sentence, type it must hold, type it must not hold)
CASES = [
    # a person's circle or qualities hit, a partisan attack noun: criticism, no assault
    ("Democrats attacked the senator's wife and children on Twitter.", "ACCUSE", "ASSAULT"),
    ("The governor shrugged off Republican attacks on his loyalty.", "ACCUSE", "ASSAULT"),
    ("Clinton attacked Trump's temperament in the debate.", "ACCUSE", "ASSAULT"),
    # must not fire: fighters in sight, or a convoy (no circle, no quality) is hit
    ("Taliban militants attacked the mayor's family in Kandahar.", "ASSAULT", "ACCUSE"),
    ("Taliban fighters attacked the governor's children with rifles.", "ASSAULT", "ACCUSE"),
    ("Rebels attacked the governor's convoy near the border.", "ASSAULT", "ACCUSE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "holds", "not_held"), CASES)
def test_events_verbal_hits_table(coder: Any, text: str, holds: str, not_held: str) -> None:
    plovers = _plovers(coder, text)
    assert holds in plovers and not_held not in plovers
