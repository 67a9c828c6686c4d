"""A casualty verb and the blast that caused it are one attack, coded once under the blast's
code (issue 16, sixteenth round: ``events/blast_casualties.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

# (text, the one code expected among the force events, the victims' code or None)
ONE_ACT: list[tuple[str, str, str | None]] = [
    ("Two Afghan soldiers were killed when a roadside bomb went off near their convoy in "
     "Helmand on Monday.", "183", "AFGMIL"),
    ("Four Iraqi policemen were wounded when a grenade exploded at their checkpoint in Mosul.",
     "183", "IRQCOP"),
]
# a blast with no casualty verb joined to it stays as it was
ALONE: list[tuple[str, str]] = [
    ("A bomb went off in Kabul on Sunday.", "183"),
    ("Militants killed four soldiers when they attacked a checkpoint in Sinai.", "190"),
]


def _force(nlp: Any, text: str) -> list[Any]:
    return [e for e in coded_events(nlp, text) if e.cameo_root in ("18", "19", "20")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "victims"), ONE_ACT)
def test_events_blast_casualties_one_act(nlp: Any, text: str, code: str,
                                         victims: str | None) -> None:
    events = _force(nlp, text)
    assert [e.cameo for e in events] == [code]
    assert events[0].target is not None and events[0].target.code == victims


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), ALONE)
def test_events_blast_casualties_alone_unchanged(nlp: Any, text: str, code: str) -> None:
    assert [e.cameo for e in _force(nlp, text)] == [code]


@pytest.mark.slow
def test_events_blast_casualties_each_victim_kept(nlp: Any) -> None:
    """A casualty verb with two victims has two events: each is recoded, none is copied over
    the other (the merge kept one recoded event per trigger and wrote it over both)."""
    text = ("Two Afghan soldiers and three Afghan police officers were killed when a roadside "
            "bomb went off in Kandahar.")
    events = _force(nlp, text)
    assert {e.cameo for e in events} == {"183"}
    assert sorted(e.target.code for e in events if e.target is not None) == ["AFGCOP", "AFGMIL"]
