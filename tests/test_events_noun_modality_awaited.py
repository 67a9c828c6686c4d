"""An event noun named as what lies ahead or is prepared for is not held yet (intended)
(issue 16, sixteenth round: ``noun_modality.awaited``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.noun_modality import awaited
from tests.conftest import coded_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Obama met Xi ahead of the G20 summit in Hangzhou.", "summit", "intended"),
    ("Obama met Xi ahead of the G20 summit in Hangzhou.", "met", "asserted"),
])
def test_events_noun_modality_awaited_events(nlp: Any, text: str, trigger: str,
                                             modality: str) -> None:
    events = [e for e in coded_events(nlp, text) if e.trigger.text == trigger]
    assert events and all(e.modality == modality for e in events)


def _phrase(words: list[str], lemmas: list[str]) -> Doc:
    """``HEAD PREP the NOUN``: the noun the object of the preposition on the head word."""
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, heads=[0, 0, 3, 1],
               deps=["ROOT", "prep", "det", "pobj"])


@pytest.mark.parametrize(("words", "lemmas", "expected"), [
    (["ahead", "of", "the", "summit"], ["ahead", "of", "the", "summit"], True),
    (["preparations", "for", "the", "talks"], ["preparation", "for", "the", "talk"], True),
    (["run-up", "to", "the", "vote"], ["run-up", "to", "the", "vote"], True),
    (["because", "of", "the", "summit"], ["because", "of", "the", "summit"], False),
    (["calls", "for", "the", "talks"], ["call", "for", "the", "talk"], False),
])
def test_events_noun_modality_awaited_words(words: list[str], lemmas: list[str],
                                            expected: bool) -> None:
    assert awaited(_phrase(words, lemmas)[3]) is expected
