"""Last-resort roles, used only when the parse gives an event no actor for a role.

- Location stands in for an unnamed party (CAMEO's convention for unattributed acts): "was
  killed by a roadside bomb outside the Iraqi city of Basra" (source IRQ), "has been put under
  investigation in Italy" (source ITA), "prisoners rioted at a jail in Dili" (source TLS). Only
  for acts whose unnamed actor is usually local: investigations and arrests, protests, coercion
  and violence (roots 09, 14, 17-20).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex
from redline.events.sector_actors import LOCATION_PREPS, state_actor
from redline.model import Actor

LOCATED_ROOTS = frozenset({"09", "14", "17", "18", "19", "20"})


def location_actors(index: ActorIndex, heads: list[Token], code: str) -> list[Actor]:
    """States named where the act at ``heads`` (the verb, and the event noun of a light verb:
    "put under investigation in X") took place ("in X", "outside the X city of Y"), for acts
    whose unnamed party is local; the first such state only."""
    if code[:2] not in LOCATED_ROOTS:
        return []
    # one level inside the verb's own phrase too: "put under investigation in X"
    inner = [p for h in heads for c in h.children if c.dep_ == "prep"
             and c.lower_ not in LOCATION_PREPS for p in c.children if p.dep_ == "pobj"]
    for child in (c for head in [*heads, *inner] for c in head.children):
        if child.dep_ != "prep" or child.lower_ not in LOCATION_PREPS:
            continue
        found = [a for a in index.pobj_actors(child) if state_actor(a)
                 and a.kind != "person"]  # "shot down in his jet": no place
        if not found:
            found = [a for g in child.children if g.dep_ == "prep"
                     for a in index.pobj_actors(g) if state_actor(a)]  # "outside of"
        if found:
            return found[:1]
    return []


PRESSURE = frozenset({"pressure", "call", "demand", "appeal", "request", "plea", "protest",
                      "criticism", "opposition", "objection", "urging", "ultimatum"})
AGAINST = frozenset({"against", "at"})


def adjunct_targets(index: ActorIndex, tok: Token, code: str,
                    protest_nouns: frozenset[int]) -> list[Actor]:
    """A target named in the circumstances of the act: "refused to resign despite pressure
    by X" (a rejection of X's demand), "threw stones during demonstrations against X" (a
    protest aimed at X); ``protest_nouns`` are the sentence's protest event nouns."""
    clauses = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]  # "refused to resign"
    for prep in (c for clause in clauses for c in clause.children):
        if prep.dep_ != "prep":
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            if code[:2] == "12" and prep.lower_ == "despite" and (
                    noun.lemma_.lower() in PRESSURE):
                found = _authors(index, noun)
            elif code[:2] == "14" and prep.lower_ in ("during", "in") and (
                    noun.i in protest_nouns):
                found = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in AGAINST
                         for a in index.pobj_actors(p)]
            else:
                continue
            if found:
                return found
    return []


def _authors(index: ActorIndex, noun: Token) -> list[Actor]:
    """Who exerts the pressure: "pressure by/from X", "X's pressure", "US pressure"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found = index.pobj_actors(child)
            if found:
                return found
    return [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
            for a in index.np(c)]


PROPOSALS = frozenset({"proposal", "plan", "offer", "request", "demand", "call", "appeal",
                       "invitation", "initiative", "idea", "suggestion", "bid", "ultimatum",
                       "overture", "formula", "draft", "scheme", "roadmap"})


def proposal_targets(index: ActorIndex, tok: Token, code: str,
                     sources: list[Actor]) -> list[Actor]:
    """A rejection of a proposal that names no proposer is aimed at whoever the proposal is
    about: "rejected a call for its forces to be deployed in X", "rejected an invitation to a
    meeting of X's factions" (the first actor inside the proposal, not the rejecter)."""
    if code[:2] != "12":
        return []
    own = {(a.start, a.end) for a in sources}
    for obj in tok.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in PROPOSALS:
            continue
        for inner in obj.subtree:
            actor = index.at(inner)
            if actor is None or (actor.start, actor.end) in own or (
                    inner.dep_ == "poss" and inner.pos_ == "PRON"):
                continue
            return [actor]
    return []
