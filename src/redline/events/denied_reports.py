"""What a denied report says is denied (issue 16, fourteenth round).

"Moscow denied reports that its troops had entered the town", "the report that rebels had
seized the town was denied": the act is the content of a report, claim or rumour that the
story's speaker denies, refutes or dismisses. It is not told as done, and it is no mere
hypothesis either: like "denied that X attacked" (``hit_modality.open_frame_modality``) it is
``denied``. The content clause is read as ``hedges.content_clause`` reads it (a clause with
its own subject, not a relative clause about the noun: "the report that he denied").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.hedges import CLAIM_NOUNS, content_clause

REPORT_NOUNS = CLAIM_NOUNS | frozenset({"report", "news", "story", "account", "suggestion"})
DENIALS = frozenset({"deny", "refute", "dismiss", "rebut", "reject", "disown"})
CLIMB = frozenset({"conj", "xcomp"})


def denied_content(tok: Token) -> bool:
    """``tok``'s clause (or the clause it is joined to) is what a denied report says."""
    cur = tok
    for _ in range(4):
        if _denied_noun(cur):
            return True
        if cur.dep_ not in CLIMB or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _denied_noun(clause: Token) -> bool:
    """``clause`` says what a report says, and the report is denied: its object ("denied
    reports that ...") or its passive subject ("the report that ... was denied")."""
    noun = clause.head
    if noun.i == clause.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS:
        return False
    if not content_clause(clause):
        return False
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in DENIALS)
