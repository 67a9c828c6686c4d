"""Readiness to do something is a disposition, not a force posture (issue 17, thirteenth round).

"raise +ALERT 152" reads an alert or readiness raised as a mobilization ("Greece increased its
military readiness"). Readiness with an infinitive of its own ("raised its readiness to take in
refugees") is willingness to do that act: no alert. The noun entry ``readiness`` (frame
INTENT) then codes the intent to do the act ("readiness to take in refugees": an intent to
help, 033); ``willingness`` has no entry (see the lexicon's note).
"""

from __future__ import annotations

from spacy.tokens import Token

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
ALERT = "ALERT"


def willing_readiness(cls: str | None, verb: Token) -> bool:
    """A verb's ALERT object is readiness for an act: it governs an infinitive ("readiness to
    take in refugees")."""
    if cls != ALERT:
        return False
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return any(_infinitive(c) for o in objs for c in o.children if c.dep_ == "acl")


def _infinitive(clause: Token) -> bool:
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in clause.children)
