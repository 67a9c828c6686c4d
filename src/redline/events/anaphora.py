"""Event nouns that name again an event told before: "Russia and China held talks in
Beijing. ... The talks, set to end on Tuesday, also cover ..." -- "the talks" are the same
talks, between the same parties. A definite or plural event noun with no actor of its own
takes the roles of the nearest earlier event of the same kind (same CAMEO root and PLOVER
type) within a few sentences."""

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
    return tok.tag_ == "NNS"


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
