"""Who a complaint is about when its "that" clause names them (events/clause_targets.py,
r13-18): the clause's active subject, not a pronoun or a passive subject. Sentences written by
us."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, source code, target code or None) of the asserted criticism (root 11)
SIDES: list[tuple[str, str, str | None]] = [
    # the clause's subject is the one complained of
    ("Peru complained that Chile had broken the fishing accord.", "PER", "CHL"),
    ("Hungary complained that the Romanian government was ignoring its minority.", "HUN",
     "ROUGOV"),
    ("Serbia alleged that Kosovo had armed the militia.", "SRB", "XKX"),
    ("Egypt complained Ethiopia was filling the dam too fast.", "EGY", "ETH"),  # no "that"
    # an object of its own still wins
    ("Chile criticised Peru for saying that Bolivia had lied.", "CHL", "PER"),
    # a pronoun subject (mostly the complainer) and a passive subject (a victim) are no target
    ("Peru complained that it had been treated unfairly by the press.", "PER", None),
    ("Mexico complained that its citizens were detained at the border.", "MEX", None),
]


def _criticism(doc: Any) -> Any:
    return next((e for e in doc.events if e.cameo[:2] == "11"), None)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), SIDES)
def test_clause_targets_of_complaints(nlp: Any, text: str, src: str, tgt: str | None) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2023-06-01")
    event = _criticism(doc)
    assert event is not None, [(e.cameo, e.trigger.text) for e in doc.events]
    assert event.source is not None and event.source.code == src
    got = event.target.code if event.target is not None else None
    assert got == tgt, (event.target, [(e.cameo, e.target) for e in doc.events])


@pytest.mark.parametrize(("code", "kept"), [
    ("114", True), ("112", True), ("1121", True), ("130", False), ("010", False), (None, False),
])
def test_clause_targets_roots(code: str | None, kept: bool) -> None:
    """Only criticism (CAMEO 11) reads a "that" clause's subject as its target."""
    from redline.events.clause_targets import CLAUSE_ROOTS

    assert ((code or "")[:2] in CLAUSE_ROOTS) is kept
