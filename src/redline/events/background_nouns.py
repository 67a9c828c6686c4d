"""Event nouns told inside a time or cause phrase, and protests told without protesters.

The gold counts an event noun in a time phrase as an event of its own when the phrase says
who took part: "three people died during protests in Bolivia against the government" (a
protest by Bolivia's people against their government), "a man died during a clash between
protesters and police" (a clash between the two). A noun in such a phrase that names nobody
("after the talks", "during the war") stays background: its parties are guessed at best.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.noun_sides import between_parties, protest_place
from redline.events.roles import ActorIndex
from redline.model import Actor

PROTEST = "14"
AGAINST = ("against",)


def placed_protest(index: ActorIndex, tok: Token, code: str) -> str | None:
    """The state a protest noun names as its place ("protests in Bolivia", "protests across
    Chile"): its protesters are that state's people."""
    if code[:2] != PROTEST:
        return None
    return protest_place(index, tok)


def protest_against(index: ActorIndex, tok: Token) -> list[Actor]:
    """Whom a protest noun names as its target ("protests against the government")."""
    return index.prep_actors(tok, AGAINST)


def named_in_adjunct(index: ActorIndex, tok: Token, code: str) -> bool:
    """An event noun inside a time phrase that still names its parties: both after
    "between", or for a protest its place."""
    return bool(between_parties(index, tok, code)) or placed_protest(index, tok, code) is not None
