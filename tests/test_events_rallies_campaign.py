"""Rallies and marches that are no protest (``events/rallies.py``, r11-16): a candidate's
rally in a campaign story, "on the march". Texts written by us; protest rallies and
marches stay protests."""

from __future__ import annotations

from typing import Any

import pytest

CAMPAIGN = ("Senator Ted Cruz is running a strong presidential campaign before the Iowa "
            "caucus, and his rivals for the nomination are worried. ")
OFFICE = ("The presidential palace said the presidential guard was on alert. A presidential "
          "spokesman declined to comment. ")


def protests(coder: Any, text: str) -> list[str]:
    doc = coder.code_text(text, published="2016-06-01")
    return [e.trigger.text for e in doc.events if e.asserted and e.plover == "PROTEST"]


NO_PROTEST = [
    CAMPAIGN + "He has drawn thousands of people to rallies in Iowa and South Carolina.",
    CAMPAIGN + "Cruz addressed big, boisterous rallies in Texas for weeks.",
    "The Islamic State is on the march in northern Iraq, Iraqi officials said.",
]

PROTESTS = [
    CAMPAIGN + "Thousands of protesters held rallies in Iowa against his plan.",
    "Protesters marched in Paris against the pension reform.",
    "Thousands of Hungarians rallied in Budapest on Sunday.",
    # an office's adjective or a military campaign makes no election story (review r11)
    OFFICE + "Thousands of Sudanese rallied in Khartoum on Friday.",
    OFFICE + "Thousands of Sudanese held a rally in Khartoum on Friday.",
    "The air campaign has lasted a year. The campaign has failed, critics say. The bombing "
    "campaign goes on. Thousands of Yemenis rallied in Sanaa on Friday.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_PROTEST)
def test_events_rallies_campaign_no_protest(coder: Any, text: str) -> None:
    assert not protests(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", PROTESTS)
def test_events_rallies_campaign_protests_stay(coder: Any, text: str) -> None:
    assert protests(coder, text)
