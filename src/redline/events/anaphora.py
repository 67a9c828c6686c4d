"""Event nouns that name again an event told before: "Russia and China held talks in
Beijing. ... The talks, set to end on Tuesday, also cover ..." -- "the talks" are the same
talks, between the same parties. A definite or plural event noun with no actor of its own
takes the roles of the nearest earlier event of the same kind (same CAMEO root and PLOVER
type) within a few sentences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.model import Actor, Event

if TYPE_CHECKING:
    from redline.events.roles import ActorIndex

REACH = 8  # sentences back
DEFINITE = frozenset({"the", "these", "those", "this", "that"})
OWN_PREPS = frozenset({"of", "on", "in", "at", "against", "near", "with", "between"})


def definite(tok: Token) -> bool:
    """"the talks", "these protests", "talks" (a bare plural), not "a meeting"."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets:
        return dets[0] in DEFINITE
    return tok.tag_ == "NNS"


def earlier_roles(prior: Sequence[Event], code: str, plover: str | None,
                  sentence: int) -> tuple[Actor | None, Actor | None] | None:
    """(source, target) of the nearest earlier event of the same kind, or None."""
    event = earlier_event(prior, code, plover, sentence)
    return None if event is None else (event.source, event.target)


def earlier_event(prior: Sequence[Event], code: str, plover: str | None,
                  sentence: int) -> Event | None:
    """The nearest earlier asserted event of the same kind with a source, or None."""
    for event in reversed(prior):
        if event.sentence >= sentence or sentence - event.sentence > REACH:
            continue
        if event.cameo_root == code[:2] and event.plover == plover and (
                event.source is not None) and not event.negated and not event.hypothetical:
            return event
    return None


def names_another(index: ActorIndex, tok: Token, earlier: Event) -> bool:
    """Whether the noun's own phrase names a place or party that the earlier event's sentence
    does not, nor its sides' countries ("China retaliated against the U.S. ... the shelling of
    Kyiv": another shelling; "talks in Geneva ... the talks in Geneva", "Russia attacked
    Ukraine ... the attack on Kyiv": the same event) (r14-18, r14-ra)."""
    sents = list(tok.doc.sents)
    if earlier.sentence >= len(sents):
        return False
    told = sents[earlier.sentence].text.lower()
    sides = {a.country for a in (earlier.source, earlier.target) if a is not None and a.country}
    return any(p.text.lower() not in told and not _within(index.np(p), sides)
               for p in _named_objects(tok))


def _within(actors: Sequence[Actor], countries: set[str]) -> bool:
    """Actors all of the earlier event's sides' countries ("Kyiv" after "Ukraine")."""
    return bool(actors) and all(a.country in countries for a in actors)


def _named_objects(tok: Token) -> list[Token]:
    """Proper nouns heading the objects of the noun's own prepositions ("of Kyiv")."""
    return [o for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in OWN_PREPS
            for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
