"""Names given in criticism: "X called Y a liar" (issue 17, eleventh round, 17b).

A named actor who calls, brands or labels another named actor with an evaluative word of
``data/evaluations.txt`` criticises it (111) or, with a word of crime, accuses it of crime
(1121): "Trump called Obama a liar", "Tehran branded the group terrorists", "he calls Libya a
disaster". Praise given the same way ("called him a hero") is praise (051).

The one named is the verb's object ("called him a liar") or, where the parser hangs it on the
predicate, the predicate's name modifier ("called [the Saudis free riders]"). No act when the
clause is negated, modal, conditional or asked, when the one named is the caller, or when
the sentence already holds an event of that type. Things called names ("called the remarks
racist") are no actors and make no event here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from redline.events.codebook import lookup
from redline.events.evaluations import _verdict
from redline.events.modality import plain_statement, sentence_asks
from redline.events.records import spoken_event
from redline.events.roles import ActorIndex, source_actors
from redline.model import Actor, Event
from redline.model import Span as TextSpan

NAMING_VERBS = frozenset({"call", "brand", "label"})
PREDICATE_DEPS = frozenset({"oprd", "attr", "xcomp", "ccomp"})
NAMED_DEPS = frozenset({"dobj", "dative"})


def named_events(index: ActorIndex, sent: Span, si: int, doc_id: str,
                 prior: Sequence[Event]) -> list[Event]:
    """The criticism, accusations and praise given as names in ``sent``."""
    if sentence_asks(sent):
        return []
    taken = {e.plover for e in prior if e.sentence == si}
    out: list[Event] = []
    for verb in sent:
        found = _naming(index, verb, sent)
        if found is None:
            continue
        pred, code, source, target = found
        if lookup(code).plover in taken:
            continue
        taken.add(lookup(code).plover)
        span = TextSpan(verb.text, verb.idx, verb.idx + len(verb.text))
        out.append(spoken_event(span, code, source, target, si, doc_id))
    return out


def _naming(index: ActorIndex, verb: Token,
            sent: Span) -> tuple[Token, str, Actor, Actor] | None:
    """(predicate, code, caller, one named) of a naming verb, or None."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.pos_ != "VERB":
        return None
    if not plain_statement(verb, sent) or any(c.dep_ == "prep" for c in verb.children):
        return None  # "called for", "called on": appeals, not names
    found = _predicate(verb)
    if found is None:
        return None
    pred, code = found
    sources = [a for a in source_actors(index, verb) if a.code]
    targets = [a for a in _named(index, verb, pred) if a.code]
    if len(sources) != 1 or len(targets) != 1 or _same(sources[0], targets[0]):
        return None
    return pred, code, sources[0], targets[0]


def _predicate(verb: Token) -> tuple[Token, str] | None:
    """The name given and its code: an object predicate ("a liar"), or an evaluative object
    that carries the one named as a modifier ("the Saudis free riders")."""
    for child in verb.children:
        if child.dep_ in PREDICATE_DEPS | NAMED_DEPS and child.pos_ in ("NOUN", "ADJ"):
            code = _verdict(child)
            if code is not None:
                return child, code
    return None


def _named(index: ActorIndex, verb: Token, pred: Token) -> list[Actor]:
    """The actor given the name: the verb's object, else a name hung on the predicate."""
    objects = [c for c in verb.children if c.dep_ in NAMED_DEPS and c.i != pred.i]
    if objects:
        return index.np(objects[0])
    mods = [c for c in pred.children if c.dep_ in ("nmod", "poss", "compound") and c.i < pred.i]
    return index.np(mods[0]) if mods else []


def _same(source: Actor, target: Actor) -> bool:
    """The caller itself or its own state (two people of one code are two actors)."""
    return target.code == source.country or (source.start, source.end) == (
        target.start, target.end)
