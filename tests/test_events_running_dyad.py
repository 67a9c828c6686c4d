"""The story's running dyad as the other side of one-sided acts (events/running_dyad.py,
r13-18). Events built by hand: (source country, target country or None, CAMEO code), in text
order, each side's mention placed at the event's own offset."""

from __future__ import annotations

import pytest

from redline.events.running_dyad import story_dyad, with_running_dyad
from redline.model import Actor, Event, Span

Row = tuple[str | None, str | None, str]


def _actor(country: str, at: int) -> Actor:
    return Actor(country, at, at + 3, country, country, country, "", "state")


def _events(rows: list[Row]) -> list[Event]:
    out = []
    for k, (src, tgt, cameo) in enumerate(rows):
        at = 100 * k
        out.append(Event(
            f"e{k}", k, None if src is None else _actor(src, at),
            None if tgt is None else _actor(tgt, at + 10), cameo, cameo[:2], "ACCUSE", -2.0,
            3, Span("x", at + 5, at + 6)))
    return out


TRADE = [("USA", "CHN", "163"), ("CHN", "USA", "172")]


@pytest.mark.parametrize(("rows", "target"), [
    # two events of one pair: a one-sided demand, sanction or criticism by either is aimed
    # at the other
    ([*TRADE, ("USA", None, "163")], "CHN"),
    ([*TRADE, ("CHN", None, "112")], "USA"),
    ([*TRADE, ("USA", None, "020")], "CHN"),
    ([*TRADE, ("CHN", None, "130")], "USA"),
    # the source is outside the pair, the act is of another kind (a statement, a meeting),
    # or the act has its own target: unchanged
    ([*TRADE, ("JPN", None, "112")], None),
    ([*TRADE, ("USA", None, "010")], None),
    ([*TRADE, ("USA", None, "040")], None),
    ([*TRADE, ("USA", "JPN", "112")], "JPN"),
    # one event of the pair is no running dyad
    ([("USA", "CHN", "163"), ("USA", None, "112")], None),
    # two pairs as frequent: no running dyad
    ([*TRADE, ("FRA", "DEU", "112"), ("DEU", "FRA", "111"), ("USA", None, "112")], None),
    # no mention of the other side before the act: unchanged
    ([("USA", None, "112"), *TRADE], None),
])
def test_running_dyad_targets(rows: list[Row], target: str | None) -> None:
    act = 0 if rows[0][1] is None else -1  # the one-sided act: first or last
    event = with_running_dyad(_events(rows))[act]
    assert (event.target.country if event.target is not None else None) == target


def test_running_dyad_takes_the_last_mention_before() -> None:
    events = with_running_dyad(_events([*TRADE, ("USA", "CHN", "172"), ("USA", None, "112")]))
    assert events[-1].target is not None and events[-1].target.start == 210


@pytest.mark.parametrize(("rows", "pair"), [
    (TRADE, frozenset({"USA", "CHN"})),
    (TRADE[:1], None),
    ([], None),
    ([("USA", "USA", "112"), ("USA", "USA", "112")], None),  # a state and itself: no pair
])
def test_running_dyad_story_pair(rows: list[Row], pair: frozenset[str] | None) -> None:
    assert story_dyad(_events(rows)) == pair
