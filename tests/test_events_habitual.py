"""Policy told in general is no act done (``events/habitual.py``): a simple present with an
adverb of habit or rule, or under a present "tend to". Sentences written by us; each row that
must not fire keeps the act."""

from __future__ import annotations

from typing import Any

import pytest


def asserted_roots(coder: Any, text: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.cameo_root for e in doc.events if e.asserted}


# (sentence, CAMEO root that must not be written as an asserted act)
HABITS = [
    ("US customs officials typically require payment from Chinese importers within ten days.",
     "10"),
    ("Turkish border guards usually detain Syrian migrants.", "17"),
    ("US tariffs on Chinese steel generally raise prices for American consumers.", "16"),
    ("Sanctions tend to hurt the poorest citizens of Iran.", "16"),
    ("Russia normally expels British diplomats who are caught spying.", "16"),
]

# (sentence, CAMEO root of the act that stays asserted)
ACTS = [
    ("US customs officials required payment from Chinese importers on Monday.", "10"),
    ("Turkish border guards detained Syrian migrants on Tuesday.", "17"),
    ("Russia expelled two British diplomats on Friday.", "16"),
    ("Russian forces regularly shell Kharkiv.", "19"),  # frequency, not a rule
    ("Turkish police usually stay away, but on Friday they arrested 40 Kurdish protesters.",
     "17"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), HABITS)
def test_events_habitual_policy_is_no_act(coder: Any, text: str, root: str) -> None:
    assert root not in asserted_roots(coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), ACTS)
def test_events_habitual_acts_stay(coder: Any, text: str, root: str) -> None:
    assert root in asserted_roots(coder, text)
