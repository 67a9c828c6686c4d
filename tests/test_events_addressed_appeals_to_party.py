"""An appeal to a named party to act against someone is an appeal to that party (020), not a
rally of opposition (113): issue 17, twelfth round (``events/addressed_appeals.py``). With
no party called on, or one that is not the event's target, 113 stays. Sentences written by
us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, source code or None, target code: the party called on)
ADDRESSED: list[tuple[str, str | None, str | None]] = [
    ("Poland pressed NATO to sanction Russia.", "POL", "NATO"),
    # review r12-ra: "called on the EU to expel Russian diplomats" and "called upon Somalia
    # to arrest the militants" were appeals (02) before the change too, so the "on"/"upon"
    # addressee could not fail; hostile acts that were 113 before:
    ("Lithuania called on the European Union to sanction Russia.", "LTU", "EU"),
    ("Senators urged the White House to strike Syrian airfields.", None, "USAGOV"),
    ("Kenya called upon Somalia to attack the militants.", "KEN", "SOM"),
    ("Britain pressed for France to impose sanctions on Iran.", "GBR", "FRA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), ADDRESSED)
def test_events_addressed_appeals_to_party(nlp: Any, text: str, src: str | None,
                                           tgt: str | None) -> None:
    event = first_asserted(nlp, text, "02")
    assert_sides(event, src, tgt)
    assert not any(e.cameo == "113" for e in asserted_events(nlp, text))


# no party called on: rallying opposition against the one named (113)
RALLY: list[tuple[str, str | None, str | None]] = [
    ("Archbishop Tutu called for sanctions against Nigeria.", None, "NGA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), RALLY)
def test_events_addressed_appeals_rally_stays(nlp: Any, text: str, src: str | None,
                                              tgt: str | None) -> None:
    assert_sides(first_asserted(nlp, text, "113"), src, tgt)
