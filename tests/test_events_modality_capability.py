"""An act someone is capable of is a capability, not an act done (hypothetical, as the gold's
"able to hit") (issue 16, sixteenth round: ``hit_modality.open_frame_modality``). Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Iran is capable of attacking US bases in the Gulf.", "attacking", "hypothetical"),
    ("North Korea is able to hit Guam with its new missiles.", "hit", "hypothetical"),
    ("Iran attacked US bases in the Gulf.", "attacked", "asserted"),
])
def test_events_modality_capability(nlp: Any, text: str, trigger: str, modality: str) -> None:
    events = [e for e in coded_events(nlp, text) if e.trigger.text == trigger]
    assert events and all(e.modality == modality for e in events)
