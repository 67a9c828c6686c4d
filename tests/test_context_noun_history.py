"""An event noun in a past clause dated a year or more back is historical
(``context._dated_history``, r11-16). Sentences written by us; nouns in a clause dated this
year, and nouns in a present clause, stay asserted."""

from __future__ import annotations

from typing import Any

import pytest


def modality(coder: Any, text: str, trigger: str) -> str:
    doc = coder.code_text(text, published="2016-06-01")
    return next(e.modality for e in doc.events if e.trigger.text == trigger)


ROWS = [
    ("Earlier in 2012, the U.S. ambassador wrote to Hillary Clinton about a visit to Ukraine "
     "by Barack Obama.", "visit", "historical"),
    ("In 2014, Angela Merkel wrote to Vladimir Putin about the annexation of Crimea by Russia.",
     "annexation", "historical"),
    ("On Tuesday, the U.S. ambassador wrote to Hillary Clinton about a visit to Ukraine by "
     "Barack Obama.", "visit", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "expected"), ROWS)
def test_context_noun_history_past_dated_clause(coder: Any, text: str, trigger: str,
                                                expected: str) -> None:
    assert modality(coder, text, trigger) == expected
