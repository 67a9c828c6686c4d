"""An asserted event whose own date lies after publication is still to come: intended
(``context._ahead``, r16-16d). A date on an infinitive below the trigger ("hopes to meet him
next month") dates that infinitive, not the hope; past and same-day dates change nothing.
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2019-11-20"  # a Wednesday


def modality(coder: Any, text: str, trigger: str) -> str:
    doc = coder.code_text(text, published=PUBLISHED)
    return next(e.modality for e in doc.events if e.trigger.text == trigger)


ROWS = [
    ("Merkel travels to Moscow next week to meet Putin.", "travels", "intended"),
    ("The European Union imposes new sanctions on Belarus next month.", "imposes",
     "intended"),
    ("Germany hosts talks with Russia and Ukraine on Friday.", "talks", "intended"),
    ("Merkel meets Putin in Moscow on Friday.", "meets", "intended"),
    # the date of an infinitive below the trigger: the hope, the agreement are told now
    ("Merkel hopes to meet Putin next month.", "hopes", "asserted"),
    ("Germany agreed to host talks with Russia next week.", "agreed", "asserted"),
    # an act done by saying is done now, whatever the date of what it holds out
    ("Russia said it would expel two British diplomats next week.", "expel", "asserted"),
    # past and same-day dates
    ("Merkel travelled to Moscow last week to meet Putin.", "travelled", "asserted"),
    ("Police arrested two protesters on Wednesday.", "arrested", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "expected"), ROWS)
def test_context_dated_ahead_is_intended(coder: Any, text: str, trigger: str,
                                         expected: str) -> None:
    assert modality(coder, text, trigger) == expected


def dated(coder: Any, text: str, trigger: str) -> tuple[str, str | None]:
    doc = coder.code_text(text, published=PUBLISHED)
    event = next(e for e in doc.events if e.trigger.text == trigger)
    return event.modality, event.date


# a date after publication on what the act holds out is not the act's: the act is dated as
# an undated one (the publication date here)
@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), [
    ("Germany agreed to host talks with Russia next week.", "agreed"),
    ("Merkel hopes to meet Putin next month.", "hopes"),
    ("Russia said it would expel two British diplomats next week.", "expel"),
])
def test_context_dated_ahead_content_date_is_not_the_act(coder: Any, text: str,
                                                         trigger: str) -> None:
    assert dated(coder, text, trigger) == ("asserted", PUBLISHED)
