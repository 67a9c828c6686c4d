"""Where an event took place, not who took part: a capital named after "in" or "at".

"a conversation in Warsaw between X and Y", "meetings in Beijing", "talks held at Moscow": the
capital after a locative preposition is the venue, and the actor stage's reading of it as its
state's government (a metonym elsewhere: "Moscow said") is no side of the event. A country
after "in" stays a candidate ("intervened in Syria", "invested in Iran") (r12-18).
"""

from __future__ import annotations

from functools import lru_cache

from redline.model import Actor

LOCATIVE = frozenset({"in", "at"})


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from redline.actors import knowledge_base

    kb = knowledge_base()
    return frozenset(c.lower() for s in kb.states.values() for c in s.capitals)


def is_venue(actor: Actor) -> bool:
    """A state's actor read from its capital's name ("Warsaw" for Poland)."""
    return actor.kind == "state" and actor.text.strip().lower() in _capitals()


def without_venues(prep: str, actors: list[Actor]) -> list[Actor]:
    """The actors after ``prep``, less the capitals named as venues after "in" and "at"."""
    if prep not in LOCATIVE:
        return actors
    return [a for a in actors if not is_venue(a)]
