"""Event nouns with one side, or both sides after "between" (events/noun_sides.py).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, country_of

# (sentence, CAMEO prefix, source country, target country); None: no actor on that side
CODED: list[tuple[str, str, str | None, str | None]] = [
    # the parties of a two-sided act after "between": one event, first named -> second named
    ("The ministers praised the talks between Iran and Oman.", "04", "IRN", "OMN"),
    ("Reporters described a clash between Kenyan police and Somali militants.", "19", "KEN",
     "SOM"),
    # a one-sided act whose author the sentence does not say: the target only
    ("Residents watched the airstrike on Syrian rebels.", "19", None, "SYR"),
    ("Investors fear new sanctions against Russia.", "16", None, "RUS"),
    ("Witnesses saw the shelling of Ukrainian positions.", "19", None, "UKR"),
    # protests told without protesters: the people of the place against its government
    ("Protests erupted in Bolivia after the election.", "14", "BOL", "BOL"),
    ("Demonstrations in Iraq turned violent.", "14", "IRQ", "IRQ"),
]

# event nouns that still give no event: one party of "between", "of" of a verbal act
NONE: list[tuple[str, str]] = [
    ("Analysts expect talks between the two sides.", "04"),
    ("The criticism of Germany was muted.", "11"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_noun_sides_coded(nlp: Any, text: str, prefix: str, src: str | None,
                          tgt: str | None) -> None:
    found = [(country_of(e.source), country_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
def test_noun_sides_between_is_one_event(nlp: Any) -> None:
    found = [e for e in asserted_events(nlp, "Talks between Iran and Oman resumed.")
             if e.cameo.startswith("04")]
    assert [(country_of(e.source), country_of(e.target)) for e in found] == [("IRN", "OMN")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NONE)
def test_noun_sides_none(nlp: Any, text: str, prefix: str) -> None:
    assert not [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]
