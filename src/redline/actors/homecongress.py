"""A bare "Congress" in a story about another state whose legislature is a congress.

"Congress" alone is a metonym of the US legislature (USALEG). In a story about Peru ("Peru's
president faced a new impeachment vote. Congress voted on Thursday to remove him") it is
Peru's. Where a story names no US actor besides such mentions, and the state it is about
(``events.sector_actors.story_country``, counted without them) has a national legislature
named a congress (``states.csv`` tag ``congress``), a bare "Congress" or "the Congress" is
that state's legislature (r16-18a). "Congress" with a name around it ("the US Congress",
"Colombia's Congress", "the Congress party") is left to the rules that read those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.actors.kb import KnowledgeBase
from redline.actors.queries import make_code
from redline.model import Actor

CONGRESS_TAG = "congress"
US_LEGISLATURE = "USALEG"
HOME = "USA"


def bare_congress(actor: Actor) -> bool:
    """Whether ``actor`` is the US legislature read from "Congress" or "the Congress" alone."""
    words = actor.text.lower().split()
    return actor.code == US_LEGISLATURE and words in (["congress"], ["the", "congress"])


def home_congress(kb: KnowledgeBase, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` with a bare "Congress" given the story's state, where that state's
    legislature is a congress and no other US actor is named."""
    if not any(bare_congress(a) for a in actors):
        return list(actors)
    rest = [a for a in actors if not bare_congress(a)]
    if any(a.country == HOME for a in rest):
        return list(actors)
    from redline.events.sector_actors import story_country

    country = story_country(rest)
    state = kb.states.get(country or "")
    if state is None or CONGRESS_TAG not in state.tags:
        return list(actors)
    code = make_code(kb, state.iso3, "LEG")
    return [replace(a, country=state.iso3, code=code, name=kb.country_name(state.iso3))
            if bare_congress(a) else a for a in actors]
