"""A capital named after "in" or "at" is the event's venue, not a side (events/venues.py,
r12-18). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.venues import is_venue, without_venues
from redline.model import Actor
from tests.conftest import asserted_events, code_of


def _actor(text: str, code: str, kind: str = "state") -> Actor:
    return Actor(text, 0, len(text), text, code, code[:3], code[3:] or None, kind)


# (actor words, code, kind, a venue)
VENUES: list[tuple[str, str, str, bool]] = [
    ("Warsaw", "POL", "state", True),
    ("Beijing", "CHN", "state", True),
    ("Poland", "POL", "state", False),  # a country after "in" stays a candidate
    ("Chinese officials", "CHNGOV", "group", False),
]


@pytest.mark.parametrize(("text", "code", "kind", "venue"), VENUES)
def test_capital_is_venue(text: str, code: str, kind: str, venue: bool) -> None:
    assert is_venue(_actor(text, code, kind)) is venue


@pytest.mark.parametrize(("prep", "kept"), [("in", 0), ("at", 0), ("with", 1), ("to", 1)])
def test_only_locative_prepositions(prep: str, kept: int) -> None:
    assert len(without_venues(prep, [_actor("Warsaw", "POL")])) == kept


# (sentence, CAMEO prefix, source code, target code or None)
CASES: list[tuple[str, str, str, str | None]] = [
    ("Lou spoke after a day of meetings in Beijing between senior Chinese and American "
     "officials.", "04", "USAGOV", "CHNGOV"),
    ("Russia condemned the meeting at Kiev on Monday.", "11", "RUS", None),
    # a state after "in" stays a side; so do the people met in a capital
    ("Russia launched airstrikes in Syria on Monday.", "19", "RUS", "SYR"),
    ("The Egyptian president met Sudanese officials in Cairo on Monday.", "04", "EGYGOV",
     "SDNGOV"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CASES)
def test_venue_is_no_side(nlp: Any, text: str, prefix: str, src: str, tgt: str | None) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found
