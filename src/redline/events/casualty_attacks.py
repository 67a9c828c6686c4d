"""Attacks told by their casualties (issue 17, r9-17c), with no actor on either side.

"Six people were killed in a grenade attack", "a villager was injured in a bomb attack", "the
office was targeted in a rocket attack", "a grenade attack killed ten people", "gun attacks
have left seven people dead", "a chemical attack that killed 40 civilians": an attack noun
(CAMEO 18, 19 or 20) whose sentence tells who was hurt by it. The attack is an event even
though no doer is named; both sides are left empty (the gold's "unstated actor is null"), as
for the agentless passives of :mod:`redline.events.agentless`.

The attack noun is the subject of a casualty verb, the antecedent of a relative clause headed
by one, or the object of "in", "during" or "with" on one. A blast, an explosion or a fire is
no attack (accidents are told the same way: "killed in an explosion at a chemical plant"), nor
a heart or a shark attack, nor anything the lexicon does not code as force.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.hit_modality import event_modality, speaker_hit
from redline.events.noun_modality import noun_modality
from redline.events.records import make_event
from redline.events.triggers import Hit
from redline.model import Event

FORCE_ROOTS = ("18", "19", "20")
CASUALTY = frozenset({"kill", "injure", "wound", "hurt", "maim", "die", "leave", "claim",
                      "target", "murder", "slay"})
PREPS = frozenset({"in", "during", "with"})
# an attack of the body or by an animal ("a heart attack", "a shark attack")
NOT_FORCE = frozenset({"heart", "cardiac", "panic", "asthma", "anxiety", "allergic", "shark",
                       "dog", "bear", "animal", "wolf", "crocodile", "snake", "bee"})
NOT_ATTACKS = frozenset({"explosion", "blast", "fire", "crash", "accident", "collapse",
                         "stampede"})


def casualty_attack(hit: Hit) -> bool:
    """An attack noun told by its casualties (the module doc's positions)."""
    tok = hit.tok
    if tok.pos_ != "NOUN" or not (hit.code or "").startswith(FORCE_ROOTS):
        return False
    if tok.lemma_.lower() in NOT_ATTACKS or any(
            c.dep_ in ("compound", "amod") and c.lower_ in NOT_FORCE for c in tok.children):
        return False
    return _subject_of_casualty(tok) or _casualty_adjunct(tok)


def _casualty(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CASUALTY


def _subject_of_casualty(tok: Token) -> bool:
    """"a grenade attack killed ten people", "an attack that killed 40 civilians"."""
    if tok.dep_ == "nsubj" and _casualty(tok.head):
        return True
    return any(c.dep_ == "relcl" and _casualty(c) for c in tok.children)


def _casualty_adjunct(tok: Token) -> bool:
    """"were killed in a grenade attack", "was injured during an armed raid"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in PREPS and (
        _casualty(prep.head))


def casualty_events(hits: dict[int, Hit], hit: Hit, si: int, doc_id: str,
                    asks: bool) -> list[Event]:
    """The event of an attack noun that no actor goes with (extract's nouns that are not
    standalone: in an adjunct, or with no side of their own), both sides empty."""
    if not casualty_attack(hit) or speaker_hit(hits, hit.tok) is not None:
        return []
    mod = noun_modality(hit.tok, event_modality(hits, hit, asks))
    return [make_event(hit, None, None, si, doc_id, 0, mod, None, hit.code or "")]
