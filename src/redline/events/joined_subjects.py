"""Joined subjects: the second and later events of one trigger are less sure (issue 18, r15-18).

"Cruz and Trump have slammed the president" gives one event per joined subject (the coder's
convention, PETRARCH's too), while the article gold codes one event per trigger and type,
with the first subject as its source: the later events of the trigger are false by that rule
however sure their sides are (three such pairs among the tune parts' false events in round 14,
one at confidence 0.89). The events stay; a later event of one trigger, of one code and target
with another source, has its confidence scaled by :data:`LATER_FACTOR`, so it keeps out of
the confident bin. A pass after the confidence is set (pipeline.py), like the running dyad.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.model import Event

LATER_FACTOR = 0.5


def with_joined_subjects(events: Sequence[Event]) -> list[Event]:
    """``events`` (in their order) with the later joined-subject events of each trigger made
    less sure: the first is the one whose source comes first in the text."""
    first: dict[tuple[int, int, int, str, str | None], int] = {}
    for event in events:
        key = _trigger_key(event)
        if key is not None and event.source is not None:
            first[key] = min(first.get(key, event.source.start), event.source.start)
    return [_doubted(e) if (key := _trigger_key(e)) is not None and e.source is not None
            and e.source.start != first[key] else e for e in events]


def _trigger_key(event: Event) -> tuple[int, int, int, str, str | None] | None:
    if event.source is None:
        return None
    target = event.target.code if event.target is not None else None
    return (event.sentence, event.trigger.start, event.trigger.end, event.cameo, target)


def _doubted(event: Event) -> Event:
    if event.confidence is None:
        return event
    return replace(event, confidence=round(event.confidence * LATER_FACTOR, 3))
