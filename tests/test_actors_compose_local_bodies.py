"""Local government, a state security service's acronym and business magnates as agent
words: "Kabul city council" is the state's local government (GOV, as PLOVER's CITY_MAYOR and
PROVINCIAL_OFFICIALS), "Belarusian KGB" its security service (SPY), "Russian oligarchs" business
(BUS, as PLOVER's TYCOON). Our own phrases."""

from __future__ import annotations

import pytest

from redline.actors.compose import compose_phrase


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # failed before: the country with no sector
        ("Kabul city council", "AFGGOV"),
        ("Mosul town council", "IRQGOV"),
        ("Basra provincial council", "IRQGOV"),
        ("Kharkiv regional council", "UKRGOV"),
        ("Lyon municipal council", "FRAGOV"),
        ("Tripoli municipality", "LBYGOV"),
        ("Beirut city hall", "LBNGOV"),
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
