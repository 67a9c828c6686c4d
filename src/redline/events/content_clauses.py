"""A clause with a subject of its own is no reduced relative (issue 17, thirteenth round).

A past participle hung on a noun ("the curfew imposed in 1990") describes the noun: it is
background, not a new event (``extract._standalone_ok``). The parser hangs the content clause
of a noun the same way ("expressed concern that troops had fired on protesters": "fired" an
``acl`` of "concern"). Such a clause has its own subject (and often its own auxiliary), which a
reduced relative never has. Under a noun of complaint, worry or claim (``hedges.CLAIM_NOUNS``)
such a clause is what the noun says: an event of its own, whose modality the noun gives
(hypothetical, or asserted when the story tells it as done: ``told_as_fact.py``). Under other
nouns ("the announcement that X had reached a deal") it is left as it was: measured on the
article gold's tune parts, those added false events.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.hedges import CLAIM_NOUNS

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


def own_clause(tok: Token) -> bool:
    """``tok`` heads a clause with its own subject ("that troops had fired"), not a relative
    pronoun standing for the noun ("the plant that was seized")."""
    return any(c.dep_ in SUBJECTS and c.lower_ not in RELATIVES for c in tok.children)


def voiced_clause(tok: Token) -> bool:
    """``tok`` is the content clause of a complaint, worry or claim ("concern that troops had
    fired"), with its own subject."""
    head = tok.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS and own_clause(tok)
