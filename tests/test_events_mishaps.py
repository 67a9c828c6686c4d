"""Non-political happenings told with event words (``redline.events.mishaps``): nature and
accidents as doers, crime hauls, acts under "without". Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Document


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2020-08-06")


# (sentence, a CAMEO root that must not be asserted)
NO_EVENT = [
    ("Torrential rains and heavy floods hit parts of the island on Friday.", "19"),
    ("Several provinces have been hit by strong winds and flash floods.", "19"),
    ("The coastal district, which was hit by an earthquake last week, is still cut off.", "19"),
    ("A tsunami battered the beaches of the southern coast.", "19"),
    ("The tsunami slammed into Indonesia's beaches.", "11"),
    ("Two large explosions hit the port, caused by chemicals stored in a warehouse.", "19"),
    ("Police in the eastern city seized counterfeit cosmetics worth two million dollars.", "17"),
    ("Customs officers confiscated nearly 40 tons of heroin at the airport.", "17"),
    ("Soldiers brought tents to the earthquake-hit villages of the province.", "19"),
    ("Troops helped the rescue effort in the flood hit areas of Sindh.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), NO_EVENT)
def test_mishaps_no_political_event(coder: Any, text: str, root: str) -> None:
    assert not [e.trigger.text for e in coded(coder, text).events
                if e.cameo_root == root and e.asserted]


# (sentence, CAMEO root of an asserted event that stays)
STAYS = [
    ("Militants hit the army post with rockets on Friday.", "19"),
    ("A blast set off by Taliban militants hit the police station in Kabul.", "19"),
    ("Iran seized a British tanker in the Strait of Hormuz.", "17"),
    ("Israeli troops seized weapons and cash from the Hamas office.", "17"),
    ("Police seized guns and drugs in an armed raid on two homes in the city.", "17"),
    ("Iran seized a British tanker carrying contraband fuel.", "17"),  # taken from a state
    ("A wave of Israeli airstrikes hit Gaza on Friday.", "19"),  # a "wave" of strikes
    ("Rebels seized a good part of the city of Aleppo.", "17"),  # "good" is no goods
    ("Rebels hit the flood defences of the town with mortar shells.", "19"),  # rebels hit
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), STAYS)
def test_mishaps_keep_political_events(coder: Any, text: str, root: str) -> None:
    assert [e for e in coded(coder, text).events if e.cameo_root == root and e.asserted]


# (sentence, trigger of an event that did not happen)
WITHOUT = [
    ("Israeli jets struck the building without warning.", "warning"),
    ("The president ordered the strikes without consulting Congress.", "consulting"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), WITHOUT)
def test_mishaps_without_is_negated(coder: Any, text: str, trigger: str) -> None:
    events = [e for e in coded(coder, text).events if e.trigger.text == trigger]
    assert events and all(e.modality == "negated" and not e.asserted for e in events)
