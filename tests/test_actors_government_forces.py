"""Government forces (issue 18, r11-18): "Syrian government forces" are the state's military
(CAMEO MIL), not its government; its officials stay the government."""

from __future__ import annotations

from typing import Any

import pytest


def _codes(nlp: Any, text: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.code for a in resolve_actors(nlp(text), published="2016-03-01")}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Syrian government forces shelled the town.", "Syrian government forces", "SYRMIL"),
    ("Iraqi government troops entered the city.", "Iraqi government troops", "IRQMIL"),
    ("Syrian regime forces advanced on the town.", "Syrian regime forces", "SYRMIL"),
    ("Syrian government officials denied it.", "Syrian government", "SYRGOV"),  # as before
])
def test_actors_government_forces(nlp: Any, text: str, phrase: str, code: str) -> None:
    assert _codes(nlp, text).get(phrase) == code
