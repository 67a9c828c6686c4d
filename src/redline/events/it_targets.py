"""A state acted on as "it" (issue 18, sixteenth round).

The actors stage leaves "it" alone (mostly a thing), so "He loves China, but he accuses it of
stealing jobs" had no target. An act's direct object "it", with an "of", "for" or "over"
phrase naming what the act is about ("accuses it of", "blamed it for", "sanctioned it over"),
is a party, not a thing: it stands for the nearest state or organisation named before it in
its sentence or the one before, other than the source's own country.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex
from redline.model import Actor

REACH = 40  # tokens back: the antecedent of an object "it" is near
ABOUT_PREPS = frozenset({"of", "for", "over"})
PARTY_KINDS = frozenset({"state", "igo"})


def it_targets(index: ActorIndex, verb: Token, sources: list[Actor]) -> list[Actor]:
    """The party an act's object "it" stands for, when the act says what it is about."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if obj is None or not any(c.dep_ == "prep" and c.lower_ in ABOUT_PREPS
                              for c in verb.children):
        return []
    own = {a.country for a in sources}
    found = _antecedent(index, obj, own)
    return [found] if found is not None else []


def _antecedent(index: ActorIndex, it: Token, own: set[str | None]) -> Actor | None:
    """The nearest state or organisation before ``it`` (this sentence or the one before)."""
    doc = it.doc
    first = doc[it.sent.start - 1].sent.start if it.sent.start > 0 else it.sent.start
    for i in range(it.i - 1, max(first, it.i - REACH) - 1, -1):
        actor = index.at(doc[i])
        if actor is not None and actor.kind in PARTY_KINDS and actor.country not in own:
            return actor
    return None
