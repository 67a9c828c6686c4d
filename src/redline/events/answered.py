"""Targets a sentence leaves to the story before it (issue 18, r8-18b: missing sides).

- A reply or retaliation names no one when its target was told just before: "Russia expelled
  two British diplomats. Britain retaliated ..." -- the target of "retaliated" is the one who
  last acted on Britain (else the last other party named as a source).
- Rejecting or denying "the accusation", "the charges", "the claims", "it": the target is who
  made them, the last other party told as a source.

Only events with a source and no target are touched, and only from events of the same or the
last ``REACH`` sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.model import Actor, Event

REACH = 2  # sentences back
# verbs whose act answers one done before
REPLIES = frozenset({"retaliate", "respond", "reply", "react", "counter", "answer", "hit",
                     "strike", "fire", "lash"})
BACK = frozenset({"hit", "strike", "fire", "lash"})  # only with "back"/"out"
# verbs whose object names what another said or did ("rejected the accusation")
REBUTTALS = frozenset({"reject", "deny", "dismiss", "rebuff", "refute", "rebut", "deflect",
                       # judging what another did ("Egypt condemned the strike")
                       "condemn", "denounce", "criticize", "criticise", "decry", "deplore",
                       "slam", "blast", "welcome", "praise", "hail", "applaud", "oppose",
                       "protest", "endorse"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
OBJECT_PRONOUNS = frozenset({"it", "them", "this", "that"})


def with_answered_targets(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` with the targets of replies and rebuttals filled from the events before."""
    out: list[Event] = []
    for event in events:
        out.append(_answered(doc, event, out) or event)
    return out


def _answered(doc: Doc, event: Event, prior: Sequence[Event]) -> Event | None:
    if event.source is None or event.target is not None or not event.asserted:
        return None
    verb = _trigger(doc, event)
    if verb is None or not answers(verb):
        return None
    other = answered_party(event.source, event.sentence, prior)
    return None if other is None else replace(event, target=other)


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return None if span is None else span.root


def answers(verb: Token) -> bool:
    """"retaliated", "hit back", "responded", "rejected the accusation", "denied it"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in REPLIES:
        return lemma not in BACK or any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out")
                                        for c in verb.children)
    return lemma in REBUTTALS and any(_said_before(c) for c in verb.children
                                      if c.dep_ == "dobj")


def _said_before(obj: Token) -> bool:
    """An object that points back: "the accusation", "these claims", "it"."""
    if obj.lower_ in OBJECT_PRONOUNS:
        return True
    dets = [c.lower_ for c in obj.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in DEFINITE and not any(
        c.dep_ in ("prep", "acl", "relcl", "poss", "compound") for c in obj.children)


def answered_party(source: Actor, sentence: int, prior: Sequence[Event]) -> Actor | None:
    """The last party, other than ``source``'s side, who acted on it (else who acted at all)
    in the last ``REACH`` sentences."""
    near = [e for e in reversed(prior) if 0 <= sentence - e.sentence <= REACH
            and e.asserted and e.source is not None and _side(e.source) is not None
            and _side(e.source) != _side(source)]
    on_us = [e for e in near if e.target is not None and _side(e.target) == _side(source)]
    chosen = (on_us or near)[:1]
    return chosen[0].source if chosen else None


def _side(actor: Actor) -> str | None:
    return actor.country or (actor.code or "")[:3].strip("-") or None
