"""The story's running dyad as the other side of one-sided acts (events/running_dyad.py,
r13-18). Events built by hand: (source country, target country or None, CAMEO code), in text
order, each side's mention placed at the event's own offset."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

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


def _sectored(event: Event, sector: str) -> Event:
    assert event.source is not None
    src = event.source
    return replace(event, source=Actor(src.text, src.start, src.end, src.name,
                                       src.country + sector, src.country, sector, "person"))


@pytest.mark.parametrize(("sector", "target"), [
    # a state's own bodies stand for it; its dissidents, farmers or firms do not (r13-rb)
    ("GOV", "CHN"), ("MIL", "CHN"), ("OPP", None), ("CVL", None), ("BUS", None), ("AGR", None),
])
def test_running_dyad_source_is_the_state(sector: str, target: str | None) -> None:
    events = _events([*TRADE, ("USA", None, "112")])
    events[-1] = _sectored(events[-1], sector)
    event = with_running_dyad(events)[-1]
    assert (event.target.country if event.target is not None else None) == target


def test_running_dyad_pair_of_states_only() -> None:
    """Two events of a state's dissidents with another state make no dyad of the states."""
    events = _events(TRADE)
    assert story_dyad([_sectored(e, "OPP") for e in events]) is None


@pytest.mark.parametrize(("named", "target"), [
    # the act's sentence names a third state or an organisation (a place, an attack's victim):
    # the act may be about it, not the dyad's other side (r13-rb)
    ("AFG", None), ("NATO", None),
    # the pair's own states named in the sentence do not stop it
    ("CHN", "CHN"), ("USA", "CHN"),
])
def test_running_dyad_sentence_names_a_third_party(named: str, target: str | None) -> None:
    events = _events([*TRADE, ("USA", None, "112")])
    mention = replace(_actor(named, 250), sentence=2)
    event = with_running_dyad(events, [mention])[-1]
    assert (event.target.country if event.target is not None else None) == target


STORY = ("The United States imposed new tariffs on China. China retaliated against the United "
         "States on Monday. ")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "target"), [
    ("China threatened to retaliate.", "USA"),
    # a third state in the act's sentence (a place here): no dyad target (r13-rb)
    ("China's foreign ministry denounced the attack in Kabul.", None),
    # the state's dissidents are no side of the states' dyad
    ("Chinese dissidents criticised the crackdown.", None),
])
def test_running_dyad_in_the_coder(coder: Any, sentence: str, target: str | None) -> None:
    doc = coder.code_text(STORY + sentence, published="2019-06-01")
    act = next(e for e in doc.events if e.sentence == 2 and e.cameo[:2] in ("11", "13"))
    assert (act.target.country if act.target is not None else None) == target
