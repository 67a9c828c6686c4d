"""Event words in senses that tell of no act (``events/senses.py``, its no-act part): a
market's close, "it's striking that", a mood, chance or prize captured or seized. Sentences written by us; each row that must not fire keeps the act."""

from __future__ import annotations

from typing import Any

import pytest


def asserted_roots(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.cameo_root for e in doc.events if e.asserted}


# (sentence, CAMEO root that must not be written as an asserted act)
IDLE = [
    ("Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%.", "17"),
    ("Gazprom stock closed 2 percent higher in Moscow on Friday.", "17"),
    ("Huawei closed at $250 in Shenzhen on Friday.", "17"),
    ("It's striking that in almost every corner of the world tensions with China are rising.",
     "19"),
    ("Sanders is capturing the frustration of many Americans with Wall Street.", "19"),
    ("The Taliban seized the opportunity to talk with Pakistan.", "17"),
    ("Trump captured the Republican nomination in May.", "19"),
]

# (sentence, CAMEO root of the act that stays asserted)
ACTS = [
    ("The Chinese government closed three Hong Kong newspapers on Monday.", "17"),
    ("Russia is striking rebel positions in Idlib.", "19"),
    ("Russian troops captured the town of Bakhmut on Saturday.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), IDLE)
def test_events_idle_senses_are_no_act(coder: Any, text: str, root: str) -> None:
    assert root not in asserted_roots(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), ACTS)
def test_events_idle_senses_acts_stay(coder: Any, text: str, root: str) -> None:
    assert root in asserted_roots(coder, text)
