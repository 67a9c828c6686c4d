"""An offer of forces is an intent to provide military aid (0332), not a threat of force
(138): issue 17, twelfth round (``events/offers.py``). Threats and vows keep their codes.
Sentences written by us."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from redline.events.offers import offered_code
from tests.conftest import asserted_events, first_asserted

OFFERED: list[tuple[str, str]] = [
    ("Turkey offered to send troops to help distribute food.", "TUR"),
    ("Britain offered to deploy warships.", "GBR"),
    ("Canada offered to send soldiers.", "CAN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src"), OFFERED)
def test_events_offers_forces_aid(nlp: Any, text: str, src: str) -> None:
    event = first_asserted(nlp, text, "0332")
    assert event.source is not None and event.source.code == src
    assert not any(e.cameo.startswith("13") for e in asserted_events(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russia threatened to send troops to the border.",
    # forces offered against someone are aimed at them (review r12-ra)
    "Iran offered to deploy forces against Israel.",
    "Turkey offered to send troops against the rebels.",
])
def test_events_offers_forces_threat_stays(nlp: Any, text: str) -> None:
    assert first_asserted(nlp, text, "13").cameo.startswith("13")


@pytest.mark.parametrize(("lemma", "frame", "sub", "code"), [
    ("offer", "INTENT", "154", "0332"),
    ("offer", "INTENT", "150", "0332"),
    ("offer", "INTENT", "190", None),  # an offer to strike is not read here
    ("vow", "INTENT", "154", None),
    ("offer", "APPEAL", "154", None),
    ("offer", "INTENT", None, None),
])
def test_events_offers_forces_code(lemma: str, frame: str, sub: str | None,
                                   code: str | None) -> None:
    tok: Any = SimpleNamespace(lemma_=lemma)
    assert offered_code(tok, frame, sub) == code
