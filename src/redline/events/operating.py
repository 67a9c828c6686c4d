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

from spacy.tokens import Doc, Token

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
    countries = {s.country for s in states if not _adversary(doc, group, s)}
    return countries.pop() if len(countries) == 1 else None


def _head(doc: Doc, actor: Actor) -> Token | None:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _verbs_over(token: Token) -> list[Token]:
    """The verb governing ``token`` and the verbs it is the complement of ("began conducting
    airstrikes on X": conducting, began)."""
    node: Token | None = token
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head is not node:
        node = node.head
    verbs: list[Token] = []
    while node is not None and node.pos_ in ("VERB", "AUX"):
        verbs.append(node)
        node = node.head if node.dep_ in ("xcomp", "conj") and node.head is not node else None
    return verbs


def _adversary(doc: Doc, group: Actor, state: Actor) -> bool:
    """Whether ``state`` is the subject of the verb acting on ``group`` ("the United States
    began conducting airstrikes on Islamic State targets"): the group's adversary, which names
    no place where it operates (r16-18a)."""
    g, s = _head(doc, group), _head(doc, state)
    if g is None or s is None or s.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return s.head in _verbs_over(g) and s.i < g.i


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
