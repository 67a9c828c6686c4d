"""Events told with no actor on either side (issue 17, r8-17c), called by
``extract._hit_events`` only when the roles give no source-target pair at all:

- acts of force in an agentless passive: "shops were torched", "several vehicles were set on
  fire", "a cache of weapons was seized", "chlorine was used";
- protests by unnamed people who are no sector ("detainees protested", "400 supporters staged
  a demonstration");
- acts of force by unnamed bombers ("two suicide bombers blew themselves up"), mobs and
  other unnamed assailants (assailants.py); weapons that went off or landed ("a grenade
  exploded", "mortar rounds landed": blasts.py, r15-17c); weapons seized by forces placed in
  no country ("the Metro Police seized rifles": unplaced_forces.py, r16-17c);
- verbal acts by a name no actor was found for ("Mr Porter rejected an allegation", "Jane
  Mabuza commented on the ruling": a CAMEO statement, 010; a bare "said" is no event), or by
  a pronoun standing for such a speaker ("Ms Rahimi said they agree": unknown_speakers.py).

An agentless passive of an unambiguous trigger (destroying property, taking weapons out of
use, bombing, chemical attack: :data:`AGENTLESS_CODES`) whose passive subject is a thing or
unnamed people is an event even when no actor is named: the unnamed side is left empty
(the gold's "unstated actor is null"). That rule holds only for a finite passive clause of
its own ("were torched", "have been looted"), not a participle describing a noun ("the
torched shops", "the destroyed bridge": background), not with a "by" agent (the parse's roles
decide those), not where nature or an accident is named as the cause in a phrase or clause on
the verb ("destroyed in the flood"; "damaged by fire" is left to the agent rule).

The other three rules (protests, bombers, unknown speakers) read the subject of any verb, a
participle's too ("detainees protesting in the yard were beaten" is a protest of no side);
they need no finite clause. With no side, these events' confidence stays under the default
threshold (0.1; at most about 0.08 in round 8's review): they show in the store and at
``--min-confidence 0``, not in the default output.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.accidents import ACCIDENTS as MISHAP_CAUSES
from redline.events.assailants import unnamed_assailant
from redline.events.blasts import blast_hit
from redline.events.casualty_attacks import casualty_attack
from redline.events.roles import PASSIVE_SUBJ, subject_tokens
from redline.events.sector_actors import sector_words
from redline.events.triggers import Hit
from redline.events.unknown_speakers import pronoun_of_unknown_speaker
from redline.events.unplaced_forces import unplaced_force
from redline.model import Actor

# destroy property, confiscate arms, bombings, chemical attack
AGENTLESS_CODES = frozenset({"1712", "1711", "183", "1831", "1832", "1833", "2041"})


# unnamed people who protest ("detainees protested", "hundreds of workers marched", "400
# supporters staged a demonstration"): the head of the subject
# (sector words, "activist", "teacher", are the sector rules' and left out)
PEOPLE = frozenset({"people", "person", "protester", "demonstrator", "supporter",
                    "detainee", "prisoner", "inmate", "student", "worker", "employee",
                    "resident", "villager", "citizen", "local", "farmer", "trader", "vendor",
                    "driver", "doctor", "nurse", "youth", "woman", "man", "mother",
                    "crowd", "hundred", "thousand", "dozen", "member", "opponent", "fan",
                    "follower", "migrant", "family", "relative", "survivor",
                    "veteran", "pensioner", "miner", "lawyer", "staff"})


def agentless_pairs(hit: Hit) -> list[tuple[Actor | None, Actor | None]]:
    """[(None, None)] for one of the module doc's cases (both sides left empty), else []."""
    if _agentless_force(hit) or _people_protest(hit) or _unknown_speaker(hit) or (
            unnamed_assailant(hit) or casualty_attack(hit)) or (
            blast_hit(hit) or unplaced_force(hit)):  # r9-17c (bombers too); r15-17c: "a
        # grenade exploded"; r16-17c: "the Metro Police seized rifles" (no country)
        return [(None, None)]
    return []


# words and positions (roots 01-13, 16): commented, appealed, rejected, criticised,
# threatened. Statements (01) have no PLOVER type but are CAMEO's (and ConfliBERT's class 0)
# events: dropping them cost ConfliBERT class 0 (tune 0.814 -> 0.770, check 0.780 -> 0.748)
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "16"})
NAMED = frozenset({"PERSON", "ORG"})


def _unknown_speaker(hit: Hit) -> bool:
    """"Mr Porter rejected an allegation", "Hun Many rejected accusations": a verbal act
    whose subject is a name no actor was found for (a private person or an unknown body); the
    act is told, its unknown side is left empty. Also a pronoun standing for such a speaker
    after a verb of saying ("Ms Rahimi said they agree with X": unknown_speakers.py)."""
    tok = hit.tok
    if (hit.code or "")[:2] not in VERBAL_ROOTS:
        return False  # (a bare "said" never gets here: extract drops SAY with no source)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":  # "said they are pessimistic" (r15-17c)
        return pronoun_of_unknown_speaker(tok.head)
    if tok.pos_ != "VERB":
        return False
    return any((s.ent_type_ in NAMED or s.pos_ == "PROPN") and s.dep_ == "nsubj"
               for s in subject_tokens(tok)) or pronoun_of_unknown_speaker(tok)


def _agentless_force(hit: Hit) -> bool:
    """"were torched", "was seized": an unambiguous act of force in an agentless passive."""
    tok = hit.tok
    if (hit.code or "") not in AGENTLESS_CODES or not _finite_passive(tok):
        return False
    return not any(c.dep_ == "agent" for c in tok.children) and not _mishap_cause(tok)


def _people_protest(hit: Hit) -> bool:
    """"detainees protested", "400 supporters staged a demonstration": a protest verb (root
    14) whose subject is unnamed people; a sector's people ("students", "workers") are left to
    the sector rules (sector_actors.py), which code them or rule them out."""
    tok = hit.tok
    if not (hit.code or "").startswith("14") or tok.pos_ != "VERB":
        return False
    sectors = sector_words()
    return any(s.lemma_.lower() in PEOPLE and s.lower_ not in sectors
               and s.lemma_.lower() not in sectors for s in subject_tokens(tok))


def _finite_passive(tok: Token) -> bool:
    """"were torched", "have been looted", "was set alight": a passive verb with its own
    auxiliary and passive subject."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ in PASSIVE_SUBJ for c in kids)


def _mishap_cause(tok: Token) -> bool:
    """A natural force or accident named as the cause, in a phrase or clause on the verb
    ("destroyed in the fire", "collapsed as the storm hit"); not "fire" in "set on fire" or
    in the passive subject ("fire trucks were torched")."""
    return any(t.lemma_.lower() in MISHAP_CAUSES for c in tok.children
               if c.dep_ in ("prep", "advcl") and c.lower_ != "on" for t in c.subtree)
