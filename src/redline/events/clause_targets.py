"""Who a complaint or a warning is about, named as the subject of its "that" clause (issue 18,
r13-18): "Trump complained that the Obama administration was the worst", "her warning that
Britain would go to the back of the queue", "the minister alleged that Russia had lied".

A criticism (CAMEO 11) or a threat or warning (13) told with a "that" clause and no object of
its own is aimed at the one the clause is about: its active subject. A pronoun subject is left
alone ("complained that he was treated unfairly" is mostly the speaker himself), as is a
passive subject (the victim of the act complained of, not its author).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import ActorIndex, aux_subjects, auxiliaries
from redline.events.triggers import Hit
from redline.model import Actor

CLAUSE_ROOTS = frozenset({"11"})
CLAUSE_DEPS = frozenset({"ccomp", "acl"})


def clause_targets(index: ActorIndex, hit: Hit) -> list[Actor]:
    """The actors named by the active, non-pronoun subject of the trigger's "that" clause
    (a verb's complement may drop "that"; a noun's may not)."""
    if (hit.code or "")[:2] not in CLAUSE_ROOTS:
        return []
    for clause in hit.tok.children:
        if clause.dep_ in CLAUSE_DEPS and _opens_with_that(clause, hit.tok):
            subjects = [s for s in clause.children if s.dep_ == "nsubj"] or [
                s for s in aux_subjects(clause) if s.dep_ == "nsubj"]
            return [a for s in subjects if s.pos_ != "PRON" for a in index.np(s)]
    return []


def _opens_with_that(clause: Token, head: Token) -> bool:
    """A clause after its head opened by "that" (or, for a verb's complement, by nothing)."""
    if clause.i < head.i:
        return False
    marks = [m.lower_ for t in (clause, *auxiliaries(clause)) for m in t.children
             if m.dep_ == "mark"]  # "that" may hang on the auxiliary, with the subject
    if marks:
        return marks == ["that"]
    return clause.dep_ == "ccomp" and head.pos_ == "VERB"
