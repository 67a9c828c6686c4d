"""Peacekeeping missions, armed groups and a party the curated bodies lacked (r16-18a):
a mission's name gives its organisation and MIL, an armed group its state and REB, and
"Congress of the People" is a South African party, not the US Congress. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import lookup_actor


@pytest.mark.parametrize(("name", "code"), [
    # unknown before
    ("MONUSCO", "UNMIL"),
    ("UNMISS", "UNMIL"),
    ("MINUSMA", "UNMIL"),
    ("UNAMID", "UNMIL"),
    ("AMISOM", "AUMIL"),
    ("ATMIS", "AUMIL"),
    ("Jaish al-Adl", "IRNREB"),
    # the US Congress before (composition from "Congress")
    ("Congress of the People", "ZAFPTY"),
    # as before
    ("MONUC", "UNMIL"),
    ("Allied Democratic Forces", "UGAREB"),
    ("UNIFIL", "UNMIL"),
])
def test_mission_and_group_names(name: str, code: str) -> None:
    assert lookup_actor(name, "2022-06-01").code == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), [
    ("MONUSCO peacekeepers repelled the attack near the town.", "UNMIL"),
    ("Jaish al-Adl claimed the attack on the border post.", "IRNREB"),
    ("The Congress of the People criticised the budget.", "ZAFPTY"),
])
def test_mission_and_group_names_in_text(nlp: Any, text: str, code: str) -> None:
    from redline.actors import resolve_actors

    found = [a.code for a in resolve_actors(nlp(text), published="2022-06-01")]
    assert code in found
    assert "USALEG" not in found
