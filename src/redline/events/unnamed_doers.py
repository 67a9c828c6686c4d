"""A place is where an act of force happened, not who did it (issue 18, r15-18).

The location fallback (:func:`redline.events.fallbacks.location_actors`) lets the state named
where an act took place stand in for its unnamed party ("has been put under investigation in
Italy": ITA; "prisoners rioted at a jail in Dili": TLS). For coercion and force (CAMEO 17-20)
whose doer is told as the active subject but names no actor, the text says the doer is someone
unknown, not the state: "Hackers hit banks in Estonia", "a cyber attack hit banks in
Estonia", "a suicide bomber killed 20 people in Baghdad" have no source (Estonia and Iraq
are where, and the victims' side: the place becomes the target of an act that has none).
Agentless acts keep the fallback ("was arrested in Italy"), and so do passives told by their
"by" agent ("were killed by an improvised explosive device outside of the Iraqi city of
Basra": PLOVER's gold codes Iraq as the source), and protests and investigations (roots 09,
14), whose unnamed people are local.

The same holds for a place named inside that subject's own phrase when the doer is an attack
or a weapon, not people: "a shooting in Paris killed three people" (the parse hangs "in
Paris" on the noun, and the noun phrase's actors were taken as the source): the place is
the target of an act that has none. People keep theirs: "gunmen in Pakistan", "hackers in
Russia" name who, not only where.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import PASSIVE_SUBJ, ActorIndex, is_passive, subject_tokens
from redline.model import Actor

FORCE_ROOTS = ("17", "18", "19", "20")
# doers that are an attack or a weapon, not people: their "in X" is where
THINGS = frozenset({
    "attack", "assault", "shooting", "bombing", "blast", "explosion", "bomb", "device",
    "strike", "airstrike", "shelling", "raid", "ambush", "gunfire", "fire", "rocket",
    "missile", "mortar", "grenade", "mine", "drone", "cyberattack", "shell", "landmine"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "on", "across"})
# groups of people who are where they act (a crowd's force, like its protest, is the place's
# people: "protesters attacked the embassy in Niger"); their place keeps standing in for them
LOCALS = frozenset({"protester", "demonstrator", "rioter", "mob", "crowd", "villager",
                    "resident", "student", "worker", "supporter", "farmer", "youth",
                    "prisoner", "inmate", "detainee", "local"})


def told_doer(verb: Token, code: str) -> bool:
    """An act of coercion or force at ``verb`` whose doer is told as its active subject."""
    subjects = _subjects(verb)
    return code.startswith(FORCE_ROOTS) and bool(subjects) and not any(
        s.lemma_.lower() in LOCALS for s in subjects)


def where_not_who(verb: Token, code: str, places: list[Actor],
                  targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Sources and targets of an act with no source, given the ``places`` where it happened:
    the place as the source (the fallback), or, with a told doer, no source and the place as
    the target when the act has none (the victims' side: "hackers attacked websites in
    Georgia"), so that the act is still told."""
    if not told_doer(verb, code):
        return places, targets
    return [], targets or places


def _subjects(verb: Token) -> list[Token]:
    """The active subject of the verb (none for a passive or a participle on a noun)."""
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb) or (
            verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return []
    return [s for s in subject_tokens(verb) if s.dep_ not in PASSIVE_SUBJ]


def placed_roles(index: ActorIndex, verb: Token, code: str, sources: list[Actor],
                 targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Sources and targets without the states named only as where an attack or weapon subject
    was ("a shooting in Paris killed three"): they are no source, and the target of an act
    that has none."""
    if not sources or not code.startswith(FORCE_ROOTS):
        return sources, targets
    where = {t.i for d in _subjects(verb) if d.lemma_.lower() in THINGS and index.at(d) is None
             for p in d.children if p.dep_ == "prep" and p.lower_ in LOCATIVE
             for t in p.subtree}
    if not where:
        return sources, targets
    placed = [a for a in sources if (tok := index.first_token(a)) is not None and tok.i in where]
    kept = [a for a in sources if a not in placed]
    return kept, targets or ([] if kept else placed)
