"""Reciprocal events: "A and B accused each other" is A against B and B against A."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.model import Event

EACH_OTHER = (("each", "other"), ("one", "another"))


def says_each_other(tok: Token) -> bool:
    """The trigger's object, or the object of one of its prepositions, is "each other" or
    is what belongs to each other ("attacked each other's policies")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj"]
    return any(_each_other(o) or any(_each_other(c) for c in o.lefts) for o in objs) or (
        _each_subject(tok) and any(_the_other(o) for o in objs))


def _each_subject(tok: Token) -> bool:
    """r6-17q: the subject is "each" of a pair ("each side blamed the other")."""
    return any(s.dep_ == "nsubj" and any(c.lower_ == "each" and c.dep_ == "det"
                                        for c in s.children) for s in tok.children)


def _the_other(tok: Token) -> bool:
    """"the other" (side), the object of a trigger whose subject is "each"."""
    return tok.lower_ == "other" and any(c.lower_ == "the" for c in tok.children)


def _each_other(tok: Token) -> bool:
    """"each other", "one another", also as a possessor ("each other's policies")."""
    return tok.i > 0 and (tok.doc[tok.i - 1].lower_, tok.lower_) in EACH_OTHER


def reciprocal(tok: Token, events: list[Event]) -> list[Event]:
    """Give each target-less event of a reciprocal trigger the other sources as targets."""
    if len(events) < 2 or not says_each_other(tok):
        return events
    sources = [e.source for e in events if e.source is not None and e.target is None]
    if len({s.code for s in sources}) < 2:
        return events
    out: list[Event] = []
    for event in events:
        if event.target is not None or event.source is None:
            out.append(event)
            continue
        other = next(s for s in sources if s.code != event.source.code)
        out.append(replace(event, target=other))
    return out
