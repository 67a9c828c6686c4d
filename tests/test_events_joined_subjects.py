"""Joined subjects: the later events of one trigger are less sure (events/joined_subjects.py,
r15-18). Events built by hand: (source, its offset, target or None, trigger offset, CAMEO,
confidence)."""

from __future__ import annotations

import pytest

from redline.events.joined_subjects import LATER_FACTOR, with_joined_subjects
from redline.model import Actor, Event, Span

Row = tuple[str | None, int, str | None, int, str, float | None]


def _actor(code: str, at: int) -> Actor:
    return Actor(code, at, at + 3, code, code, code, "", "state")


def _events(rows: list[Row]) -> list[Event]:
    return [Event(f"e{k}", 0, None if src is None else _actor(src, at),
                  None if tgt is None else _actor(tgt, 90), cameo, cameo[:2], "ACCUSE", -2.0,
                  3, Span("x", trig, trig + 5), confidence=conf)
            for k, (src, at, tgt, trig, cameo, conf) in enumerate(rows)]


@pytest.mark.parametrize(("rows", "expected"), [
    # "France and Germany condemned Russia": Germany's event is the later one
    ([("FRA", 0, "RUS", 20, "111", 0.9), ("DEU", 10, "RUS", 20, "111", 0.9)],
     [0.9, round(0.9 * LATER_FACTOR, 3)]),
    # listed in any order: the first source in the text keeps its confidence
    ([("DEU", 10, "RUS", 20, "111", 0.8), ("FRA", 0, "RUS", 20, "111", 0.8)],
     [round(0.8 * LATER_FACTOR, 3), 0.8]),
    # two triggers, two codes, two targets, or no source: each event its own
    ([("FRA", 0, "RUS", 20, "111", 0.9), ("DEU", 10, "RUS", 40, "111", 0.9)], [0.9, 0.9]),
    ([("FRA", 0, "RUS", 20, "111", 0.9), ("DEU", 10, "RUS", 20, "112", 0.9)], [0.9, 0.9]),
    ([("FRA", 0, "RUS", 20, "111", 0.9), ("DEU", 10, "UKR", 20, "111", 0.9)], [0.9, 0.9]),
    ([(None, 0, "RUS", 20, "111", 0.9), ("DEU", 10, "RUS", 20, "111", 0.9)], [0.9, 0.9]),
    # one source with two targets is not a joined subject; no confidence stays none
    ([("FRA", 0, "RUS", 20, "111", 0.9), ("FRA", 0, "RUS", 20, "111", 0.9)], [0.9, 0.9]),
    ([("FRA", 0, "RUS", 20, "111", None), ("DEU", 10, "RUS", 20, "111", None)],
     [None, None]),
])
def test_later_joined_subjects_less_sure(rows: list[Row],
                                         expected: list[float | None]) -> None:
    out = with_joined_subjects(_events(rows))
    assert [e.id for e in out] == [f"e{k}" for k in range(len(rows))]
    assert [e.confidence for e in out] == expected


@pytest.mark.slow
def test_joined_subjects_end_to_end(coder: object) -> None:
    from redline.pipeline import Coder

    assert isinstance(coder, Coder)
    events = [e for e in coder.code_text("France and Germany condemned Russia.",
                                         published="2021-06-01").events
              if e.cameo.startswith("11")]
    by_source = {e.source.code: e.confidence for e in events if e.source is not None}
    assert set(by_source) == {"FRA", "DEU"}, by_source
    assert by_source["DEU"] is not None and by_source["FRA"] is not None
    assert by_source["DEU"] < by_source["FRA"]
