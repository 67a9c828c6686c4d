"""Who suffers an agentless passive act told in a dependent clause (issue 17, r6-17n):
"150 Indians returned home after being deported", "the activists, who fear being arrested
again", "they were detained and later deported": the passive verb has no subject of its
own, so the one acted on is the subject its clause inherits."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import (
    PASSIVE_SUBJ,
    SUBJ,
    ActorIndex,
    agent_actors,
    subject_tokens,
)
from redline.model import Actor

INHERITING = frozenset({"pcomp", "xcomp", "conj", "advcl"})


def inherited_patients(index: ActorIndex, verb: Token) -> list[Actor]:
    """The actors a subjectless passive ``verb`` acts on (see the module doc), else []."""
    if verb.pos_ != "VERB" or verb.dep_ not in INHERITING or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ or c.dep_ == "agent"
           for c in verb.children):
        return []
    return [a for s in subject_tokens(verb) for a in index.np(s)]


def _shared_passive(verb: Token) -> bool:
    """A past participle coordinated with a passive verb, sharing its auxiliary ("were
    detained and later deported"): passive too, though it has no auxiliary of its own."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in head.children) and not any(
        c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ or c.dep_ in ("aux", "auxpass")
        for c in verb.children)


def shared_passive_roles(index: ActorIndex,
                         verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(agents, patients) of a participle sharing a passive's auxiliary, else None: the
    passive subject it inherits is the one acted on, not the actor."""
    if verb.pos_ != "VERB" or not _shared_passive(verb):
        return None
    patients = [a for s in subject_tokens(verb) for a in index.np(s)]
    return (agent_actors(index, verb), patients) if patients else None
