"""Everyday senses of "close" and "recognize" (events/everyday_acts.py, r9-16): a thing that
closes on its own is no restriction, recognising a fact no recognition. Sentences written by
us."""

from __future__ import annotations

from typing import Any

import pytest


def _asserted(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.plover for e in doc.events if e.asserted}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Dozens of American universities closed because of the protests, officials said.",
     "COERCE"),
    ("Hundreds of Indian schools closed during the strike, according to unions.", "COERCE"),
    ("The steel plant in Gary shut down last year.", "COERCE"),
    ("The Polish government recognized that Poles had also taken part in the crimes.",
     "SUPPORT"),
    ("The minister acknowledged that the deal with Iran was not a good one.", "SUPPORT"),
])
def test_events_senses_everyday_acts_are_no_events(coder: Any, text: str, plover: str) -> None:
    assert plover not in _asserted(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Turkish police closed the border with Syria on Monday.", "COERCE"),
    ("Egypt closed the Rafah crossing on Sunday.", "COERCE"),
    ("The army shut down the road to the airport.", "COERCE"),
])
def test_events_senses_everyday_acts_literal_closures_stay(coder: Any, text: str,
                                                           plover: str) -> None:
    assert plover in _asserted(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("The pledge to add troops was met with relief among the allies.", "CONSULT"),
    ("His tough stance on trade holds appeal to voters in Ohio.", "REQUEST"),
    ("Trump kept his tough stance on China, which holds appeal to farmers.", "REQUEST"),
    ("The senator's plan has broad appeal among Republicans in Texas.", "REQUEST"),
])
def test_events_senses_everyday_acts_receptions_and_attractions(coder: Any, text: str,
                                                                plover: str) -> None:
    assert plover not in _asserted(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("The Indian prime minister was met by the king at the airport in Riyadh.", "CONSULT"),
    ("The Red Cross made an appeal to the warring parties in Yemen.", "REQUEST"),
])
def test_events_senses_everyday_acts_meetings_and_appeals_stay(coder: Any, text: str,
                                                               plover: str) -> None:
    assert plover in _asserted(coder, text)
