"""Eighth round's sense rule of the last review (issue 16): papers handed over are no aid.
Sentences written by us; rows where the rule fires and rows where it must not."""

from __future__ import annotations

from typing import Any

import pytest


def plovers(coder: Any, text: str) -> set[str]:
    return {e.plover for e in coder.code_text(text, published="2019-11-20").events
            if e.asserted and e.plover}


# papers, messages and testimony handed over are no aid
NOT_AID = [
    "A series of text messages Volker provided to lawmakers showed the talks.",
    "The emails the State Department gave to Congress described the meeting.",
]

# weapons, goods and aid handed over are aid
STILL_AID = [
    "The United States provided weapons to Ukraine.",
    "Germany sent aid to Syria.",
    "The weapons the United States provided to Ukraine arrived.",
    "Russia sent humanitarian aid to the site of the earthquake in Turkey.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_AID)
def test_events_review_senses_papers_are_no_aid(coder: Any, text: str) -> None:
    assert "AID" not in plovers(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", STILL_AID)
def test_events_review_senses_goods_stay_aid(coder: Any, text: str) -> None:
    assert "AID" in plovers(coder, text)
