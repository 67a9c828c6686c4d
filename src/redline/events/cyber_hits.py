"""Cyber attacks told by what they hit (issue 17, r14-17n).

"A cyber attack crippled the power plant", "the ministry's servers were hit by a cyberattack",
"Estonia's banks, disabled by cyber attacks": a cyber-attack noun (a lexicon noun coded 170,
"cyber attack", "cyberattack", "cyber warfare") that is the subject of a verb of damage, or its
"by" agent, is the coercion (170, PLOVER COERCE) of whatever that verb hits. The event is put
on the verb, so that what is hit (its object or passive subject) is the target; the noun's
own hit is absorbed. Without this, "hit by a cyber attack" was coded as an armed attack (190,
from "hit") and "a cyber attack crippled X" as no event at all (the noun has no side).

Only damage verbs count ("a cyber attack prompted talks" is no damage), and a verb that codes
another act already is left alone unless it is one of the damage verbs themselves.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.lexicon import Entry
from redline.events.triggers import Hit

CYBER_CODE = "170"
CYBER = Entry("verb", "cyber attack", (), None, CYBER_CODE)
# verbs of damage a cyber attack is told by ("crippled", "knocked out", "took down")
DAMAGE = frozenset({
    "hit", "strike", "cripple", "disable", "paralyze", "paralyse", "knock", "shut", "disrupt",
    "target", "affect", "compromise", "damage", "infect", "penetrate", "breach", "down",
    "crash", "halt", "take", "bring", "sabotage", "black", "cut", "plague",
    "overwhelm", "wipe", "erase"})
# "took down", "brought down", "knocked out", "shut down", "cut off", "wiped out", "blacked out"
PARTICLE_ONLY = frozenset({"take", "bring", "knock", "shut", "cut", "wipe", "black"})
DAMAGE_PARTICLES = frozenset({"down", "out", "off"})  # not "took up", "brought up" (r14-ra)
AGENT_DEPS = frozenset({"agent", "prep"})


def cyber_hits(sent: Span, hits: dict[int, Hit]) -> None:
    """Put a cyber attack's coercion on the verb of damage it is the doer of (module doc)."""
    if not any(h.entry.pos == "noun" and h.entry.code == CYBER_CODE for h in hits.values()):
        return  # most sentences name no cyber attack: no scan of their words
    for tok in sent:
        if not _damage_verb(tok):
            continue
        noun = _cyber_doer(tok, hits)
        if noun is None:
            continue
        hits[noun.i].consumed = True
        hits[tok.i] = Hit(tok, CYBER, tok, code=CYBER_CODE, resolved=True)


def _damage_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in DAMAGE:
        return False
    if tok.lemma_.lower() in PARTICLE_ONLY:  # "took down", not "took part", "took up"
        return any(c.dep_ == "prt" and c.lower_ in DAMAGE_PARTICLES for c in tok.children)
    return True


def _cyber_doer(verb: Token, hits: dict[int, Hit]) -> Token | None:
    """The cyber-attack noun that is ``verb``'s active subject or its "by" agent."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _cyber_noun(verb.head, hits):
        return verb.head  # "cyber attacks targeting the ministry"
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive and _cyber_noun(child, hits):
            return child
        if child.dep_ in AGENT_DEPS and child.lower_ == "by":
            noun = next((p for p in child.children if p.dep_ == "pobj"), None)
            if noun is not None and _cyber_noun(noun, hits):
                return noun
    return None


def _cyber_noun(tok: Token, hits: dict[int, Hit]) -> bool:
    hit = hits.get(tok.i)
    return hit is not None and hit.entry.pos == "noun" and hit.entry.code == CYBER_CODE
