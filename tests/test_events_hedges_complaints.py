"""What a complaint, concern, fear or criticism says is not told as done (issue 16m, Must-hold
1: allegations the text does not endorse). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Document


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2019-11-20")


# (sentence, CAMEO root of the event): the act is the content of a worry or complaint
VOICED: list[tuple[str, str]] = [
    ("The vote eased fears that Hamas attacked the convoy.", "19"),
    ("Kyiv raised concerns that Russian troops seized the plant.", "17"),
    ("The report fed complaints that police arrested the protesters.", "17"),
]

# (sentence, CAMEO root): the same acts told by the text itself stay asserted
TOLD: list[tuple[str, str]] = [
    ("Critics voiced concern after Russian troops seized the plant.", "17"),
    ("Police arrested the protesters, and the arrests drew criticism.", "17"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), VOICED)
def test_events_hedges_complaint_content_is_hypothetical(coder: Any, text: str,
                                                         root: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events and {e.modality for e in events} == {"hypothetical"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), TOLD)
def test_events_hedges_acts_beside_a_complaint_stay_asserted(coder: Any, text: str,
                                                             root: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events and all(e.asserted for e in events)
