"""Everyday senses of event words in political prose (events/senses.py) and the attempts that
are no acts (events/hedges.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def _plovers(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.plover for e in doc.events if e.asserted}


# (sentence, PLOVER type it must not hold as asserted)
NOT_EVENTS = [
    ("Cruz is beating Trump in a two-man race.", "ASSAULT"),
    ("The senator defeated her rival in the primary.", "ASSAULT"),
    ("The odds of a Democratic majority shot up this week.", "ASSAULT"),
    ("The court struck down limits on contributions.", "ASSAULT"),
    ("The governor struck a measured tone on Tuesday.", "ASSAULT"),
    ("Senate Republicans killed the bill on Friday.", "ASSAULT"),
    ("She will fight for the families of Ohio.", "THREATEN"),
    ("Sanders and Clinton are fighting about Obama's legacy.", "ASSAULT"),
    ("The minister declined to comment on the report.", "REJECT"),
    ("A spokesman for the embassy refused to say whether talks were held.", "REJECT"),
    ("Female voters backed Clinton, 57 percent to 22 percent, in the poll.", "SUPPORT"),
    ("Most respondents accepted that the president's plan was the right direction.", "AGREE"),
    ("I promise you, our strength does not depend on one man.", "AGREE"),
    ("The senator asked reporters rhetorically.", "REQUEST"),
    ("Ryan called the remarks racist on Tuesday.", "REQUEST"),
    ("Trump quickly seized on the shooting in his speech.", "COERCE"),
    ("Clinton closed in on the delegates needed for the nomination.", "COERCE"),
    ("Clinton locked up endorsements from the unions.", "COERCE"),
    ("The minister is trying to prevent another attack on the border.", "COERCE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), NOT_EVENTS)
def test_events_senses_everyday_uses_are_no_events(coder: Any, text: str, plover: str) -> None:
    assert plover not in _plovers(coder, text)


# the literal senses stay events
STILL_EVENTS = [
    ("Police seized weapons at the border.", "COERCE"),
    ("The rebels fought government troops for control of the town.", "ASSAULT"),
    ("Iran refused to release the British tanker.", "REJECT"),
    ("The European Union agreed to lift sanctions on Iran.", "AGREE"),
    ("Israeli police arrested two Palestinian activists in Jerusalem.", "COERCE"),
    ("Germany asked Russia to release the journalist.", "REQUEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), STILL_EVENTS)
def test_events_senses_literal_uses_stay(coder: Any, text: str, plover: str) -> None:
    assert plover in _plovers(coder, text)
