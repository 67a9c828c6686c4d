"""Unnamed members of a state's bodies as speakers: 'Israeli officials', 'a Mexican official'.

The actors stage codes such a mention by its state and sector (ISRGOV, USAMIL) and names it
after the state ('Israel'), as a person. As a quote's speaker that reads as if a person
called Israel had spoken. The quote stage names it by what the article calls it instead
('Israeli officials', 'Mexican official'), with the same code and kind. A mention headed
by a name ('Netanyahu'), or whose actor has an office or a name other than its state's, is
left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from redline.actors import knowledge_base
from redline.model import Actor

_LEADING = frozenset({"DET", "NUM", "PRON"})  # 'an Israeli official', 'two officials', 'his'


def _state_named(actor: Actor) -> bool:
    """An actor named after the state it is coded to, with no office: a member unnamed."""
    if actor.kind != "person" or actor.office or not actor.country:
        return False
    kb = knowledge_base()
    return kb.is_state(actor.country) and actor.name == kb.country_name(actor.country)


def _described(span: Span) -> str | None:
    """The description without its leading determiner, when a common noun heads it."""
    head = span.root
    if head.pos_ != "NOUN" or head.ent_type_ == "PERSON":
        return None
    words = list(span)
    while words and words[0].pos_ in _LEADING and words[0].i != head.i:
        words = words[1:]
    text = span.doc[words[0].i:head.i + 1].text if words else ""
    return text or None


def member_speaker(doc: Doc, actor: Actor) -> Actor:
    """The actor named by its description when it is an unnamed member of a state's body."""
    if not _state_named(actor):
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    name = _described(span) if span is not None and len(span) else None
    if name is None:
        return actor
    return replace(actor, name=name)


def member_speakers(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """Every actor through ``member_speaker``."""
    return [member_speaker(doc, actor) for actor in actors]
