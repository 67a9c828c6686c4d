"""A description and the name set beside it: 'The State Department spokesman, Robert
Palladino, said', "Trump's attorney, Alan Garten, said". The actors stage may read the
description as its office's holder on the day (the White House press secretary for any
'spokesman'), and a possessor is the first person in the mention; the name the text gives
in apposition to the description is who spoke. With no name beside it, "Lavrov's spokesman
said" still speaks for Lavrov."""

from __future__ import annotations

from spacy.tokens import Token

from redline.model import Actor
from redline.quotes.index import ActorIndex


def _description(head: Token) -> bool:
    """Whether the mention's head is a singular common noun outside any name ('spokesman'),
    or 'one of' a group ('One of his advisers, Tad Devine'); not 'senators', whose list of
    names beside them is the group speaking."""
    if head.lower_ == "one":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)
    return head.tag_ == "NN" and head.ent_type_ != "PERSON"


def named_beside(head: Token, best: Actor, index: ActorIndex) -> Actor | None:
    """The person named in apposition to the description ``head`` when the speaker found,
    ``best``, is someone else; None when ``head`` is a name or no name is set beside it."""
    if not _description(head):
        return None
    for tok in head.rights:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN":
            continue
        for actor in index.overlapping(tok.idx, tok.idx + len(tok.text)):
            if actor.kind == "person" and actor is not best \
                    and not actor.start <= head.idx < actor.end:
                return actor
    return None
