"""Verbal hits that the object list of ``review._verbal_attack`` does not show (r7-16).

- a person's own circle or qualities as the thing hit: "attacked Trump's wife and
  children", "attacks on his loyalty" (a person's possession or quality, no body hit);
- a partisan or verbal attack noun: "Republican attacks", "personal attacks", "political
  attacks" (a party or a manner of speech names the attack, no weapon does).

The caller still keeps the violent reading when weapons are in sight in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

KIN = frozenset({"wife", "husband", "child", "children", "son", "daughter", "family"})
QUALITIES = frozenset({"loyalty", "career", "patriotism", "honesty", "reputation", "judgment",
                       "judgement", "competence", "intelligence", "appearance", "faith",
                       "personality", "temperament", "fitness", "ethics"})
MANNERS = frozenset({"republican", "democratic", "partisan", "political", "personal",
                     "verbal", "rhetorical", "ad", "negative", "scathing", "blistering",
                     "withering", "twitter", "campaign"})


def verbal_hit(tok: Token, objs: Sequence[Token]) -> bool:
    """``tok`` (a hit or attack word) with ``objs`` (its objects) is a verbal attack."""
    if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in MANNERS
                                  for c in tok.children):
        return True
    said = _with_conjuncts(objs, tok)
    if any(o.lemma_.lower() in QUALITIES for o in said):
        return True
    return any(o.lower_ in KIN and _owned(o) for o in said)


def _owned(obj: Token) -> bool:
    """"Trump's wife", "his children, family": a possessor on the word or its first conjunct
    ("a mob attacked a family" is no verbal attack)."""
    first = obj
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return any(c.dep_ == "poss" for c in first.children)


def _with_conjuncts(objs: Sequence[Token], tok: Token) -> list[Token]:
    """The objects, their conjuncts ("wife, children, family") and, for a noun, what it is
    "on" ("attacks on his loyalty", however far the parse hangs it)."""
    out = list(objs)
    if tok.pos_ == "NOUN":
        out += [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "on"]
    return out + [c for o in out for c in o.conjuncts]
