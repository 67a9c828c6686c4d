""""is going to X" is a future like "will X": X is intended (``modality._going_to``,
r16-16d); "going to" a place, and a demand made by saying ("is going to have to make a
deal"), are left as they were. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def modality_of(coder: Any, text: str, trigger: str) -> str:
    doc = coder.code_text(text, published="2019-11-20")
    event = next((e for e in doc.events if e.trigger.text == trigger), None)
    assert event is not None, [(e.cameo, e.trigger.text, e.modality) for e in doc.events]
    return str(event.modality)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Germany is going to send troops to Lithuania.", "send", "intended"),
        ("We are going to impose tariffs on China.", "impose", "intended"),
        # a demand made by saying stays the statement it is
        ("The president said that China is going to have to make a deal.", "have to make",
         "asserted"),
        # no future: the plain verb
        ("Germany sent troops to Lithuania.", "sent", "asserted"),
    ],
)
def test_events_modality_going_to(coder: Any, text: str, trigger: str, expected: str) -> None:
    assert modality_of(coder, text, trigger) == expected
