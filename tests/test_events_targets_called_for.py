"""An appeal "for X to" do something that codes no event of its own is made of X, as "urged X
to" is of its object (``events/targets._called_for``, issue 18, sixteenth round). Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_of, first_asserted

# (sentence, source code, target code: the party called on)
CALLED_FOR: list[tuple[str, str, str]] = [
    ("France is calling for Russia to step up its efforts.", "FRA", "RUS"),
    ("The Canadian government called for Brazil to take a stronger role in the region.",
     "CANGOV", "BRA"),
    ("Japan has called for China to show more restraint.", "JPN", "CHN"),
    # the source's own country is still a party called on
    ("Italy's foreign minister called for the European Union to do more.", "ITAGOV", "EU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), CALLED_FOR)
def test_party_called_for_is_the_target(nlp: Any, text: str, src: str, tgt: str) -> None:
    event = first_asserted(nlp, text, "02")
    assert (code_of(event.source), code_of(event.target)) == (src, tgt), event


# a call for a thing, not for a party to act: no target read from it
NO_PARTY: list[str] = [
    "Egypt called for calm.",
    "Spain called for a ceasefire in the region.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_PARTY)
def test_call_for_a_thing_names_no_party(nlp: Any, text: str) -> None:
    event = first_asserted(nlp, text, "0")
    assert event.target is None or event.target.text == "", event
