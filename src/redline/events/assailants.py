"""Acts of force by unnamed assailants (issue 17, r9-17c): mob violence and its like.

"A mob beat up two men", "angry villagers lynched a suspected thief", "two vigilantes were
beaten up by a mob", "bandits have killed seven people", "unidentified armed men gunned down a
doctor": an act of force whose doer is a mob, a crowd, vigilantes, bandits or unidentified
armed men, and where neither side is a coded actor (gunmen, assailants and rioters are the
sector rules' armed doers, left to them). The act is told (CASE 2021's
MOB_VIOL and ATTACK snippets are made of such sentences); both sides are left empty, as for the
agentless passives of :mod:`redline.events.agentless`, which calls :func:`unnamed_assailant`
only when the roles gave no source-target pair at all.

The doer is the subject of the verb (an active verb, or a participle's subject inherited through
``subject_tokens``) or the "by" agent of a passive. A bare "people", "men" or "residents" is no
assailant (too often victims or bystanders): men and persons count only when armed, masked,
unidentified or unknown ("armed men", "unknown gunmen"), local people only when angry ("angry
residents", "irate youths"), and a group only of assailants ("a group of rioters").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import subject_tokens
from redline.events.sector_actors import sector_words
from redline.events.triggers import Hit

# force (18 assault, 19 fight, 20 mass violence), property destroyed (1712), riots (145)
FORCE_CODES = ("18", "19", "20", "1712", "145")
ASSAILANTS = frozenset({"mob", "crowd", "vigilante", "bandit", "thug", "hooligan", "looter",
                        "arsonist", "lyncher", "gang", "horde"})
# a man or a person is an assailant only with one of these modifiers ("armed men")
UNNAMED = frozenset({"armed", "masked", "unidentified", "unknown", "hooded", "gun-toting"})
PERSONS = frozenset({"man", "person", "individual", "youth"})
# people are a mob when angry ("angry residents killed six men", "irate youths")
ANGRY = frozenset({"angry", "irate", "enraged", "furious", "rampaging", "frenzied"})
LOCALS = frozenset({"resident", "villager", "youth", "local", "people", "man", "woman",
                    "protester", "demonstrator", "worker", "student", "supporter"})
GROUPS = frozenset({"group", "band", "gang", "crowd"})
# the sector rules' armed doers ("gunmen", "assailants", "rioters": REB, OPP) are theirs:
# they code them, or rule them out where the text names states (sector_actors.py)
ARMED_SECTORS = frozenset({"REB", "OPP", "MIL", "COP"})


def unnamed_assailant(hit: Hit) -> bool:
    """An act of force (:data:`FORCE_CODES`) whose doer is an unnamed assailant."""
    tok = hit.tok
    if not (hit.code or "").startswith(FORCE_CODES) or tok.pos_ != "VERB":
        return False
    armed = {w for w, sector in sector_words().items() if sector in ARMED_SECTORS}
    return any(_assailant(d) and d.lower_ not in armed and d.lemma_.lower() not in armed
               for d in _doers(tok))


def _doers(verb: Token) -> list[Token]:
    """The "by" agent's noun of a passive, else the active subject (none for an agentless
    passive: its subject is the victim)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    if agents or _passive(verb):
        return agents
    return [s for s in subject_tokens(verb) if s.dep_ not in ("nsubjpass", "csubjpass")]


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


def _assailant(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in ASSAILANTS or noun.lower_ in ASSAILANTS:
        return True
    if lemma in PERSONS and any(c.dep_ == "amod" and c.lower_ in UNNAMED
                                for c in noun.children):
        return True
    if lemma in LOCALS and any(c.dep_ == "amod" and c.lower_ in ANGRY for c in noun.children):
        return True
    if lemma in GROUPS:  # "a group of rioters", "a band of armed men"
        return any(_assailant(p) for c in noun.children if c.dep_ == "prep"
                   and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
    return False
