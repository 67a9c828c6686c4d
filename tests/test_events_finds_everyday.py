"""Finds that are no seizure (events/finds.py, r9-16): a mine of ore or a store of goods found
is no event; weapons found stay a seizure (CAMEO 1711). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def _asserted_roots(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.cameo_root for e in doc.events if e.asserted}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Geologists discovered a copper mine in Chile.",
    "Miners found a gold mine near the border with Peru.",
    "Officials uncovered a stockpile of grain in the port of Odessa.",
])
def test_events_finds_everyday_finds_are_no_seizure(coder: Any, text: str) -> None:
    assert "17" not in _asserted_roots(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police discovered an arms cache in the village.",
    "Afghan soldiers found a weapons cache near Kandahar.",
    "Police found a cache of money and guns.",  # a weapon among the "of" objects
    "Troops found a cache of cash and explosives.",
])
def test_events_finds_weapons_found_stay_a_seizure(coder: Any, text: str) -> None:
    assert "17" in _asserted_roots(coder, text)
