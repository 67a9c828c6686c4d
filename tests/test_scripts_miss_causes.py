"""scripts/miss_causes.py: the cause a missed gold event is classed under, on synthetic cases."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from redline.events.losses import Loss
from tests.conftest import load_script


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int


@dataclass(frozen=True)
class _Event:  # the fields of redline.model.Event that the classing reads
    cameo: str
    trigger: _Trigger
    asserted: bool = True
    confidence: float = 0.5
    modality: str = "asserted"

    @property
    def plover(self) -> str:
        return "x"


GOLD = (10, 16)  # the gold event's trigger: an ASSAULT (CAMEO 19x)
ATTACK = _Event("190", _Trigger(10, 16))


@pytest.mark.parametrize(("events", "records", "expected"), [
    ([ATTACK], [], "coded, pair taken"),
    ([_Event("190", _Trigger(10, 16), confidence=0.05)], [], "below the floor"),
    ([_Event("190", _Trigger(10, 16), asserted=False, modality="negated")], [],
     "modality: negated"),
    ([], [Loss("found", "", 10, 16, "190"), Loss("review", "accident", 10, 16, "190")],
     "review: accident"),
    ([], [Loss("found", "", 10, 16, "190"), Loss("extract", "no roles", 10, 16, "190")],
     "extract: no roles"),
    ([_Event("111", _Trigger(10, 16))], [Loss("found", "", 10, 16, "111")], "coded as ACCUSE"),
    ([], [Loss("found", "", 10, 16, "173"), Loss("extract", "no roles", 10, 16, "173")],
     "trigger read as COERCE"),
    ([_Event("111", _Trigger(30, 36))], [], "no trigger"),  # another word, another type
    ([], [Loss("extract", "no roles", 30, 36, "190")], "no trigger"),  # same type, other word
    ([], [Loss("review", "accident", 30, 36, "190")], "no trigger"),
    ([], [Loss("skipped", "no finite verb", 0, 40)], "sentence not read"),
    ([], [], "no trigger"),
])
def test_miss_causes_cause(events: list[_Event], records: list[Loss], expected: str) -> None:
    cause = load_script("miss_causes").cause
    assert cause("ASSAULT", GOLD, events, records, 0.1) == expected
