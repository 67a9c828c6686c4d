"""Everyday senses of two more event verbs (r9-16), no events of their type:

- closing on its own: "schools closed because of the storm", "the plant shut" (a thing that
  closes, with no one closing it, is no restriction; "police closed the border" stays);
- recognising a fact: "governments have recognized that X were perpetrators", "acknowledges
  that the deal is not good" (a that-clause of fact, no recognition of anyone);
- a reception: "the promise was met with relief" (no meeting: "was met by the king" stays);
- an attraction: "the stance holds appeal to voters", "broad appeal among Republicans" (no
  appeal made to anyone).
"""

from __future__ import annotations

from spacy.tokens import Token

CLOSING = frozenset({"close", "shut"})
RECOGNISING = frozenset({"recognize", "recognise", "acknowledge"})
DONE_TO = frozenset({"dobj", "nsubjpass", "auxpass", "agent", "attr"})


def closed_itself(tok: Token) -> bool:
    """An intransitive "closed" / "shut down": nothing closed by anyone."""
    if tok.lemma_.lower() not in CLOSING or tok.pos_ != "VERB":
        return False
    if tok.dep_ in ("acl", "amod"):  # "the roads closed by police": the noun is the object
        return False
    return not any(c.dep_ in DONE_TO for c in tok.children)


def recognised_fact(tok: Token) -> bool:
    """"recognized that X ...": a clause of fact, not a recognition of a state or body."""
    if tok.lemma_.lower() not in RECOGNISING:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children) and not any(
        c.dep_ == "dobj" for c in tok.children)


def met_with_reaction(tok: Token) -> bool:
    """"is met with relief / skepticism": a passive "met with" a thing, no one met."""
    if tok.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.pos_ == "NOUN" and not o.ent_type_ for o in objs)


HOLD_VERBS = frozenset({"hold", "have", "lose", "broaden", "widen", "gain", "lack", "limit"})
APPEAL_KINDS = frozenset({"broad", "wide", "popular", "mass", "electoral", "general",
                          "crossover", "sex", "wider", "broader", "limited", "narrow"})


def attraction(tok: Token) -> bool:
    """"holds appeal to voters", "has broad appeal": appeal as attractiveness (``tok``: the
    noun, or the verb that holds it)."""
    if tok.pos_ in ("VERB", "AUX"):
        tok = next((c for c in tok.children if c.dep_ == "dobj"), tok)
    if tok.lemma_.lower() != "appeal" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in APPEAL_KINDS for c in tok.children):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in HOLD_VERBS
