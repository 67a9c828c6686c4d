"""Acts of force by unnamed assailants (issue 17, r9-17c): mob violence and its like.

"A mob beat up two men", "two suicide bombers blew themselves up", "angry villagers lynched a
suspected thief", "two vigilantes were beaten up by a mob", "bandits have killed seven people",
"unidentified armed men gunned down a doctor": an act of force whose doer is a mob, a crowd,
vigilantes, bandits or unidentified armed men, and where neither side is a coded actor (gunmen,
assailants and rioters are the sector rules' armed doers, left to them). The act is told (CASE
2021's MOB_VIOL and ATTACK snippets are made of such sentences); both sides are left empty, as
for the agentless passives of :mod:`redline.events.agentless`, which calls
:func:`unnamed_assailant` only when the roles gave no source-target pair at all.

The doer is the subject of the verb (an active verb, or a participle's subject inherited through
``subject_tokens``) or the "by" agent of a passive. A bare "people", "men" or "residents" is no
assailant (too often victims or bystanders): men and persons count only when armed, masked,
unidentified or unknown ("armed men", "unknown gunmen"), local people only when angry ("angry
residents", "irate youths"), and a group only of assailants ("a group of rioters"). A
sentence of sport, organised crime or fiction (:data:`NOT_POLITICAL`) has no assailant.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from redline.events.roles import is_passive, subject_tokens
from redline.events.sector_actors import sector_words
from redline.events.triggers import Hit

# force (18 assault, 19 fight, 20 mass violence), property destroyed (1712), riots (145)
FORCE_CODES = ("18", "19", "20", "1712", "145")
# gangs and thugs are crime's, a horde needs assailants ("a horde of looters")
ASSAILANTS = frozenset({"mob", "crowd", "vigilante", "bandit", "hooligan", "looter",
                        "arsonist", "lyncher", "bomber"})
# men and persons are assailants only many and with one of these modifiers ("armed men"; "an
# unknown man attacked a woman" is a crime)
UNNAMED = frozenset({"armed", "masked", "unidentified", "unknown", "hooded", "gun-toting"})
PERSONS = frozenset({"man", "person", "individual", "youth"})
# people are a mob when angry ("angry residents killed six men", "irate youths")
ANGRY = frozenset({"angry", "irate", "enraged", "furious", "rampaging", "frenzied"})
LOCALS = frozenset({"resident", "villager", "youth", "local", "people", "man", "woman",
                    "worker", "student", "supporter"})
GROUPS = frozenset({"group", "band", "horde"})
# a sentence of sport, crime or fiction is no political violence ("the crowd stormed the
# pitch", "the mob murdered a witness", "zombies attacked the town in the film")
NOT_POLITICAL = frozenset({
    "pitch", "match", "fan", "referee", "stadium", "game", "player", "whistle", "league",
    "witness", "mafia", "mobster", "heist", "extortion", "racket", "gang", "thug",
    "film", "movie", "novel", "zombie", "vampire"})
# the sector rules' armed doers ("gunmen", "assailants", "rioters": REB, OPP) are theirs:
# they code them, or rule them out where the text names states (sector_actors.py)
ARMED_SECTORS = frozenset({"REB", "OPP", "MIL", "COP"})


def unnamed_assailant(hit: Hit) -> bool:
    """An act of force (:data:`FORCE_CODES`) whose doer is an unnamed assailant, in a
    sentence of no sport, crime or fiction."""
    tok = hit.tok
    if not (hit.code or "").startswith(FORCE_CODES) or tok.pos_ != "VERB" or any(
            t.lemma_.lower() in NOT_POLITICAL for t in tok.sent):
        return False
    armed = _armed_words()
    return any(_assailant(d) and d.lower_ not in armed and d.lemma_.lower() not in armed
               for d in _doers(tok))


@cache
def _armed_words() -> frozenset[str]:
    return frozenset(w for w, sector in sector_words().items() if sector in ARMED_SECTORS)


def _doers(verb: Token) -> list[Token]:
    """The "by" agent's noun of a passive, else the active subject (none for an agentless
    passive: its subject is the victim)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    if agents or is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return agents
    return [s for s in subject_tokens(verb) if s.dep_ not in ("nsubjpass", "csubjpass")]


def _assailant(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in ASSAILANTS or noun.lower_ in ASSAILANTS:
        return True
    if lemma in PERSONS and noun.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.lower_ in UNNAMED for c in noun.children):
        return True
    if lemma in LOCALS and any(c.dep_ == "amod" and c.lower_ in ANGRY for c in noun.children):
        return True
    if lemma in GROUPS:  # "a group of rioters", "a band of armed men"
        return any(_assailant(p) for c in noun.children if c.dep_ == "prep"
                   and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
    return False
