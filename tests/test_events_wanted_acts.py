""""X wants Y to do Z" as a request of Y (events/wanted_acts.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, country_of

# (sentence, source country, target country) of the request
CODED: list[tuple[str, str, str]] = [
    ("The United States wants Germany to do more for European security.", "USA", "DEU"),
    ("Russia wants Ukraine to withdraw its troops from the border.", "RUS", "UKR"),
    ("Beijing also wants Washington to remove the tariffs on Chinese goods.", "CHN", "USA"),
]

# no request: the wanter is the one to act, the doer is a pronoun or no actor ("the war")
NONE: list[str] = [
    "Beijing wants to eliminate the tariffs.",
    "China wants it to stop.",
    "Russia expects Ukraine to withdraw its troops.",
    "Russia wants the war to end quickly.",
    "Ukraine wants the sanctions to stay in place.",
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), CODED)
def test_wanted_acts_request(nlp: Any, text: str, src: str, tgt: str) -> None:
    found = [(country_of(e.source), country_of(e.target)) for e in asserted_events(nlp, text)
             if e.plover == "REQUEST"]
    assert (src, tgt) in found, found


@pytest.mark.slow
@pytest.mark.parametrize("text", NONE)
def test_wanted_acts_none(nlp: Any, text: str) -> None:
    assert not [e for e in asserted_events(nlp, text) if e.plover == "REQUEST"]
