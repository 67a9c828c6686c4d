"""Targets a domestic act names by what it is, not by who (issue 18, the article gold).

- An impeachment ("Schiff's impeachment inquiry", "voted to impeach", "impeachment
  hearings") is aimed at the source's own head of state or government: the source's country
  with the GOV sector (CAMEO codes a president as government).
- A veto of a bill ("threatened to veto the bill", "vetoed the legislation") is aimed at the
  source's own legislature (LEG); a veto of a resolution in a council is not (no target).

The target is named by no words of the text (``unnamed_state``: empty text, a zero-width
span at the source's start), as ``records.home_target``'s, and is given only when the
source's country is a state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.events.sector_actors import state_actor
from redline.model import Actor

IMPEACH = frozenset({"impeachment", "impeach"})
VETO = "veto"
BILLS = frozenset({"bill", "bills", "legislation", "law", "measure", "measures", "act",
                   "budget", "amendment"})


def unnamed_state(src: Actor, country: str, sector: str | None) -> Actor:
    """The source's own state (with ``sector``) as an implicit side: no words of the text name
    it, so its text is empty and its span is zero-width at the source's start (a copy of the
    source's words would count the source's mention as the target's)."""
    return replace(src, text="", end=src.start, name=country, code=country + (sector or ""),
                   sector=sector, kind="state", office=None)


def _impeachment(tok: Token) -> bool:
    """The trigger is an impeachment or is told as one ("impeachment inquiry")."""
    return tok.lemma_.lower() in IMPEACH or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in IMPEACH for c in tok.children)


def _vetoed_bill(tok: Token) -> bool:
    """The trigger vetoes a bill, or threatens or vows to ("threatened to veto the bill")."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() == VETO and any(
        c.dep_ == "dobj" and c.lower_ in BILLS for c in v.children) for v in verbs)


def office_target(tok: Token, sources: list[Actor],
                  targets: list[Actor]) -> list[Actor] | None:
    """The own head (impeachment) or legislature (veto of a bill) as the target, or None
    when the construction is not there; an impeachment's foreign target yields to it. The
    sources must be of one state ("their" and "House Democrats" are one)."""
    countries = {s.country if state_actor(s) else None for s in sources}
    country = countries.pop() if len(countries) == 1 else None
    if country is None:
        return None
    src = sources[0]
    if _impeachment(tok):
        if any(t.country == country for t in targets):
            return None
        return [unnamed_state(src, country, "GOV")]
    if not targets and _vetoed_bill(tok):
        return [unnamed_state(src, country, "LEG")]
    return None
