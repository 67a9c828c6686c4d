"""Relative clauses on an appositive description take the described name's actor as their
subject (events/appositives.py, r10-17s). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (text, CAMEO prefix, source, target)
CODED: list[tuple[str, str, str | None, str | None]] = [
    # the description names no actor: the name beside it does
    ("Hamas, a group that has attacked Israel many times, denied the report.", "19",
     "PSEREB", "ISR"),
    ("Iran, a country that has long threatened Israel, tested a missile.", "13", "IRN", "ISR"),
    ("The report named Hezbollah, a movement that has fired rockets at Israel.", "19",
     "LBNREB", "ISR"),
    # unchanged: a plain relative clause on the name, a description with its own actor
    ("Hamas, which has attacked Israel many times, denied the report.", "19", "PSEREB", "ISR"),
    ("Taliban fighters, who have refused to negotiate with Kabul, attacked a police post.",
     "19", "AFGREB", "AFGCOP"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_appositives_relative_clause_subject(nlp: Any, text: str, prefix: str,
                                             src: str | None, tgt: str | None) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
def test_appositives_needs_a_relative_clause(nlp: Any) -> None:
    """No relative clause on the description: nothing is lent ("Hamas, a group, ...")."""
    from redline.events.appositives import described_name

    doc = nlp("Hamas, a militant group, attacked Israel.")
    group = next(t for t in doc if t.lower_ == "group")
    verb = next(t for t in doc if t.lower_ == "attacked")
    assert described_name(None, group, verb) == []  # type: ignore[arg-type]
