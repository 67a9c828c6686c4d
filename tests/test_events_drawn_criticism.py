"""Criticism drawn, faced or earned (events/drawn_criticism.py): the critic is the "from"
actor, the one criticised the verb's subject. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, source code, target code) of an asserted criticism (111)
DRAWN: list[tuple[str, str, str]] = [
    ("The Chinese plan drew sharp criticism from Washington.", "USA", "CHN"),
    ("The Hungarian prime minister faced criticism from the European Commission over the law.",
     "EU", "HUNGOV"),
    ("Israel's decision attracted condemnation from Turkey.", "TUR", "ISR"),
    ("The Australian government earned a rebuke from China.", "CHN", "AUSGOV"),
    ("The Polish government came under criticism from Germany.", "DEU", "POLGOV"),
]

# sentences where no criticism of the subject is coded from the construction
NOT_DRAWN: list[str] = [
    "The Hungarian prime minister faced criticism over the law.",  # no critic named
    "The Hungarian prime minister drew criticism from analysts.",  # no actor named
    "Polish troops came under fire from Russian positions.",  # gunfire, not criticism
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), DRAWN)
def test_drawn_criticism_roles(nlp: Any, text: str, src: str, tgt: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    event = next((e for e in doc.events if e.asserted and e.cameo == "111"), None)
    assert event is not None, [(e.cameo, e.trigger.text) for e in doc.events]
    assert event.source is not None and event.source.code == src
    assert event.target is not None and event.target.code == tgt


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_DRAWN)
def test_drawn_criticism_needs_a_named_critic(nlp: Any, text: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    assert not [e for e in doc.events if e.cameo == "111" and e.asserted
                and e.trigger.text.split()[0] in ("faced", "drew", "came")]
