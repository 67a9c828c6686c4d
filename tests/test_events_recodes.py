"""Senses that real news codes as another CAMEO type (``redline.events.recodes``): refusals
to yield, peacekeeping and relief deployments. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Document


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2021-03-04")


def asserted_codes(coder: Any, text: str) -> set[str]:
    return {e.cameo for e in coded(coder, text).events if e.asserted}


# (sentence, CAMEO code of an asserted event it must hold)
FIRES = [
    ("Canada said it will not lift the ban on the militia.", "1241"),
    ("Britain won't release the Iranian tanker, the minister said.", "1243"),
    ("Iran refused to release the two British sailors.", "1243"),
    ("Kenya deployed 500 soldiers as peacekeeping forces in Somalia.", "074"),
    ("Ghanaian troops arrived in Mali to join the UN peacekeeping mission.", "074"),
    ("Indian troops arrived in Nepal to help deliver relief supplies to the villages.", "073"),
    # "struck X over the weekend": a blow with an object, no labour strike (review r11)
    ("Israeli jets struck Hamas targets over the weekend.", "190"),
    ("Nigerian troops struck the rebels for a second day.", "190"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), FIRES)
def test_recodes_fire(coder: Any, text: str, cameo: str) -> None:
    assert cameo in asserted_codes(coder, text)


@pytest.mark.slow
def test_recodes_event_id_names_the_new_code(coder: Any) -> None:
    events = [e for e in coded(coder, FIRES[0][0]).events if e.cameo == FIRES[0][1]]
    assert events and all(e.id.split(":")[-2] == e.cameo for e in events)


# (sentence, CAMEO code that must not be asserted, one that stays asserted or "")
MUST_NOT_FIRE = [
    ("Iran did not release the sailors on Monday.", "1243", ""),  # past fact, no refusal
    ("The ministry will lift the ban on the militia next week.", "1241", ""),
    ("Russia sent troops into Ukraine despite the peacekeeping talks.", "074", "154"),
    ("Russia deployed troops to the border to pressure Ukraine.", "073", "154"),
    ("UN peacekeepers opened fire on protesters in Bangui on Monday.", "074", "19"),  # force
    ("Teachers struck for higher wages in Chicago.", "190", "143"),  # no object: a walkout
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "stays"), MUST_NOT_FIRE)
def test_recodes_must_not_fire(coder: Any, text: str, cameo: str, stays: str) -> None:
    codes = asserted_codes(coder, text)
    assert cameo not in codes
    assert not stays or any(c.startswith(stays) for c in codes)


def test_recodes_conditional_refusal_is_not_asserted(coder: Any) -> None:
    text = "If Tehran seizes another ship, Britain would not release the Iranian tanker."
    assert "1243" not in asserted_codes(coder, text)
