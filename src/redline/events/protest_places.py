"""Where "the protests" are when the sentence does not say (issue 18, r8-18b).

A story that has placed its protests once ("Hong Kong protests", "protests in Chile",
"Hong Kong's street battles") keeps them there: a later "the protests" with no place of its
own are that place's people, not the people of whatever state the story names most
(a story about Hong Kong names Beijing and Xi more often than Hong Kong).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.noun_sides import protest_place
from redline.events.roles import ActorIndex
from redline.events.sector_actors import state_actor

PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "unrest", "riot", "march",
                           "uprising"})
MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def earlier_protest_place(index: ActorIndex, tok: Token) -> str | None:
    """The state of the nearest earlier protest noun placed by a modifier ("Hong Kong
    protests") or a preposition ("protests in Chile")."""
    for prev in reversed(tok.doc[:tok.i]):
        if prev.lemma_.lower() not in PROTEST_NOUNS or prev.pos_ != "NOUN":
            continue
        place = _modifier_state(index, prev) or protest_place(index, prev)
        if place is not None:
            return place
    return None


def _modifier_state(index: ActorIndex, tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ not in MODIFIERS:
            continue
        actor = index.at(child)
        if actor is not None and state_actor(actor) and actor.sector is None:
            return actor.country
    return None
