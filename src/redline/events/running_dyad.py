"""The story's running dyad as the other side of a one-sided act (issue 18, r13-18).

A story about two states ("U.S. tariffs on China", "China retaliated against the U.S.") names
its pair once and then tells acts with one side only: "Thanks to my tariffs ...", "we call for
an end to the bullying", "the demand has officials wondering". When one pair of states is
the sides of at least two of the story's events, and more often than any other pair, an act
of demand, disapproval, rejection, threat or sanction whose source is one of them and which has
no target is aimed at the other: the mention named last before it.

Only a state and its bodies stand for it (the government, the army, the police, the courts ...;
"Chinese dissidents" or "American farmers" are no side of the states' dyad), and an act whose
sentence names any other state or organisation ("condemned the attack in Kabul") is left alone:
its own sentence says it may be about someone else (r13-rb).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from redline.model import Actor, Event

# appeals and demands, disapproval, rejection, threats, sanctions
ROOTS = frozenset({"02", "10", "11", "12", "13", "16"})
MIN_EVENTS = 2
# a state's own sectors: the state itself, its government, army, police, spies, law-makers, courts
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def with_running_dyad(events: Sequence[Event], actors: Sequence[Actor] = ()) -> list[Event]:
    """``events`` with the other state of the story's dyad as the target of one-sided acts;
    ``actors``: the story's actor mentions (an act whose sentence names a third party stays)."""
    pair = story_dyad(events)
    if pair is None:
        return list(events)
    others = {a.sentence for a in actors if a.country and a.country not in pair}
    return [e if e.sentence in others else _filled(e, events, pair) for e in events]


def story_dyad(events: Sequence[Event]) -> frozenset[str] | None:
    """The pair of states that are the two sides of the most events (at least two, and
    more than any other pair), or None."""
    counts = Counter(p for e in events if (p := _pair(e)) is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_EVENTS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _pair(event: Event) -> frozenset[str] | None:
    src, tgt = _state(event.source), _state(event.target)
    return frozenset({src, tgt}) if src and tgt and src != tgt else None


def _state(actor: Actor | None) -> str | None:
    """The state an actor stands for: its country, when it is the state or one of its bodies."""
    if actor is None or not actor.country or (actor.sector or "") not in STATE_SECTORS:
        return None
    return actor.country


def _filled(event: Event, events: Sequence[Event], pair: frozenset[str]) -> Event:
    src = _state(event.source)
    if event.target is not None or src not in pair or event.cameo[:2] not in ROOTS:
        return event
    other = next(iter(pair - {src}))
    mention = _last_mention(events, other, event.trigger.start)
    return event if mention is None else replace(event, target=mention)


def _last_mention(events: Sequence[Event], state: str, before: int) -> Actor | None:
    """The last side of an earlier event that names ``state``."""
    found: Actor | None = None
    for e in events:
        for actor in (e.source, e.target):
            if _state(actor) == state and actor is not None and actor.end <= before and (
                    found is None or actor.start > found.start):
                found = actor
    return found
