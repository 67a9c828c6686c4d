"""Pairs named again: "the two sides", "both countries", "the two leaders" stand for the two
parties named before ("Russia and Ukraine held talks. The two sides agreed ..."): the two
nearest earlier actors of different countries, within a few sentences."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from redline.model import Actor

PAIR_NOUNS = frozenset({"side", "sides", "country", "countries", "nation", "nations",
                        "government", "governments", "leader", "leaders", "state", "states",
                        "neighbours", "neighbors", "rivals", "allies", "delegations",
                        "capitals", "presidents",
                        # r4-17q: the pair named by what its members are
                        "men", "women", "ministers", "powers", "militaries",
                        "armies", "foes", "adversaries", "partners", "premiers", "envoys",
                        "diplomats", "negotiators", "counterparts"})
REACH = 3  # sentences back
# prepositions of the place where a noun event happens ("talks in Istanbul"): a venue, not a party
VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                         "around", "from", "to", "into", "on"})


def _located(doc: Doc, actor: Actor) -> bool:
    """A place where something happens ("talks in Istanbul"), not a party."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPS


def _bare_pair(tok: Token) -> bool:
    """r6-17q: "the two" or "both" standing alone as a subject ("The two have accused each
    other", "Both condemned the attack")."""
    if tok.dep_ != "nsubj" or tok.pos_ not in ("NUM", "PRON", "DET", "NOUN"):
        return False
    if tok.lower_ == "two":
        return any(c.lower_ == "the" for c in tok.children)
    return tok.lower_ == "both" and not any(c.dep_ == "prep" for c in tok.children)


def _is_pair(tok: Token) -> bool:
    if _bare_pair(tok):
        return True
    if tok.lower_ not in PAIR_NOUNS or tok.pos_ != "NOUN":
        return False
    return any((c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj"))
               or (c.lower_ == "two" and c.dep_ == "nummod")
               or (c.lower_ == "each" and c.dep_ == "det" and tok.lower_ == "side")
               for c in tok.children)  # r6-17q: "each side" (blamed the other)


def _antecedents(tok: Token, actors: Sequence[Actor]) -> list[Actor]:
    """The two nearest actors of different countries before ``tok``."""
    sents = list(tok.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    first = sents[max(0, here - REACH)].start_char
    doc = tok.doc
    before = [a for a in actors if first <= a.start and a.end <= tok.idx and a.country
              and not _located(doc, a)]
    out: list[Actor] = []
    for actor in sorted(before, key=lambda a: a.start, reverse=True):
        if all(actor.country != o.country for o in out):
            out.append(actor)
        if len(out) == 2:
            return out[::-1]
    return []


def pair_mentions(doc: Doc, actors: Sequence[Actor]) -> dict[int, list[Actor]]:
    """Token index of each pair noun -> the two parties it stands for."""
    out: dict[int, list[Actor]] = {}
    for tok in doc:
        if _is_pair(tok):
            found = _antecedents(tok, actors)
            if found:
                out[tok.i] = found
    return out
