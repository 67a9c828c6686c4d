"""Local government, a state security service's acronym and business magnates as agent
words: "Kabul city council" is the state's local government (GOV, as PLOVER's CITY_MAYOR and
PROVINCIAL_OFFICIALS), "Belarusian KGB" its security service (SPY), "Russian oligarchs" business
(BUS, as PLOVER's TYCOON). Our own phrases."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors.compose import compose_phrase
from tests.conftest import code_of, first_asserted


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # failed before: the country with no sector
        ("Kabul city council", "AFGGOV"),
        ("Mosul town council", "IRQGOV"),
        ("Basra provincial council", "IRQGOV"),
        ("Kharkiv regional council", "UKRGOV"),
        ("Lyon municipal council", "FRAGOV"),
        ("Belarusian KGB", "BLRSPY"),
        ("Belarusian KGB officers", "BLRSPY"),
        ("Russian oligarch", "RUSBUS"),
        ("Ukrainian oligarchs", "UKRBUS"),
        # as before
        ("Nigerian tycoon", "NGABUS"),
        ("Kano police", "NGACOP"),
        ("Nairobi county government", "KENGOV"),
        ("a municipal court", "---JUD"),  # the longer agent wins
    ],
)
def test_compose_local_bodies(phrase: str, code: str) -> None:
    found = compose_phrase(phrase, "2021-06-01")
    assert found is not None and found.code == code


@pytest.mark.parametrize("phrase", ["council", "the council", "the city", "Kabul"])
def test_no_local_body_from_a_bare_word(phrase: str) -> None:
    assert compose_phrase(phrase, "2021-06-01") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a place word is no body: with one state named, the sector-only fallback would have
        # aimed the shelling at that state's own government (review r14)
        "Russian troops shelled the municipality on Monday.",
        "Russian troops shelled the city hall on Monday.",
    ],
)
def test_compose_place_word_is_no_body(nlp: Any, text: str) -> None:
    event = first_asserted(nlp, text, "19")
    assert code_of(event.target) is None
