"""Appeals to a named party to act against someone (issue 17, twelfth round).

The APPEAL frame codes an appeal whose complement is hostile as CAMEO's "rally opposition
against" (113: "called for sanctions against X", "urged Muslim countries to attack X", the
one opposed the target). When the party called on is named and is the event's target ("called
on the government to block the visit", "pressed NATO to sanction Russia", "pressed for the
United States to carry out airstrikes"), the news and our gold code an appeal to that party
(020): what it is asked to do is its own act, and the appeal is aimed at it.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.recodes import recode
from redline.events.triggers import Hit, for_clause
from redline.model import Event

RALLY_OPPOSITION = "113"
APPEAL = "020"
ADDRESS_PREPS = frozenset({"on", "upon"})


def addressees(tok: Token) -> list[Token]:
    """Who an appeal verb calls on: its object ("urged X to"), the object of "on" ("called on
    X to"), or the subject of a "for" clause ("pressed for X to")."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
            for p in c.children if p.dep_ == "pobj"]
    return out + [s for c in tok.children if for_clause(c)
                  for s in c.children if s.dep_ == "nsubj"]


def addressed_appeal(hit: Hit, event: Event) -> Event:
    """``event`` recoded as an appeal (020) when it is a rally of opposition (113) from the
    APPEAL frame whose target is the party called on."""
    if hit.frame != "APPEAL" or event.cameo != RALLY_OPPOSITION or event.target is None:
        return event
    start = event.target.start
    for who in addressees(hit.tok):
        if who.left_edge.idx <= start < who.right_edge.idx + len(who.right_edge):
            return recode(event, APPEAL)
    return event
