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


# the second batch: showing, pleas, fuel, things fought, cancellations, threats, questions
MORE_NOT_EVENTS = [
    ("Beijing is worried by his conduct, as demonstrated by his departure from the summit.",
     "PROTEST"),
    ("The activist pleaded guilty on Monday.", "REQUEST"),
    ("Poor residents of Delhi are burning fires for heating.", "ASSAULT"),
    ("London has been fighting dirty air for decades.", "ASSAULT"),
    ("The senator canceled a rally with the president.", "SANCTION"),
    ("He pleaded guilty to threatening to assault and murder a U.S. official.", "ASSAULT"),
    ("During the call, the president asked about the Muslim Brotherhood.", "REQUEST"),
    ("A protester was punched at one of Trump's rallies.", "PROTEST"),
    ("Sanders rallied young voters in Iowa on Sunday.", "PROTEST"),
    ("Khan decried Trump's repeated calls to ban Muslims from entering the U.S.", "CONSULT"),
    ("Khan decried Trump's repeated calls to ban Muslims from entering the U.S.", "COERCE"),
    ("The senator gave a defiant speech in West Virginia.", "CONCEDE"),
    ("The president conceded he had fallen short.", "CONCEDE"),
    ("The FBI released its findings on Friday.", "RETREAT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), MORE_NOT_EVENTS)
def test_events_senses_more_everyday_uses(coder: Any, text: str, plover: str) -> None:
    assert plover not in _plovers(coder, text)


MORE_STILL_EVENTS = [
    ("Saudi Arabia insists it is fighting terror with the United States.", "ASSAULT"),
    ("Thousands of students demonstrated against the government in Hong Kong.", "PROTEST"),
    ("Russia canceled the visit of the Georgian foreign minister.", "SANCTION"),
    ("Iran threatened to attack American ships in the Gulf.", "THREATEN"),
    ("Thousands rallied in Hong Kong against the government.", "PROTEST"),
    ("Putin held a phone call with Erdogan on Friday.", "CONSULT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), MORE_STILL_EVENTS)
def test_events_senses_more_literal_uses_stay(coder: Any, text: str, plover: str) -> None:
    assert plover in _plovers(coder, text)


# (sentence, trigger): not asserted — a doubt adverb, a call for an act, a condition on the
# copula of an adjective trigger
NOT_ASSERTED = [
    ("Iran potentially violated the nuclear agreement.", "violated"),
    ("The senator called to ban Syrian refugees from entering the country.", "ban"),
    ("Moscow may respond, especially if Kyiv is willing to offer Russia a deal.", "willing"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), NOT_ASSERTED)
def test_events_senses_hedged_acts_are_not_asserted(coder: Any, text: str, trigger: str) -> None:
    doc = coder.code_text(text, published="2019-11-20")
    events = [e for e in doc.events if e.trigger.text == trigger]
    assert events and not any(e.asserted for e in events)


# violence kept beside the everyday senses (a date "on Saturday" is no "seized on", a battle
# beside bombings is fighting)
VIOLENCE_KEPT = [
    ("Taliban fighters seized a district centre in northern Afghanistan on Saturday.", "COERCE"),
    ("Suicide bombings killed 18 people as Iraqi forces battle the Islamic State.", "ASSAULT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), VIOLENCE_KEPT)
def test_events_senses_violence_is_kept(coder: Any, text: str, plover: str) -> None:
    assert plover in _plovers(coder, text)
