"""A body's spokesman, chief or commander is the body's: the agent before a title word gives
the sector ("police spokesman": COP), and a group named before a state-body title keeps the
group's sector ("Hezbollah commander": the group's REB, not MIL). Our own phrases."""

from __future__ import annotations

import pytest

from redline.actors.compose import compose_phrase


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # failed before: the title's own sector (GOV for a spokesman, MIL for a commander)
        ("Kenyan police spokesman", "KENCOP"),
        ("rebel spokesman", "---REB"),
        ("party spokesman", "---PTY"),
        ("Hezbollah commander", "LBNREB"),
        ("Hezbollah spokesman", "LBNREB"),
        # as before
        ("Pakistani army chief", "PAKMIL"),
        ("police chief", "---COP"),
        ("Iraqi intelligence chief", "IRQSPY"),
        ("government spokesman", "---GOV"),
        ("spokesman", "---GOV"),
        ("Kremlin spokesman", "RUSGOV"),
        ("Pentagon spokesman", "USAMIL"),  # a seat of state power keeps its own sector
        ("Taliban spokesman", "AFGREB"),
        ("Republican spokesman", "USALEG"),
    ],
)
def test_compose_body_before_title(phrase: str, code: str) -> None:
    found = compose_phrase(phrase, "2021-06-01")
    assert found is not None and found.code == code
