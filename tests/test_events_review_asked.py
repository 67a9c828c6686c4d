"""Questions put to someone are no request by them (``events/review.py``, ``_question``,
r11-16): "When asked by reporters ...", "after he was asked about ...". Sentences written
by us; an ask for an act stays a request."""

from __future__ import annotations

from typing import Any

import pytest


def requests(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2016-06-01")
    return {e.trigger.text for e in doc.events if e.asserted and e.plover == "REQUEST"}


QUESTIONS = [
    "When asked by reporters about the deal, Angela Merkel urged Greece to pay its debts.",
    "Vladimir Putin urged the West to end sanctions after he was asked about the trade talks.",
    "As asked by the paper on Monday, Emmanuel Macron urged Iran to free the hostages.",
]

ASKS = [
    ("Boris Johnson was asked to resign by Conservative lawmakers.", "asked"),
    ("Angela Merkel asked Greece to pay its debts when she met Alexis Tsipras.", "asked"),
    ("Ukraine was asked for access to the crash site by Dutch investigators.", "asked"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", QUESTIONS)
def test_events_review_asked_question_is_no_request(coder: Any, text: str) -> None:
    assert "asked" not in {t.lower() for t in requests(coder, text)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), ASKS)
def test_events_review_asked_for_an_act_stays(coder: Any, text: str, trigger: str) -> None:
    assert any(trigger in t for t in requests(coder, text))
