"""A rejection of a demand, threat or criticism keeps its subject (``events/targets.py``):
the noun's addressee is the one who answers it ("Russia rejected the demand": a demand made
of Russia), which is the rejection's own subject, not its target. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, source code of the rejection, its target code or None)
REJECTIONS = [
    ("Russia rejected the demand.", "RUS", None),
    ("Russia rejected the ultimatum.", "RUS", None),
    ("Russia dismissed the demand.", "RUS", None),
    ("Russia dismissed the threat.", "RUS", None),
    ("China rebuffed the criticism.", "CHN", None),
    ("Iran rejected the demands on Sunday.", "IRN", None),
    ("The Taliban, who seized Kabul in August, rejected the demand.", "AFGREB", None),
    # the noun's own author stays the target
    ("Russia rejected Ukraine's demand.", "RUS", "UKR"),
    ("Russia rejected the demand by Ukraine.", "RUS", "UKR"),
    ("Russia refused the demand.", "RUS", None),
    ("Russia rejected the request.", "RUS", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), REJECTIONS)
def test_events_rejected_demand_keeps_subject(coder: Any, text: str, source: str,
                                              target: str | None) -> None:
    doc = coder.code_text(text, published="2021-12-06")
    found = [(e.source and e.source.code, e.target and e.target.code)
             for e in doc.events if e.cameo_root == "12"]
    assert (source, target) in found
