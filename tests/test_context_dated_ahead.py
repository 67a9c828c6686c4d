"""An asserted event whose own date lies after publication is still to come: intended
(``context._ahead``, r16-16d). A date on an infinitive below the trigger ("hopes to meet him
next month") dates that infinitive, not the hope; past and same-day dates change nothing.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2019-11-20"  # a Wednesday


def dated(coder: Any, text: str, trigger: str) -> tuple[str, str | None]:
    doc = coder.code_text(text, published=PUBLISHED)
    event = next(e for e in doc.events if e.trigger.text == trigger)
    return event.modality, event.date


# (text, trigger, modality, date or None: not asserted). A date after publication on what the
# act holds out is not the act's: the act is dated as an undated one (the publication date)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("Merkel travels to Moscow next week to meet Putin.", "travels", "intended", None),
    ("The European Union imposes new sanctions on Belarus next month.", "imposes",
     "intended", None),
    ("Germany hosts talks with Russia and Ukraine on Friday.", "talks", "intended", None),
    ("Merkel meets Putin in Moscow on Friday.", "meets", "intended", None),
    # the date of an infinitive below the trigger: the hope, the agreement are told now
    ("Merkel hopes to meet Putin next month.", "hopes", "asserted", PUBLISHED),
    ("Germany agreed to host talks with Russia next week.", "agreed", "asserted", PUBLISHED),
    # an act done by saying is done now, whatever the date of what it holds out
    ("Russia said it would expel two British diplomats next week.", "expel", "asserted",
     PUBLISHED),
    # past and same-day dates
    ("Merkel travelled to Moscow last week to meet Putin.", "travelled", "asserted", None),
    ("Police arrested two protesters on Wednesday.", "arrested", "asserted", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "expected", "date"), ROWS)
def test_context_dated_ahead_is_intended(coder: Any, text: str, trigger: str, expected: str,
                                         date: str | None) -> None:
    modality, on = dated(coder, text, trigger)
    assert modality == expected
    assert date is None or on == date
