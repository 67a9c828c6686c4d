"""Criticism drawn, faced or earned: the roles run against the subject -> object order.

"X drew criticism from Y", "X faced condemnation from Y", "X's plan sparked a backlash from
Y", "X came under criticism from Y": Y criticises X (CAMEO 111). The critic is the actor of the
"from" phrase (on the noun or on the verb), the one criticised the verb's subject. Without a
"from" actor no event is made: who criticised is the event's point.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.lexicon import Entry
from redline.events.roles import ActorIndex, source_actors
from redline.events.triggers import Hit
from redline.model import Actor

DRAW_VERBS = frozenset({"draw", "attract", "face", "earn", "receive", "incur", "invite",
                        "provoke", "spark", "trigger", "prompt"})
UNDER_VERBS = frozenset({"come", "be"})
CRITICISM = frozenset({"criticism", "condemnation", "rebuke", "censure", "backlash", "ire",
                       "scorn", "derision", "ridicule", "flak", "reproach", "denunciation"})
DRAWN = Entry("noun", "criticism", (), None, "111")


NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _from_preps(noun: Token) -> list[Token]:
    """The "from" phrases naming a critic, on the criticism noun or on its verb ("came under
    criticism from": the verb is the head of "under")."""
    verb = noun.head.head if noun.head.lower_ == "under" else noun.head
    heads = (noun, verb)
    return [p for t in heads for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
            and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in NAMED)
                    for o in p.children)]


def _criticism_noun(verb: Token) -> Token | None:
    """The criticism noun a drawing verb takes ("drew criticism") or that a "come under"
    puts the subject under ("came under criticism")."""
    lemma = verb.lemma_.lower()
    if lemma in DRAW_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in CRITICISM), None)
    if lemma in UNDER_VERBS:
        return next((p for prep in verb.children if prep.dep_ == "prep"
                     and prep.lower_ == "under" for p in prep.children
                     if p.dep_ == "pobj" and p.lemma_.lower() in CRITICISM), None)
    return None


def drawn_hits(sent: Span, hits: dict[int, Hit]) -> None:
    """Add a criticism (CAMEO 111) for each criticism noun drawn by the verb's subject from a
    named critic: the trigger runs from the verb to the noun ("drew criticism"), the noun's
    own hit gives way, and ``drawn_roles`` reads the roles."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or (verb.i in hits and hits[verb.i].code):
            continue
        noun = _criticism_noun(verb)
        if noun is None or not _from_preps(noun):
            continue
        if noun.i in hits:
            hits[noun.i].consumed = True
        hits[verb.i] = Hit(verb, DRAWN, noun, code=DRAWN.code, resolved=True,
                           extra={"drawn": str(noun.i)})


def drawn_roles(index: ActorIndex, hit: Hit) -> tuple[list[Actor], list[Actor]]:
    """(critics, criticised): the "from" actors, and the drawing verb's subject."""
    noun = hit.tok.doc[int(hit.extra["drawn"])]
    critics = [a for p in _from_preps(noun) for a in index.pobj_actors(p)]
    criticised = source_actors(index, hit.tok)
    return critics, [a for a in criticised if a not in critics]
