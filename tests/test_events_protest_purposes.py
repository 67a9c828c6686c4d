"""Protests told by their purpose: "gathered to protest X" is a protest under way, not one
planned; "marched to protest X" is one protest, not two. Issue 17, thirteenth round (17n).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events, first_asserted

# sentences with an asserted protest (CAMEO 14)
ASSERTED: list[str] = [
    "Thousands of protesters gathered in Paris on Saturday to protest against the pension law.",
    "Hundreds of farmers converged on the Indian capital to protest the new farm laws.",
    "Opposition supporters assembled outside the Kenyan parliament to protest the budget.",
    "Students marched through the Chilean capital to protest the arrest of their leader.",
]

# (sentence, number of protest events (CAMEO 14) of any modality)
PROTEST_COUNT: list[tuple[str, int]] = [
    ("Students marched through the Chilean capital to protest the arrest of their leader.",
     1),
    ("Nigerian teachers went on strike to protest against unpaid wages.", 1),
    # a gathering folded into a frame is no event: the purpose clause stays the protest
    ("Nigerian unions threatened to go on strike to protest against unpaid wages.", 1),
    ("Chilean students vowed to march through the capital to protest the arrests.", 1),
]

# sentences whose protest stays planned: the gathering itself is to come, or is no gathering
NOT_ASSERTED: list[str] = [
    "Indian farmers plan to gather in Delhi next week to protest the new farm laws.",
    "Kenyan protesters will assemble outside parliament to protest the budget.",
    "The Chilean minister travelled to Geneva to protest the decision.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ASSERTED)
def test_gathered_to_protest_asserted(nlp: Any, text: str) -> None:
    assert first_asserted(nlp, text, "14").plover == "PROTEST"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "count"), PROTEST_COUNT)
def test_one_protest(nlp: Any, text: str, count: int) -> None:
    assert len([e for e in coded_events(nlp, text) if e.cameo.startswith("14")]) == count


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_planned_protest_not_asserted(nlp: Any, text: str) -> None:
    protests = [e for e in coded_events(nlp, text)
                if e.cameo.startswith("14") and e.trigger.text == "protest"]
    assert protests and not any(e.asserted for e in protests), protests
