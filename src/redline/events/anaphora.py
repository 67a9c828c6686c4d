"""Event nouns that name again an event told before: "Russia and China held talks in
Beijing. ... The talks, set to end on Tuesday, also cover ..." -- "the talks" are the same
talks, between the same parties. A definite or plural event noun with no actor of its own
takes the roles of the nearest earlier event of the same kind (same CAMEO root and PLOVER
type) within a few sentences.

A bare plural in a generic statement names a kind of act, not the act told before: "Tariffs
are a tax", "consumers are the victims of tariffs", "backers of tariffs say" (the clause is in
the simple present with no time of its own, or the noun qualifies another noun)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from redline.model import Actor, Event

REACH = 8  # sentences back
DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def definite(tok: Token) -> bool:
    """"the talks", "these protests", "talks" (a bare plural), not "a meeting"."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets:
        return dets[0] in DEFINITE
    return tok.tag_ == "NNS" and not generic(tok)


OF_KIND = frozenset({"of", "from", "for", "against"})
OWN_PARTS = frozenset({"poss", "agent", "acl", "relcl", "appos"})
EPISODIC_AUX = frozenset({"will", "would", "'ll", "have", "has", "had", "was", "were", "did"})


def generic(tok: Token) -> bool:
    """A bare plural read as a kind, with no author or clause of its own: it qualifies
    another noun ("victims of tariffs", "backers of tariffs"), or its clause is a plain
    present with no aux and no date ("Tariffs are a tax"); not "talks continued", "talks will
    resume", "complaints by the minister that ..."."""
    if any(c.dep_ in OWN_PARTS or (c.dep_ == "prep" and c.lower_ in ("by", "between"))
           for c in tok.children):
        return False  # "complaints by the secretary that ...": that act, told again
    if tok.dep_ == "pobj" and tok.head.lower_ in OF_KIND and tok.head.head.pos_ in (
            "NOUN", "PROPN"):
        return True
    verb = _clause_verb(tok)
    if verb is None or not _plain_present(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in EPISODIC_AUX
                   for c in verb.children) and not any(
        c.ent_type_ in ("DATE", "TIME") for c in verb.subtree)


def _plain_present(verb: Token) -> bool:
    """"are", "hit", and a base form with a subject and no aux (the tagger's "introduce")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    kids = {c.dep_ for c in verb.children}
    return verb.tag_ == "VB" and "nsubj" in kids and not kids & {"aux", "auxpass"}


def _clause_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def earlier_roles(prior: Sequence[Event], code: str, plover: str | None,
                  sentence: int) -> tuple[Actor | None, Actor | None] | None:
    """(source, target) of the nearest earlier event of the same kind, or None."""
    for event in reversed(prior):
        if event.sentence >= sentence or sentence - event.sentence > REACH:
            continue
        if event.cameo_root == code[:2] and event.plover == plover and (
                event.source is not None) and not event.negated and not event.hypothetical:
            return event.source, event.target
    return None
