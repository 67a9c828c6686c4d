"""'It' for events (issue 18, r8-18b, Must-hold 4): a state or a body told again as "it".

"China accused Japan of provocations. It also warned Tokyo ..." -- the actors stage leaves
"it" alone (mostly a thing); for the event stage, an "it" that is a clause's subject stands
for the last state or body (not a person, not a plural) that was the subject of a clause in
the same sentence or the one before, and an "it" that is an object for the last such actor
named there that is not its own clause's subject ("Washington accused it of ..."). An "it"
of weather, time or a copula ("it is clear that", "it seems") stands for nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.model import Actor

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "pobj", "dative"})
EMPTY_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take", "make",
                         "happen", "matter", "rain", "mean", "cost", "look", "sound"})
BODY_KINDS = frozenset({"state", "igo", "other"})


def with_it(doc: Doc, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` plus an actor at each "it" that stands for a state or a body."""
    taken = {a.start for a in actors}
    added = [found for tok in doc if tok.lower_ == "it" and tok.idx not in taken
             for found in [_resolve(tok, actors)] if found is not None]
    if not added:
        return list(actors)
    return sorted([*actors, *added], key=lambda a: (a.start, a.end))


def _resolve(tok: Token, actors: Sequence[Actor]) -> Actor | None:
    if tok.dep_ in SUBJECTS:
        if tok.head.lemma_.lower() in EMPTY_HEADS:
            return None
        ante = _last(tok, actors, lambda t: t.dep_ in SUBJECTS)
    elif tok.dep_ in OBJECTS:
        own = {s.i for s in tok.head.children if s.dep_ in SUBJECTS} if tok.dep_ != "pobj" \
            else {s.i for s in tok.head.head.children if s.dep_ in SUBJECTS}
        ante = _last(tok, actors, lambda t: t.i not in own)
    else:
        return None
    if ante is None:
        return None
    return replace(ante, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                   sentence=_sentence(tok))


def _last(tok: Token, actors: Sequence[Actor],
          slot: Callable[[Token], bool]) -> Actor | None:
    """The last body (state, organisation) named before ``tok`` in its sentence or the one
    before whose head word passes ``slot``."""
    doc = tok.doc
    lo = doc[max(tok.sent.start - 1, 0)].sent.start
    for actor in reversed(actors):
        if actor.start >= tok.idx or actor.start < doc[lo].idx:
            continue
        head = _head(doc, actor)
        if head is None or actor.kind not in BODY_KINDS or not actor.code or (
                actor.code.startswith("---")) or head.tag_ in ("NNS", "NNPS"):
            continue
        if slot(head):
            return actor
    return None


def _head(doc: Doc, actor: Actor) -> Token | None:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return None if span is None else span.root


def _sentence(tok: Token) -> int:
    return sum(1 for sent in tok.doc.sents if sent.start <= tok.i) - 1
