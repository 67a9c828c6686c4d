"""Protests told by their purpose (issue 17, thirteenth round, 17n).

"Thousands gathered in the square to protest the law", "students took to the streets to
protest": the infinitive names what the gathering is, a protest under way, not one planned.
The modality of the verb that gathers them still applies ("plan to gather to protest").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.modality import aux_words
from redline.events.triggers import Hit

# verbs of people coming or going out together, or of a protest action they take
ASSEMBLY = frozenset({"gather", "assemble", "rally", "march", "converge", "congregate", "mass",
                      "flock", "pour", "throng", "demonstrate", "parade", "descend", "walk",
                      "take", "come", "turn", "go", "stage", "hold", "occupy", "block",
                      "picket", "strike", "line"})
PROTEST_ROOT = "14"


def assembled_to_protest(tok: Token, code: str | None) -> bool:
    """A protest (CAMEO 14) in the purpose clause of a gathering ("gathered to protest X",
    "went on strike to protest Y", "held a rally to protest Z")."""
    if not (code or "").startswith(PROTEST_ROOT) or tok.dep_ != "advcl":
        return False
    if "to" not in aux_words(tok):
        return False
    head = tok.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ASSEMBLY


def absorb_purpose_protest(hits: dict[int, Hit], hit: Hit) -> None:
    """"marched to protest X", "went on strike to protest Y": when the gathering is itself a
    protest trigger, the purpose clause says what it is against, not a second protest. A
    gathering folded into a frame ("threatened to go on strike to protest Y") is no event of
    its own: the purpose clause is left to stand."""
    head = hits.get(hit.tok.head.i)
    if head is not None and not head.consumed and (head.code or "").startswith(PROTEST_ROOT) and (
            assembled_to_protest(hit.tok, hit.code)):
        hit.consumed = True
