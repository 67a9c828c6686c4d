""""X wants Y to do Z": an act wanted of another actor is a request of that actor (issue 17,
r6-17n). "Beijing wants Trump to eliminate the tariffs" asks something of Trump; "Beijing
wants to eliminate the tariffs" (no one else named to act) stays Beijing's intention."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events import frames
from redline.events.roles import ActorIndex
from redline.events.triggers import Hit

WANTING = frozenset({"want", "wish"})
SELF = frozenset({"i", "we", "it", "they", "he", "she", "itself", "themselves"})


def _other_doer(index: ActorIndex, verb: Token, comp: Token) -> bool:
    """The complement clause names its own doer, not the one who wants ("wants Germany to do
    more"), and that doer is an actor's noun phrase: not a pronoun that may be the wanter
    again, nor a thing ("wants the war to end": no one asked)."""
    if comp.dep_ not in ("ccomp", "xcomp") or comp.head.i != verb.i or comp.pos_ not in (
            "VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return False
    doers = [c for c in comp.children if c.dep_ == "nsubj"] + [
        c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
    return any(d.pos_ in ("PROPN", "NOUN") and d.lower_ not in SELF and index.np(d)
               for d in doers)


def wanted_requests(hits: dict[int, Hit], index: ActorIndex) -> None:
    """Recode the sentence's "wants X to ..." hits (resolved) as appeals to X."""
    for hit in hits.values():
        tok, comp = hit.tok, hit.comp
        if hit.frame != "WANT" or tok.lemma_.lower() not in WANTING or comp is None or (
                not _other_doer(index, tok, comp)):
            continue
        sub = hits.get(comp.i)
        if sub is not None and sub.code is not None and frames.is_hostile(sub.code):
            continue  # "wants Europe to sanction X": rallying against X, left as it was
        hit.frame = "APPEAL"
        hit.code = frames.combine("APPEAL", sub.code if sub is not None else None)
        if sub is not None:
            sub.consumed = True
