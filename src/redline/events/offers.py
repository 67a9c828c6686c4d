"""Offers of forces (issue 17, twelfth round).

The INTENT frame reads a hostile complement as a threat ("vowed to deploy troops": 138).
An offer is no threat: "offered to send troops", "offered to deploy warships" put forces at
someone's service, CAMEO's intent to provide military aid (0332), as "offered troops"
already is (``verb offer +TROOPS 0332`` in the lexicon).
"""

from __future__ import annotations

from spacy.tokens import Token

OFFERS = frozenset({"offer"})
POSTURE_ROOT = "15"  # deploying or sending forces (CAMEO 15x)
MILITARY_AID_INTENT = "0332"


def offered_code(tok: Token, frame: str | None, sub_code: str | None) -> str | None:
    """The code of an INTENT frame on ``tok`` whose complement (``sub_code``) deploys
    forces, when ``tok`` offers it; else None."""
    if frame != "INTENT" or not sub_code or sub_code[:2] != POSTURE_ROOT:
        return None
    return MILITARY_AID_INTENT if tok.lemma_.lower() in OFFERS else None
