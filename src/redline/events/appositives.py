"""Relative clauses on an appositive description: "Hamas, a group that has attacked Israel
...", "Mr. Smith, an envoy who met the rebels ...": the clause's subject is the description,
which names no actor of its own; the name it stands beside does (r10-17s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.model import Actor

if TYPE_CHECKING:
    from redline.events.roles import ActorIndex


def described_name(index: ActorIndex, noun: Token, clause: Token) -> list[Actor]:
    """The actors of the name an appositive common ``noun`` describes, when ``clause`` is a
    relative clause on ``noun`` (empty otherwise)."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or clause.dep_ != "relcl" or (
            clause.head.i != noun.i):
        return []
    return index.np(noun.head)
