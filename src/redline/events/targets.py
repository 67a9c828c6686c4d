"""Who an event is done to or by, read off its trigger (split from extract.py): the targets
of a verb (its objects, a purpose clause's, a shared object, an addressee, a retreat's), the
targets of an event noun, and the sources an event noun names ("Iran's demand", "an attack by
X")."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.clause_targets import clause_targets
from redline.events.codebook import lookup
from redline.events.hit_modality import (
    noun_event,
)
from redline.events.nominal import by_after_of, claimed_by
from redline.events.noun_sides import (
    between_target,
)
from redline.events.relatives import (
    relative_agents,
)
from redline.events.resolution import resolve
from redline.events.responses import answered_by
from redline.events.roles import (
    COMPLAINT_PREPS,
    TARGET_PREPS,
    ActorIndex,
    source_actors,
    subject_tokens,
    target_actors,
)
from redline.events.sector_actors import (
    LOCATION_PREPS,
)
from redline.events.sent_forces import only_sent_objects, purpose_over_sent
from redline.events.triggers import Hit
from redline.model import Actor

# a protest's place is where it is held, not whom it is against, unless nothing else is
PROTEST_PREPS = tuple(p for p in TARGET_PREPS if p not in LOCATION_PREPS)
MOVED_CLASSES = frozenset({"TROOPS", "PEACEKEEPER", "INSPECTOR"})  # what is sent, not whom
RALLY = "053"
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her"})


def noun_sources(index: ActorIndex, tok: Token) -> list[Actor]:
    out: list[Actor] = []
    for child in tok.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            out.extend(index.np(child))
        if child.dep_ == "poss" and child.lower_ in PRONOUNS and tok.dep_ == "dobj" and not (
                _first_person_subject(tok.head)):  # "I reject their demand": not mine
            out.extend(source_actors(index, tok.head))  # "X reiterated its demand"
        if child.dep_ == "prep" and child.lower_ == "by":
            out.extend(index.pobj_actors(child))
    return (out or by_after_of(index, tok) or relative_agents(index, tok)
            or claimed_by(index, tok))


def _first_person_subject(verb: Token) -> bool:
    return any(s.lower_ in ("i", "we") for s in subject_tokens(verb))


FOLD_FRAMES = frozenset({"THREATEN", "INTENT", "PLAN", "WANT", "PREPARE", "APPEAL", "DEMAND",
                         "REJECT"})
STATIVE_FRAMES = frozenset({"REJECT", "INTENT", "PLAN", "WANT", "PREPARE"})
FRAMES_WITH_SPEAKER = frozenset({"SAY", "DENY", "CONSIDER", "PLAN", "WANT", "PREPARE", "INTENT"})


def stative(hit: Hit) -> bool:
    """A participle whose subject is its actor ("is opposed to", "were engaged in")."""
    return hit.entry.frame in STATIVE_FRAMES or "stative" in hit.extra


def hit_targets(index: ActorIndex, hits: dict[int, Hit], hit: Hit, depth: int = 0) -> list[Actor]:
    if hit.code == RALLY and depth == 0:  # "mobilized groups in X to support Y": for Y
        found = _purpose_targets(index, hits, hit.tok)
        if found:
            return found
    found = _own_targets(index, hits, hit, depth)
    if found or depth > 0:
        return found
    if hit.entry.frame is None:
        found = _purpose_targets(index, hits, hit.tok)
        if not found and (hit.code or "")[:2] == "14" and not noun_event(hit):
            found = target_actors(index, hit.tok)  # "rallied at the US embassy"
        return found or _shared_object_targets(index, hit.tok)
    comp = hit.comp
    if comp is not None and comp.pos_ == "VERB" and comp.i not in hits:
        return _purpose_targets(index, hits, comp)  # "willing to send arms to help defend X"
    return []


def _shared_object_targets(index: ActorIndex, tok: Token) -> list[Actor]:
    """"donated and delivered goods to X": a verb with no object of its own shares that of
    the verb coordinated after it."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "prep") for c in tok.children):
        return []
    for conj in tok.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and any(
                c.dep_ == "dobj" for c in conj.children):
            return target_actors(index, conj)
    return []


def _purpose_targets(index: ActorIndex, hits: dict[int, Hit], head: Token,
                     depth: int = 0) -> list[Actor]:
    """Who an act is aimed at, named in its purpose: "staged a strike to protest X", "blocked
    roads demanding that X ...", "in protest against X"."""
    for clause in head.children:
        if clause.dep_ == "prep" and clause.lower_ in ("in", "as"):
            clause = next((p for p in clause.children if p.dep_ in ("pobj", "pcomp")), clause)
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i not in hits and (
                depth < 2):  # "rioted, joining others in demanding X"
            found = _purpose_targets(index, hits, clause, depth + 1)
            if found:
                return found
        if clause.dep_ not in ("advcl", "xcomp", "pobj", "pcomp") or clause.i not in hits:
            continue
        sub = hits[clause.i]
        resolve(hits, sub)
        found = _own_targets(index, hits, sub, 1) or (
            _purpose_targets(index, hits, clause, depth + 1) if depth < 2 else []) or [
            a for v in clause.children if v.dep_ == "xcomp" and v.pos_ == "VERB"
            for a in target_actors(index, v)]  # "to help protect X"
        if found:
            return found
    return []


def _own_targets(index: ActorIndex, hits: dict[int, Hit], hit: Hit,
                 depth: int = 0) -> list[Actor]:
    """The trigger's own targets; else who its "that" clause is about ("complained that X")."""
    return _read_targets(index, hits, hit, depth) or clause_targets(index, hit)


def _read_targets(index: ActorIndex, hits: dict[int, Hit], hit: Hit,
                  depth: int = 0) -> list[Actor]:
    tok = hit.tok
    if hit.demand_of is not None:
        return [a for s in subject_tokens(hit.demand_of) for a in index.np(s)]
    if noun_event(hit):
        return (_noun_targets(index, tok) or between_target(index, tok, hit.code or "")
                or _addressee(index, hit) or answered_by(index, tok, hit.code))
    head = tok.head if tok.pos_ == "ADJ" else tok
    root = (hit.code or "")[:2]
    order = COMPLAINT_PREPS if root == "11" else PROTEST_PREPS if root == "14" else TARGET_PREPS
    moved = hit.entry.cls in MOVED_CLASSES or root == "15"
    own = target_actors(index, head, order, stative=stative(hit), moved=moved)
    if moved and only_sent_objects(head, own):  # "send troops to fight the Kurds" (r13-17)
        own = purpose_over_sent(head, own, _purpose_targets(index, hits, head))
    if not own and tok.dep_ == "acomp":  # "is opposed to X"
        own = target_actors(index, tok.head, order)
    if hit.comp is None or depth > 4:
        return own or _condition_subjects(index, hit)
    direct = [a for c in head.children if c.dep_ in ("dobj", "dative") for a in index.np(c)
              if index.at(c) is not None]
    if hit.frame in ("APPEAL", "DEMAND"):
        direct += [a for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                   for a in index.pobj_actors(c)]
    if not direct and hit.frame in ("APPEAL", "DEMAND"):
        direct = _retreating(index, hits, hit.comp)
    direct = direct or _object_agents(index, head)
    if not direct and hit.comp.pos_ == "NOUN" and hit.comp.i != tok.i:
        direct = noun_sources(index, hit.comp)  # "opposed French mediation": its author
    if direct:
        return direct
    clause = hit.comp.head if hit.comp.dep_ == "acomp" else hit.comp  # "must be ready to"
    if hit.frame in ("APPEAL", "DEMAND") and clause.dep_ in ("ccomp", "xcomp", "advcl"):
        subj = [a for s in clause.children if s.dep_ == "nsubj" for a in index.np(s)]
        if subj:
            return subj
    sub = hits.get(hit.comp.i)
    inner = _not_own_subject(index, head, hit_targets(index, hits, sub, depth + 1)) if (
        sub is not None) else []
    if not inner and hit.comp.pos_ in ("VERB", "AUX") and hit.frame in FOLD_FRAMES:
        inner = target_actors(index, hit.comp)  # "threatened to resume attacks in X"
    return inner or own or _condition_subjects(index, hit)


def _not_own_subject(index: ActorIndex, head: Token, found: list[Actor]) -> list[Actor]:
    """"Russia rejected the demand": the demand is made of Russia (responses.py), but the
    rejection is not Russia's of itself; a verb's own subject is not its inherited target."""
    own = {(a.start, a.end) for s in subject_tokens(head) for a in index.np(s)}
    return [a for a in found if (a.start, a.end) not in own]


def _retreating(index: ActorIndex, hits: dict[int, Hit], comp: Token) -> list[Actor]:
    """"demanded the withdrawal of Serbian forces from Bosnia": a demand for a retreat is
    made of whoever is to retreat (the "of" actor), not of the place left."""
    sub = hits.get(comp.i)
    if sub is None or comp.pos_ != "NOUN" or not sub.code or lookup(sub.code).plover != (
            "RETREAT"):
        return []
    return [a for c in comp.children if c.dep_ == "prep" and c.lower_ == "of"
            for a in index.pobj_actors(c)]


def _addressee(index: ActorIndex, hit: Hit) -> list[Actor]:
    """Who a demand or appeal is made of: the subject of its clause ("its demand that X ...")."""
    comp = hit.comp
    if hit.frame not in ("APPEAL", "DEMAND") or comp is None or comp.dep_ not in (
            "ccomp", "xcomp", "acl"):
        return []
    return [a for s in comp.children if s.dep_ == "nsubj" for a in index.np(s)]


def _object_agents(index: ActorIndex, head: Token) -> list[Actor]:
    """"rejected an offer from X", "demanded an admission by X": the object's author."""
    for obj in head.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                found = index.pobj_actors(prep)
                if found:
                    return found
    return []


def _condition_subjects(index: ActorIndex, hit: Hit) -> list[Actor]:
    """A threat's target named in its condition: "threatened to strike unless X ..."."""
    if hit.frame != "THREATEN" and not (hit.code or "").startswith("13"):
        return []
    clauses = [*hit.tok.children, *(hit.comp.children if hit.comp is not None else ())]
    for clause in clauses:
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                          for m in clause.children):
            return [a for s in subject_tokens(clause) for a in index.np(s)]
    return []


NOUN_TARGET_PREPS = ("on", "against", "of", "to", "with", "into", "in", "from")


def _noun_targets(index: ActorIndex, tok: Token) -> list[Actor]:
    return index.prep_actors(tok, NOUN_TARGET_PREPS)
