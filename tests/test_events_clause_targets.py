"""Who a complaint is about when its "that" clause names them (events/clause_targets.py,
r13-18): the clause's active subject, not a pronoun or a passive subject. Sentences written by
us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import code_of, first_asserted

# (sentence, source code, target code or None) of the asserted criticism (root 11)
SIDES: list[tuple[str, str, str | None]] = [
    # the clause's subject is the one complained of
    ("Peru complained that Chile had broken the fishing accord.", "PER", "CHL"),
    ("Hungary complained that the Romanian government was ignoring its minority.", "HUN",
     "ROUGOV"),
    ("Serbia alleged that Kosovo had armed the militia.", "SRB", "XKX"),
    ("Egypt complained Ethiopia was filling the dam too fast.", "EGY", "ETH"),  # no "that"
    # joined subjects the parser hangs on the auxiliary, with "that" (r14-18): the first
    ("Israel complained that both Russia and Iran had armed Hezbollah.", "ISR", "RUS"),
    ("Peru complained that both Chile and Bolivia had broken the accord.", "PER", "CHL"),
    # an object of its own still wins
    ("Chile criticised Peru for saying that Bolivia had lied.", "CHL", "PER"),
    # a pronoun subject (mostly the complainer) and a passive subject (a victim) are no target
    ("Peru complained that it had been treated unfairly by the press.", "PER", None),
    ("Mexico complained that its citizens were detained at the border.", "MEX", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), SIDES)
def test_clause_targets_of_complaints(nlp: Any, text: str, src: str, tgt: str | None) -> None:
    event = first_asserted(nlp, text, "11", published="2023-06-01")
    assert (code_of(event.source), code_of(event.target)) == (src, tgt), event


@pytest.mark.parametrize(("code", "kept"), [
    ("114", True), ("112", True), ("1121", True), ("130", False), ("010", False), (None, False),
])
def test_clause_targets_roots(code: str | None, kept: bool) -> None:
    """Only criticism (CAMEO 11) reads a "that" clause's subject as its target."""
    from redline.events.clause_targets import CLAUSE_ROOTS

    assert ((code or "")[:2] in CLAUSE_ROOTS) is kept
