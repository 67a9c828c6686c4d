"""An optional learned vote on the PLOVER type of an event already found (issue 17, 17b).

A multinomial naive Bayes over the words and word pairs of a sentence, trained by
``scripts/train_type_vote.py`` on the tune half of NGEC's synthetic stories (MIT; the story's
label on its lede). It never finds events and never changes CAMEO codes: for an event whose
CAMEO code PLOVER's own rules leave between two types (an intent to yield: AGREE or CONCEDE;
a yield: CONCEDE or RETREAT; a signed agreement: SUPPORT, COOPERATE or AGREE; a conviction:
ACCUSE or SANCTION) it picks the type the sentence's words favour by more than ``margin``
(log-odds). Off by default: ``REDLINE_TYPE_VOTE=1`` turns it on (README: it did not pay).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from redline.model import Event

MODEL_FILE = "data/type_vote.json"
# CAMEO prefix -> the PLOVER types an event of that code may take
ALTERNATIVES: dict[str, frozenset[str]] = {
    "035": frozenset({"AGREE", "CONCEDE"}),
    "08": frozenset({"CONCEDE", "RETREAT"}),
    "057": frozenset({"SUPPORT", "COOPERATE", "AGREE"}),
    "116": frozenset({"ACCUSE", "SANCTION"}),
}
_WORD = re.compile(r"[a-z][a-z'-]+")


def features(text: str) -> list[str]:
    """Lower-cased words and adjacent word pairs."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True, slots=True)
class TypeVote:
    labels: tuple[str, ...]
    prior: dict[str, float]  # label -> log prior
    weights: dict[str, dict[str, float]]  # feature -> {label: log P(feature | label)}
    unseen: dict[str, float]  # label -> log P(an unseen feature | label)
    margin: float

    def scores(self, text: str, labels: Iterable[str]) -> dict[str, float]:
        out = {lab: self.prior[lab] for lab in labels if lab in self.prior}
        for feat in features(text):
            row = self.weights.get(feat)
            if row is None:
                continue
            for lab in out:
                out[lab] += row.get(lab, self.unseen[lab])
        return out

    def vote(self, text: str, plover: str, cameo: str) -> str:
        options = next((v for k, v in ALTERNATIVES.items() if cameo.startswith(k)), None)
        if options is None or plover not in options:
            return plover
        scores = self.scores(text, options)
        best = max(scores, key=lambda lab: scores[lab])
        return best if scores[best] - scores[plover] > self.margin else plover


def from_json(data: dict[str, Any]) -> TypeVote:
    return TypeVote(tuple(data["labels"]), dict(data["prior"]), dict(data["weights"]),
                    dict(data["unseen"]), float(data["margin"]))


@lru_cache(maxsize=1)
def load_vote() -> TypeVote | None:
    """The shipped model, or None when it is absent (the vote is then a no-op)."""
    path = resources.files("redline.events").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def enabled() -> bool:
    return os.environ.get("REDLINE_TYPE_VOTE", "") in ("1", "on", "true")


def apply_vote(events: tuple[Event, ...], text: str, spans: dict[int, tuple[int, int]],
               model: TypeVote | None = None) -> tuple[Event, ...]:
    """``events`` with their PLOVER type voted on from their sentence's text."""
    model = model or load_vote()
    if model is None:
        return events
    out = []
    for e in events:
        start, end = spans.get(e.sentence, (0, 0))
        voted = model.vote(text[start:end], e.plover, e.cameo) if e.plover else e.plover
        out.append(e if voted == e.plover else replace(e, plover=voted, plover_mode=None))
    return tuple(out)
