"""A denial that is negated is no denial: what it would have denied is told as done
(issue 16, sixteenth round: ``modality.negated_denial``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.events.modality import negated_denial
from tests.conftest import coded_events

# (text, CAMEO root of the act denied or not, its modality)
DENIALS: list[tuple[str, str, str]] = [
    ("The Syrian government did not deny reports that its jets had bombed a market.", "18",
     "asserted"),
    ("Moscow did not deny that Russian jets had bombed a hospital.", "18", "asserted"),
    ("The ministry has not denied reports that Israeli troops arrested two activists.", "17",
     "asserted"),
    ("Moscow denied that Russian jets had bombed a hospital.", "18", "denied"),
    ("Moscow denied reports that Russian jets had bombed a hospital.", "18", "denied"),
    ("Moscow did not confirm reports that Russian jets had bombed a hospital.", "18", "negated"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "modality"), DENIALS)
def test_events_modality_negated_denial_tells_the_act(nlp: Any, text: str, root: str,
                                                      modality: str) -> None:
    events = [e for e in coded_events(nlp, text) if e.cameo_root == root]
    assert events and all(e.modality == modality for e in events)


def _verb(lemma: str, negated: bool) -> Doc:
    """``Moscow (did not) LEMMA that troops fired`` as parsed."""
    words = ["Moscow", "did", "not", lemma] if negated else ["Moscow", lemma]
    words += ["that", "troops", "fired"]
    v = len(words) - 4
    heads = [v] * (v + 1) + [len(words) - 1, len(words) - 1, v]
    deps = ["nsubj", *(["aux", "neg"] if negated else []), "ROOT", "mark", "nsubj", "ccomp"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
               lemmas=[w if i != v else lemma for i, w in enumerate(words)])


@pytest.mark.parametrize(("lemma", "negated", "expected"), [
    ("deny", True, True),
    ("dismiss", True, True),
    ("deny", False, False),
    ("confirm", True, False),
    ("say", True, False),
])
def test_events_modality_negated_denial_verbs(lemma: str, negated: bool,
                                              expected: bool) -> None:
    doc = _verb(lemma, negated)
    verb = doc[3] if negated else doc[1]
    assert negated_denial(verb) is expected
