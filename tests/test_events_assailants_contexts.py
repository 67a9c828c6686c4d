"""Unnamed assailants outside politics (events/assailants.py, r9 review findings 7, 16):
sport, crime and fiction, and one man, are no mob violence; angry locals and bombers are.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events

NOT_CODED: list[str] = [
    "The crowd attacked the linesman after the game.",  # sport
    "The crowd invaded the pitch after the final whistle.",
    "A horde of fans stormed the field after the match.",
    "The mob killed a witness in Chicago.",  # organised crime
    "A gang shot a rival dealer in the street.",
    "Thugs beat an old man during the night.",
    "An unidentified man attacked a teenager with a knife.",  # one person
    "A horde of vampires attacked the village in the movie.",  # fiction
]

CODED: list[str] = [
    "Angry villagers beat up two policemen.",
    "Three suicide bombers blew themselves up at a market.",
    "A horde of looters burned a warehouse.",
]


def _sideless(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)
            if e.cameo[:2] in ("17", "18", "19", "20", "14")
            and e.source is None and e.target is None]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_CODED)
def test_assailants_not_in_sport_crime_fiction(nlp: Any, text: str) -> None:
    found = _sideless(nlp, text)
    assert not found, found


@pytest.mark.slow
@pytest.mark.parametrize("text", CODED)
def test_assailants_still_coded(nlp: Any, text: str) -> None:
    assert _sideless(nlp, text)
