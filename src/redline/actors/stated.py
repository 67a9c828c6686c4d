"""People of no known country in a story about one state.

"Austria's interior minister said ... Interior Minister Wolfgang Peschorn, who serves in a
provisional government": a titled person the knowledge base does not know comes out
``---GOV`` when nothing near the name gives a country (``context.sentence_country`` takes
the one state of the sentence). Where the story is about one state (named at least twice and
in at least half of the state mentions, as ``events.sector_actors.story_country`` reads it),
such a person is that state's: wire and newspaper stories name foreigners by their country
and leave the home country unsaid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.actors.context import UNKNOWN
from redline.actors.kb import KnowledgeBase
from redline.actors.queries import make_code
from redline.model import Actor


def _stateless_person(actor: Actor) -> bool:
    return actor.kind == "person" and actor.code.startswith(UNKNOWN) and not actor.country


def with_story_country(kb: KnowledgeBase, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` with people of no country given the story's state, when one dominates."""
    if not any(_stateless_person(a) for a in actors):
        return list(actors)
    from redline.events.sector_actors import story_country

    country = story_country(actors)
    if country is None or not kb.is_state(country):
        return list(actors)
    return [replace(a, country=country, code=make_code(kb, country, a.sector))
            if _stateless_person(a) else a for a in actors]
