"""A proposal put to others is an appeal (020, REQUEST), as the CAMEO 2.0 dictionary codes a
bare "propose", not a promise of one's own (030); proposed talks stay an intent to meet (036)
(issue 16, sixteenth round: lexicon ``verb propose``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import coded_events

# (text, PLOVER type of the proposing event)
PROPOSALS: list[tuple[str, str]] = [
    ("France proposed a new resolution at the Security Council on Monday.", "REQUEST"),
    ("The European Union proposed that Turkey take back migrants from Greece.", "REQUEST"),
    ("Russia proposed talks with Ukraine in Istanbul.", "AGREE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), PROPOSALS)
def test_events_lexicon_proposal_types(nlp: Any, text: str, plover: str) -> None:
    events = [e for e in coded_events(nlp, text) if e.trigger.text == "proposed"]
    assert events and all(e.plover == plover for e in events)


def test_events_lexicon_bare_propose_is_an_appeal() -> None:
    bare = load_lexicon().match("verb", "propose", (), ())
    assert bare is not None and (bare.code, bare.frame) == ("020", "APPEAL")
