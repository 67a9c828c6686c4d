"""What a confirmed or denied report says (issue 16, fifteenth round).

"Moscow confirmed reports that Russian jets had bombed a hospital": the parser hangs the
content clause on the noun ("bombed" an ``acl`` of "reports"), as it hangs a reduced relative
("the curfew imposed in 1990"). With a subject of its own (``content_clauses.own_clause``) the
clause is what the report says, and the verb whose object the report is frames it as a
``that`` clause would: "confirmed reports that X bombed" tells the bombing as done, attributed
to the confirmer; "denied reports that X bombed" denies it; "did not confirm reports" negates
it. Only verbs that confirm or deny frame the report so; under other verbs ("cited reports
that") the clause is left as it was. ``report_frame`` gives that verb, so that the modality
and speaker walks (``modality.clause_parent``, ``hit_modality.speaker_hit``) pass over the
noun to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.content_clauses import own_clause

REPORT_NOUNS = frozenset({"report", "news", "account"})
FRAME_DEPS = frozenset({"dobj", "nsubjpass"})
CONFIRMING = frozenset({"confirm", "verify", "corroborate", "acknowledge"})
DENYING = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "dispute"})


def report_frame(tok: Token) -> Token | None:
    """The verb framing the report whose content clause ``tok`` heads ("confirmed" in
    "confirmed reports that jets had bombed X"); None for any other clause."""
    if tok.dep_ != "acl":
        return None
    noun = tok.head
    if noun.lemma_.lower() not in REPORT_NOUNS or noun.dep_ not in FRAME_DEPS:
        return None
    verb = noun.head
    if verb.lemma_.lower() not in CONFIRMING | DENYING or verb.i == noun.i:
        return None
    return verb if own_clause(tok) else None


def denied_report(tok: Token) -> bool:
    """``tok`` heads what a denied report says ("denied reports that jets had bombed X")."""
    verb = report_frame(tok)
    return verb is not None and verb.lemma_.lower() in DENYING
