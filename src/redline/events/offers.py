"""Offers of forces (issue 17, twelfth round).

The INTENT frame reads a hostile complement as a threat ("vowed to deploy troops": 138).
An offer is no threat: "offered to send troops", "offered to deploy warships" put forces at
someone's service, CAMEO's intent to provide military aid (0332), as "offered troops"
already is (``verb offer +TROOPS 0332`` in the lexicon). Forces offered against someone
("offered to deploy forces against Israel") are still aimed at them: that stays a threat.
"""

from __future__ import annotations

from spacy.tokens import Token

OFFERS = frozenset({"offer"})
POSTURE_ROOT = "15"  # deploying or sending forces (CAMEO 15x)
MILITARY_AID_INTENT = "0332"
HOSTILE_PREPS = frozenset({"against"})
FIGHTING = frozenset({"fight", "attack", "battle", "combat", "strike", "invade", "bomb",
                      "defeat", "crush", "repel"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def offered_code(tok: Token, frame: str | None, sub_code: str | None,
                 comp: Token | None = None) -> str | None:
    """The code of an INTENT frame on ``tok`` whose complement ``comp`` (coded ``sub_code``)
    deploys forces, when ``tok`` offers it and not against someone; else None."""
    if frame != "INTENT" or not sub_code or sub_code[:2] != POSTURE_ROOT:
        return None
    if comp is not None and _aimed_against(comp):
        return None
    return MILITARY_AID_INTENT if tok.lemma_.lower() in OFFERS else None


def _aimed_against(comp: Token) -> bool:
    """"deploy forces against Israel", "send troops to fight the Kurds": an "against" or a
    purpose of fighting on the verb or on its object."""
    heads = [comp, *(c for c in comp.children if c.dep_ == "dobj")]
    return any(_hostile(c) for h in heads for c in h.children)


def _hostile(child: Token) -> bool:
    """"against Israel", or a purpose clause of fighting ("to fight the Kurds", r13-17)."""
    if child.dep_ == "prep":
        return child.lower_ in HOSTILE_PREPS
    return child.dep_ in PURPOSE_DEPS and child.lemma_.lower() in FIGHTING
