"""One record per trigger, code and coded sides (``review._one_per_trigger``): several
mentions of one side acting through one trigger ("the president and the ministers all urged")
are one event; different sides, codes, triggers, or people of unknown country stay apart.
Events built by hand, no model needed."""

from __future__ import annotations

import pytest

from redline.events.review import _one_per_trigger
from redline.model import Actor, Event, Span


def actor(code: str | None, start: int, name: str = "") -> Actor | None:
    if code is None:
        return None
    return Actor(text=name or code, start=start, end=start + 3, name=name or code, code=code,
                 country=code[:3], sector=code[3:] or None, kind="person")


def event(src: Actor | None, tgt: Actor | None, cameo: str = "020",
          trigger_start: int = 50) -> Event:
    return Event(id=f"e{trigger_start}{cameo}", sentence=0, source=src, target=tgt,
                 cameo=cameo, cameo_root=cameo[:2], plover="REQUEST", goldstein=3.0,
                 quad_class=1, trigger=Span(text="urged", start=trigger_start,
                                            end=trigger_start + 5))


PRESIDENT = actor("DEUGOV", 0, "the president")
MINISTER = actor("DEUGOV", 20, "the defence minister")
FRANCE = actor("FRAGOV", 70, "France")
RUSSIA = actor("RUSGOV", 90, "Russia")
UNKNOWN_A = actor("---GOV", 0, "a minister")
UNKNOWN_B = actor("---GOV", 20, "another minister")

# (events of one sentence, how many are kept)
CASES = [
    # two mentions of one coded side, same trigger, code and target: one record
    ([event(PRESIDENT, FRANCE), event(MINISTER, FRANCE)], 1),
    # the same with no target, and with no source
    ([event(PRESIDENT, None), event(MINISTER, None)], 1),
    ([event(None, actor("USAGOV", 0, "Trump")), event(None, actor("USAGOV", 20, "Pence"))], 1),
    # different targets of one source by name stay one (the earlier rule), by code too
    ([event(PRESIDENT, FRANCE), event(PRESIDENT, RUSSIA)], 1),
    # different coded sources: two records
    ([event(PRESIDENT, None), event(FRANCE, None)], 2),
    # different codes of one trigger: two records
    ([event(PRESIDENT, FRANCE, "020"), event(MINISTER, FRANCE, "111")], 2),
    # different triggers: two records
    ([event(PRESIDENT, FRANCE, trigger_start=50), event(MINISTER, FRANCE, trigger_start=60)], 2),
    # people of unknown country are not known to be the same side
    ([event(UNKNOWN_A, FRANCE), event(UNKNOWN_B, FRANCE)], 2),
]


@pytest.mark.parametrize(("events", "kept"), CASES)
def test_events_review_records_one_per_coded_sides(events: list[Event], kept: int) -> None:
    assert len(_one_per_trigger(events, set())) == kept


def test_events_review_records_keeps_the_first() -> None:
    first, second = event(PRESIDENT, FRANCE), event(MINISTER, FRANCE)
    assert _one_per_trigger([first, second], set()) == [first]
