"""Who is criticised: the sides of criticism and complaints (CAMEO 11), issues 17 and 18 (r9-17m).

The general target rule reads the verb's object and then the object noun's prepositions, which
suits acts done to someone ("sanctions on X") but not judgements of an act: what is condemned is
the act, so the one criticised is whoever did it, not whom it was done to.

- "condemned the attack on Y", "denounced the killing of Y": the act's author when the text
  names one ("the attack on Y by X", "the arrest of Y by X", "the attack, which was carried
  out by X", "X's attack on Y", "the Russian strike on Y"), else no
  target at all: Y is the victim, and the critic does not criticise it;
- "Russia blamed the attack on Ukraine", "the attack was blamed on X": the one an act is
  blamed on is the target;
- "complained about the decision at a meeting in Geneva": a place where the criticism was
  voiced is no side of it (a bystander); a place hung on the object is ("criticised the
  treatment of minorities in Latvia").

The other constructions of the brief already read right through the general roles and are
pinned by table tests: "criticised the decision by X", "X's decision", "the X government's
policy" (the object's owner), "accused X of Y-ing", "blamed X for Y" (the ACCUSE frame).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex, is_passive, not_possessive
from redline.events.sector_actors import LOCATION_PREPS, place_prep
from redline.events.triggers import Hit
from redline.model import Actor

CRITICISM_ROOT = "11"
# nouns of harmful acts: a criticism of such an act is aimed at its author, not its victim
HARM_ACTS = frozenset({
    "attack", "assault", "strike", "airstrike", "raid", "bombing", "shelling", "shooting",
    "killing", "murder", "assassination", "massacre", "execution", "invasion", "incursion",
    "annexation", "occupation", "offensive", "aggression", "violence", "abuse", "torture",
    "crackdown", "arrest", "detention", "imprisonment", "abduction", "kidnapping", "expulsion",
    "persecution", "harassment", "intimidation", "interference", "meddling", "blockade",
    "siege", "hacking", "cyberattack", "poisoning", "mistreatment", "deportation",
})
AUTHOR_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def criticised(index: ActorIndex, hit: Hit, sources: list[Actor],
               targets: list[Actor]) -> list[Actor]:
    """The targets of a criticism (CAMEO 11) verb, corrected for the constructions above;
    other events' targets unchanged."""
    if (hit.code or "")[:2] != CRITICISM_ROOT or hit.entry.pos != "verb":
        return targets
    act = harm_object(hit.tok)
    if act is not None:
        return blamed_on(index, hit.tok, act) or act_authors(index, act)
    own = {(a.start, a.end) for a in sources}  # left for role_pairs, which pairs no actor
    kept = [a for a in targets if (a.start, a.end) in own or not voiced_in(index, a, hit.tok)]
    return kept or object_author(index, hit.tok)


def object_author(index: ActorIndex, verb: Token) -> list[Actor]:
    """An active verb's "by" phrase after its object names the object's author, where the
    parser hangs it on the verb ("criticised the decision by Sweden"); "by doing" is a means."""
    if is_passive(verb) or not any(c.dep_ == "dobj" for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and not any(
                c.dep_ == "pcomp" or c.tag_ == "VBG" for c in prep.children):
            return index.pobj_actors(prep)
    return []


# where a criticism is voiced; "at" is left out: "lashed out at X", "took shots at X"
VOICED_PREPS = LOCATION_PREPS - {"at"}
OCCASION_PREPS = LOCATION_PREPS | {"during", "on"}  # "at a meeting", "during a visit"


def voiced_in(index: ActorIndex, actor: Actor, verb: Token) -> bool:
    """The actor is named as the place the criticism was voiced in ("in Geneva"): its
    preposition hangs on the verb or on a place or occasion phrase of the verb ("at a meeting
    in Geneva"), not on the object ("the treatment of minorities in Latvia")."""
    prep = place_prep(index.first_token(actor), actor)
    if prep is None or prep.lower_ not in VOICED_PREPS:
        return False
    head = prep.head
    return head.i == verb.i or (head.dep_ == "pobj" and head.head.head.i == verb.i
                                and head.head.lower_ in OCCASION_PREPS)


def harm_object(verb: Token) -> Token | None:
    """The verb's object (a passive verb's subject) when it names a harmful act."""
    deps = ("nsubjpass",) if is_passive(verb) else ("dobj",)
    for obj in verb.children:
        if obj.dep_ in deps and obj.lemma_.lower() in HARM_ACTS:
            return obj
    return None


def blamed_on(index: ActorIndex, verb: Token, act: Token) -> list[Actor]:
    """"blamed the attack on X", "the attack was blamed on X": the one blamed."""
    if verb.lemma_.lower() != "blame":
        return []
    for prep in [*verb.children, *act.children]:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            found = index.pobj_actors(prep)
            if found:
                return found
    return []


def act_authors(index: ActorIndex, act: Token) -> list[Actor]:
    """Who did the act: a "by" agent in its noun phrase or its relative clause, else an owner
    or modifier naming an actor ("Russia's attack", "the Russian strike"); none when the text
    names no author."""
    for by in _by_phrases(act):
        found = index.pobj_actors(by)
        if found:
            return found
    mods = [a for c in act.children if c.dep_ in AUTHOR_DEPS for a in index.np(c)]
    return not_possessive(index, mods)


def _by_phrases(noun: Token, depth: int = 0) -> list[Token]:
    """The "by" phrases of a noun phrase ("the arrest of Y by X", where "by" may hang on Y)
    and the agent of its relative clause ("the attack, which was carried out by X")."""
    found: list[Token] = []
    for child in noun.children:
        if child.lower_ == "by" and child.dep_ in ("prep", "agent"):
            found.append(child)
        elif child.dep_ == "relcl" and depth == 0:
            found += [g for g in child.subtree if g.lower_ == "by" and g.dep_ == "agent"]
        elif child.dep_ == "prep" and depth < 2:
            found += [b for g in child.children if g.dep_ == "pobj"
                      for b in _by_phrases(g, depth + 1)]
    return found
