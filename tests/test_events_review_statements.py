"""Statements beside an act of the same source in one sentence (events/review.py,
``_without_noise``): a bare statement (010) is noise there and goes, a statement of a kind
(012-019: condolences, accord, an option weighed) is an event of its own and stays.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.review import BARE_STATEMENTS
from tests.conftest import asserted_events


@pytest.mark.parametrize(("code", "bare"), [
    ("010", True), ("011", True), ("012", False), ("014", False), ("018", False),
    ("019", False),
])
def test_bare_statements(code: str, bare: bool) -> None:
    assert (code in BARE_STATEMENTS) is bare


# (sentence, CAMEO code kept beside the sentence's other act)
KEPT: list[tuple[str, str]] = [
    ("The Chilean president expressed his condolences to the Peruvian people and condemned "
     "the attack.", "018"),
    ("The Chilean government expressed condolences to Peru and accused Bolivia of "
     "negligence.", "018"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), KEPT)
def test_statement_of_a_kind_kept(nlp: Any, text: str, code: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text)]
    assert code in found and any(c[:2] not in ("01", "02") for c in found), found


# (sentence) whose bare saying is noise beside the speaker's own act: each codes a 010 of the
# same source when the gate is off (a reported "said that" codes no 010 at all, so it could
# not test the gate)
DROPPED: list[str] = [
    "The Chilean president commented on the vote and condemned the attack.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", DROPPED)
def test_bare_statement_dropped(nlp: Any, text: str) -> None:
    found = [e.cameo for e in asserted_events(nlp, text)]
    assert "010" not in found, found
