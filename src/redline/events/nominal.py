"""Nominal events whose agent the parser hangs in the wrong place."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex, source_actors
from redline.model import Actor


def by_after_of(index: ActorIndex, tok: Token) -> list[Actor]:
    """"the arrest of X by Y": the parser often attaches the agent's "by" to X, the object of
    the event noun's "of"; the agent is still the event's source."""
    out: list[Actor] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for by in pobj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    out.extend(index.pobj_actors(by))
    return out


CLAIMS = frozenset({"claim", "accept", "admit", "take", "bear"})
CLAIMED = frozenset({"responsibility", "credit"})


def claimed_by(index: ActorIndex, tok: Token) -> list[Actor]:
    """"X claimed responsibility for the attack", "... for killing nine guards": the act
    claimed is X's (the claim itself is a second event, CAMEO 015)."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ != "for":
        return []
    noun = prep.head
    if noun.lemma_.lower() not in CLAIMED or noun.dep_ != "dobj":
        return []
    verb = noun.head
    return source_actors(index, verb) if verb.lemma_.lower() in CLAIMS else []
