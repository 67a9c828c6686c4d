"""Event nouns said of a kind in the present simple make no event told again (issue 16,
sixteenth round: ``events/generic_nouns.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.generic_nouns import generic_plural
from tests.conftest import coded_events

LEAD = "The Trump administration imposed new tariffs on Chinese goods on Friday. "
# (second sentence, whether its tariffs noun is coded as the lead's tariffs told again)
SECOND: list[tuple[str, bool]] = [
    ("Supporters of tariffs say they help American firms compete.", False),
    ("Economists argue that consumers are the main victims of tariffs.", False),
    ("Tariffs hurt soybean farmers in Iowa last year.", True),
    ("The tariffs angered farmers in Iowa.", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("second", "told"), SECOND)
def test_events_generic_nouns_told_again_only_as_acts(nlp: Any, second: str,
                                                      told: bool) -> None:
    start = len(LEAD)
    events = [e for e in coded_events(nlp, LEAD + second)
              if e.trigger.start >= start and e.trigger.text.lower() == "tariffs"]
    assert bool(events) is told


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = ["VERB" if t.startswith("VB") else "NOUN" if t.startswith("NN") else "ADP"
           for t in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words])


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "generic"), [
    (["Backers", "of", "tariffs", "say"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"],
     ["NNS", "IN", "NNS", "VBP"], True),
    (["Backers", "of", "tariffs", "said"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"],
     ["NNS", "IN", "NNS", "VBD"], False),
    (["the", "tariffs", "hurt", "farmers"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
     ["DT", "NNS", "VBP", "NNS"], False),
    (["tariffs", "have", "hurt", "farmers"], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"],
     ["NNS", "VBP", "VBN", "NNS"], False),
])
def test_events_generic_nouns_bare_plural_in_present(words: list[str], heads: list[int],
                                                     deps: list[str], tags: list[str],
                                                     generic: bool) -> None:
    doc = _doc(words, heads, deps, tags)
    noun = next(t for t in doc if t.lower_ == "tariffs")
    assert generic_plural(noun) is generic
