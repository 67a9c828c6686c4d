"""Verbs of closing and stopping told of the thing itself, which name no act of anyone.

"Nearly 300 school districts closed because of the rally", "the market shut early", "talks
stopped": the subject is what closed, with no object and no agent ("closed by the police"), so
no one closed anything (no coercion, sanction or blockade). "Police closed the square" (an
object) and "the square was closed by police" (a passive) stay events.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.model import Event

SELF_VERBS = frozenset({"close", "shut", "suspend", "halt", "freeze", "stop", "end", "cease",
                        "collapse"})
ACTED_ON = frozenset({"dobj", "nsubjpass", "auxpass", "agent", "dative", "attr"})
STOP_ROOTS = frozenset({"16", "17", "19"})


def happened_by_itself(event: Event, tok: Token) -> bool:
    """``event`` (``tok`` its trigger's head) is a thing closing or stopping by itself."""
    if event.cameo_root not in STOP_ROOTS or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in SELF_VERBS or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return False  # "the square closed by police": a participle of a passive
    kids = {c.dep_ for c in tok.children}
    return "nsubj" in kids and not kids & ACTED_ON and not any(
        c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children)
