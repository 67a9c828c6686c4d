"""Transnational armed groups coded by where they operate (issue 18, the article gold).

The gold guidelines code an armed group without a state by the country where it operates
plus REB ("the Islamic State in Iraq" -> IRQREB), where our knowledge gives CAMEO's
international militarized group (IMG: the Islamic State, al-Qaeda). For an event's sides,
such a group takes the state named in an "in" phrase after it in its sentence ("battling the
Islamic State in Iraq and Syria": Iraq), else the one state its sentence names; with neither
it stays IMG.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from redline.events.sector_actors import state_actor
from redline.model import Actor

TRANSNATIONAL = "IMG"


def _operating(doc: Doc, group: Actor, states: list[Actor]) -> str | None:
    """The country of the first state after "in" following the group, else of the one
    state named in the sentence."""
    for state in states:
        if state.start < group.end:
            continue
        span = doc.char_span(state.start, state.end, alignment_mode="expand")
        head = span.root if span is not None and len(span) else None
        while head is not None and head.dep_ == "conj":
            head = head.head
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "in":
            return state.country
    countries = {s.country for s in states}
    return countries.pop() if len(countries) == 1 else None


def operating_countries(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` with transnational groups placed where their sentence says they operate."""
    if not any(a.code.startswith(TRANSNATIONAL) for a in actors):
        return list(actors)
    out = list(actors)
    for i, a in enumerate(out):
        if not a.code.startswith(TRANSNATIONAL):
            continue
        if a.sentence is None:
            continue
        states = [s for s in actors if s.sentence == a.sentence and state_actor(s)
                  and s.kind == "state"]
        country = _operating(doc, a, states)
        if country:
            sector = a.code[len(TRANSNATIONAL):] or "REB"
            out[i] = replace(a, code=country + sector, country=country, sector=sector)
    return out
