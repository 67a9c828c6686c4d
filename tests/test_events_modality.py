"""Modality of matched events read from the clauses above the trigger (events/modality.py).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def modality_of(nlp: Any, text: str, prefix: str) -> str:
    """The modality of the first event whose CAMEO code starts with ``prefix`` (fails if
    none)."""
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    event = next((e for e in doc.events if e.cameo.startswith(prefix)), None)
    assert event is not None, [(e.cameo, e.trigger.text, e.modality) for e in doc.events]
    return str(event.modality)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        # a condition outranks a negation of its own clause: supposed, not said not to happen
        ("If Russia does not withdraw its troops from Ukraine, NATO will impose sanctions.",
         "087", "hypothetical"),
        ("If Iran does not attack Israel, the United States will lift sanctions.", "19",
         "hypothetical"),
        # must not fire: a negation with no condition, a negated saying
        ("Russia did not attack Ukraine.", "19", "negated"),
        ("Russia did not say that it attacked Ukraine.", "19", "negated"),
    ],
)
def test_modality_condition_outranks_negation(nlp: Any, text: str, prefix: str,
                                              expected: str) -> None:
    assert modality_of(nlp, text, prefix) == expected
