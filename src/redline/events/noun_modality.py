"""The modality of an event noun told as still to come.

A verb's tense and auxiliaries say whether its event happened; an event noun says it by its
modifiers and by what its clause says of it: "the upcoming talks", "a planned visit", "the
proposed sanctions", "as a July summit meeting in Warsaw approaches" are events not (yet)
held, so not asserted news (intended, CAMEO's and the gold's reading of what is planned).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.modality import worst

PROSPECTIVE = frozenset({"upcoming", "planned", "proposed", "scheduled", "expected",
                         "possible", "potential", "future", "forthcoming", "prospective",
                         "impending", "looming", "would-be", "next", "anticipated",
                         "contemplated"})
# verbs whose subject is an event still to come: "as the summit approaches"
APPROACHING = frozenset({"approach", "loom", "near", "beckon"})
INTENDED = "intended"


def prospective(tok: Token) -> bool:
    """An event noun told as still to come ("the upcoming talks", "as the summit
    approaches")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in PROSPECTIVE for c in tok.children):
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in APPROACHING


def noun_modality(tok: Token, mod: str) -> str:
    """``mod`` of an event noun, intended at least when the noun is told as still to come."""
    if tok.pos_ != "NOUN" or not prospective(tok):
        return mod
    return worst(mod, INTENDED)
