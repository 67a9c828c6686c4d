"""The optional PLOVER type vote: it only moves an event between the types its CAMEO code
allows, and only by more than its margin. A hand-made model; sentences written by us."""

from __future__ import annotations

import pytest

from redline.events.typevote import TypeVote, features

MODEL = TypeVote(
    labels=("AGREE", "CONCEDE", "RETREAT", "SUPPORT"),
    prior={"AGREE": -1.4, "CONCEDE": -1.4, "RETREAT": -1.4, "SUPPORT": -1.4},
    weights={"lift": {"CONCEDE": -2.0, "AGREE": -6.0, "RETREAT": -5.0, "SUPPORT": -6.0},
             "curfew": {"CONCEDE": -2.0, "AGREE": -6.0, "RETREAT": -4.0, "SUPPORT": -6.0},
             "troops": {"RETREAT": -2.0, "CONCEDE": -6.0, "AGREE": -6.0, "SUPPORT": -6.0}},
    unseen={"AGREE": -9.0, "CONCEDE": -9.0, "RETREAT": -9.0, "SUPPORT": -9.0},
    margin=1.0,
)


@pytest.mark.parametrize(("text", "plover", "cameo", "voted"), [
    ("Chile will lift the curfew.", "AGREE", "0351", "CONCEDE"),  # an intent to yield
    ("Chile will lift the curfew.", "RETREAT", "0813", "CONCEDE"),  # a yield
    ("Russia pulled its troops out.", "CONCEDE", "080", "RETREAT"),
    ("Chile will lift the curfew.", "SUPPORT", "051", "SUPPORT"),  # praise: no alternative
    ("Chile will meet Peru.", "AGREE", "036", "AGREE"),  # an intent to meet stays
    ("Nothing known here.", "AGREE", "0351", "AGREE"),  # no evidence: the rules' type stays
])
def test_typevote_moves_within_alternatives(text: str, plover: str, cameo: str,
                                            voted: str) -> None:
    assert MODEL.vote(text, plover, cameo) == voted


def test_typevote_margin_keeps_close_calls() -> None:
    strict = TypeVote(MODEL.labels, MODEL.prior, MODEL.weights, MODEL.unseen, margin=50.0)
    assert strict.vote("Chile will lift the curfew.", "AGREE", "0351") == "AGREE"


def test_typevote_features_words_and_pairs() -> None:
    assert features("Lift the curfew") == ["lift", "the", "curfew", "lift the", "the curfew"]
