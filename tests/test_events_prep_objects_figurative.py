"""Noun entries whose preposition's object tells the sense ("noun war on +SCOURGE -"):
issue 17, twelfth round (``events/prep_objects.py``). The war on drugs or on poverty is no
violence; a war on a state and the execution of a prisoner stay. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, first_asserted

NO_VIOLENCE = [
    "Mexico's war on drugs continues.",
    "Colombia's war on drug trafficking and corruption continues.",
    # review r12-ra: "The execution of the peace agreement was delayed." passed before
    # prep_objects.py ("execution" reads its "of" object's class through triggers.OF_SENSE,
    # and the sentence names no actor), so it could not fail; a row that can:
    "Brazil's war on poverty continues.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_VIOLENCE)
def test_events_prep_objects_figurative(nlp: Any, text: str) -> None:
    assert [e.cameo for e in asserted_events(nlp, text) if e.cameo[:2] in ("18", "19")] == []


VIOLENCE: list[tuple[str, str]] = [
    ("Russia's war on Ukraine continues.", "190"),
    ("Iran's execution of the dissident drew protests from France.", "18"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), VIOLENCE)
def test_events_prep_objects_violence_stays(nlp: Any, text: str, prefix: str) -> None:
    assert first_asserted(nlp, text, prefix).cameo.startswith(prefix)
