"""Actors: a time-aware knowledge base of states, organisations, people and commitments,
and the resolution of actor mentions in a parsed document."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase, knowledge_base
from redline.actors.lookup import lookup_actor
from redline.actors.queries import (
    ActorAnswer,
    AllianceAnswer,
    AmbiguousNameError,
    CoverageAnswer,
    alliance_members,
    coverage,
)
from redline.actors.user import UserKnowledge, load_user_dictionaries
from redline.model import Actor


def resolve_actors(
    doc: Doc, *, published: str | None, knowledge: UserKnowledge | None = None
) -> list[Actor]:
    """Every actor mention in ``doc``, resolved to a coded actor as of ``published``.

    ``knowledge`` (from ``load_user_dictionaries``) adds users' PETRARCH actor/agent
    dictionaries; our own knowledge wins where both match (see ``redline.actors.user``).
    """
    from redline.actors.resolve import resolve

    return resolve(doc, published=published, knowledge=knowledge)


__all__: Sequence[str] = [
    "ActorAnswer",
    "AllianceAnswer",
    "AmbiguousNameError",
    "CoverageAnswer",
    "KnowledgeBase",
    "UserKnowledge",
    "alliance_members",
    "coverage",
    "knowledge_base",
    "load_user_dictionaries",
    "lookup_actor",
    "resolve_actors",
]
