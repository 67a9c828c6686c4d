"""An event noun whose actor is named in the clause that describes it: "the nuclear test
that North Korea conducted" (the relative clause's subject), "the test announced by North
Korea", "complaints voiced by X" (a participle's agent)."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex, agent_actors, source_actors
from redline.events.triggers import Hit
from redline.model import Actor

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def _object_gap(clause: Token) -> bool:
    """The relative clause's object is the noun itself (its relative pronoun or nothing)."""
    objs = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(o.tag_ in ("WDT", "WP") for o in objs)


def relative_agents(index: ActorIndex, noun: Token) -> list[Actor]:
    """The actor of a relative clause or participle describing ``noun``."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            found = agent_actors(index, clause)
            if found:
                return found
        if clause.dep_ != "relcl" or clause.pos_ != "VERB" or not _object_gap(clause):
            continue
        subj = [s for s in clause.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")]
        found = [a for s in subj for a in index.np(s)]
        if found:
            return found
    return []


def object_relative_agents(index: ActorIndex, verb: Token, sources: list[Actor]) -> list[Actor]:
    """"condemned the test that North Korea conducted": the object's actor is the target."""
    if verb.pos_ != "VERB":
        return []
    own = {(a.start, a.end) for a in sources}
    return [a for obj in verb.children if obj.dep_ == "dobj"
            for a in relative_agents(index, obj) if (a.start, a.end) not in own and a.country]


def content_subjects(index: ActorIndex, hit: Hit) -> list[Actor]:
    """"demand assurances that Washington will stop ...": a demand's object whose content
    clause names who is to act; that actor is the one asked."""
    verb = hit.tok
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                found = [a for s in clause.children if s.dep_ == "nsubj" for a in index.np(s)]
                if found:
                    return found
    return []


def reporter_actors(index: ActorIndex, tok: Token) -> list[Actor]:
    """Whoever reports the clause of ``tok`` ("officials in Beijing predicted that the
    president will ..."): the subject of the nearest verb its that-clause hangs from."""
    cur = tok
    for _ in range(4):
        if cur.dep_ != "ccomp" or cur.head.i == cur.i:
            return []
        cur = cur.head
        found = source_actors(index, cur)
        if found:
            return found
    return []
