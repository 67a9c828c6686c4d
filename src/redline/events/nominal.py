"""Nominal events whose agent the parser hangs in the wrong place."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, load_lexicon
from redline.events.modality import clause_modality, upward_modality
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


RESPONSIBILITY = "RESPONSIBILITY"  # the lexicon's class of what is claimed (015)


def claimed_by(index: ActorIndex, tok: Token) -> list[Actor]:
    """"X claimed responsibility for the attack", "... for killing nine guards": the act
    claimed is X's (the claim itself is a second event, CAMEO 015). Only a claim asserted by
    a verb our lexicon codes as a claim of responsibility: "did not claim", "may claim" or "X
    said Iran bears responsibility" (an accusation) make no one the act's doer."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ != "for":
        return []
    noun, lex = prep.head, load_lexicon()
    if RESPONSIBILITY not in lex.classes_of(noun.lemma_.lower()) or noun.dep_ != "dobj":
        return []
    verb = noun.head
    return source_actors(index, verb) if _asserted_claim(lex, verb) else []


def _asserted_claim(lex: Lexicon, verb: Token) -> bool:
    entry = lex.match("verb", verb.lemma_.lower(), set(), {RESPONSIBILITY})
    if entry is None or entry.cls != RESPONSIBILITY:
        return False
    return (clause_modality(verb, reported=False) == "asserted"
            and upward_modality(verb) == "asserted")
