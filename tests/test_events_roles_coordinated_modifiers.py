"""Coordinated modifiers of one noun ("French and German officials") name their sides in text
order, so the event's first side is the first named, as the guidelines give it
(``roles.ActorIndex.with_coordinated``, issue 18, sixteenth round); the first modifier reaches
the trigger through the noun it modifies (``confidence._phrase_head``). Sentences written by
us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events import confidence as conf
from tests.conftest import asserted_events, country_of

# (sentence, CAMEO root, source country, target country) of the first event of that root
FIRST_SIDE: list[tuple[str, str, str | None, str | None]] = [
    ("Britain held talks with French and German officials.", "04", "GBR", "FRA"),
    ("Japan criticized Chinese and Russian officials.", "11", "JPN", "CHN"),
    ("Canada praised Dutch, Belgian and Danish diplomats.", "05", "CAN", "NLD"),
    ("U.S. and Chinese officials met in Beijing.", "04", "USA", "CHN"),
    ("Russian and Syrian forces bombed the rebels.", "18", "RUS", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "src", "tgt"), FIRST_SIDE)
def test_coordinated_modifiers_give_the_first_side(nlp: Any, text: str, root: str,
                                                   src: str | None, tgt: str | None) -> None:
    events = [e for e in asserted_events(nlp, text) if e.cameo_root == root]
    assert events, [(e.cameo, e.trigger.text) for e in asserted_events(nlp, text)]
    first = events[0]
    assert country_of(first.source) == src, first
    if tgt is not None:
        assert country_of(first.target) == tgt, first


# the first modifier's side hangs on the trigger as directly as the whole phrase's does
DIRECT: list[tuple[str, str]] = [
    ("Britain held talks with French and German officials.", "French"),
    ("Japan criticized Chinese and Russian officials.", "Chinese"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), DIRECT)
def test_first_modifier_is_a_direct_side(nlp: Any, text: str, word: str) -> None:
    events = [e for e in asserted_events(nlp, text)
              if e.target is not None and e.target.text == word]
    assert events, [(e.cameo, e.target) for e in asserted_events(nlp, text)]
    doc = nlp(text)
    assert conf.features(events[0], conf.trigger_root(doc, events[0]))["tgt_direct"] == 1.0
