"""Modal clauses that appeal for nothing (``events/idle_appeals.py``, a review gate,
r11-16): a feeling someone "should" have, a need that "would" arise. Sentences written by
us; an act someone should or needs to do stays the speaker's appeal or demand."""

from __future__ import annotations

from typing import Any

import pytest


def appeals(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2016-06-01")
    return {e.cameo for e in doc.events if e.asserted and e.cameo in ("020", "100")}


IDLE = [
    '"Hillary Clinton and other Democratic leaders should worry about what is going to '
    'happen," Elizabeth Warren said.',
    '"Iran should know that we are watching," Barack Obama said.',
    '"Greece would need to pay its debts," Angela Merkel said.',
]

APPEALS = [
    ('"North Korea should abandon its weapons," Jens Stoltenberg said.', "020"),
    ("Angela Merkel said Greece needs to pay its debts.", "100"),
    # a feeling joined to an act, or one whose clause says what must be done (review r11)
    ('"Russia should know its place and withdraw its troops from Ukraine," Barack Obama '
     'said.', "020"),
    ('"Iran should understand that it must stop enriching uranium," Barack Obama said.',
     "020"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", IDLE)
def test_events_idle_appeals_no_appeal(coder: Any, text: str) -> None:
    assert not appeals(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), APPEALS)
def test_events_idle_appeals_acts_stay(coder: Any, text: str, code: str) -> None:
    assert code in appeals(coder, text)
