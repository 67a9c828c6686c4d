"""Senses of event words that real news codes as another CAMEO type (r6-oth).

Found on the tune halves of the real-news sentence sets (ConfliBERT, CASE 2021, split by
``scripts/sentence_halves.py``), recoded by construction, not by sentence:

- a refusal to yield: "will not lift the ban", "won't release the tanker", "refused to ease
  sanctions" -- a negated future (or refused) easing or release is an asserted refusal
  (CAMEO 124x, as the codebook codes "refuse to ease sanctions"), not a missing event;
- a peacekeeping deployment: troops "deployed as peacekeeping forces", "sent ... on a
  peacekeeping mission", "arrived to join the UN peacekeeping mission" provide protection
  (074), no show of force or visit; troops sent "to help deliver aid" give aid (073).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.events.codebook import lookup
from redline.events.modality import is_conditional
from redline.model import Event

FUTURE = frozenset({"will", "would", "'ll", "wo", "shall"})
REFUSALS = frozenset({"refuse", "decline"})
WALKOUT = "143"
FORCE = "190"
YIELDS_08 = {"080": "124", "081": "1241", "082": "1242", "083": "1242", "084": "1243",
             "085": "1244", "086": "1245", "087": "1246"}
DEPLOYING = frozenset({"deploy", "deployment", "send", "dispatch", "despatch", "station",
                       "arrive", "post"})
RELIEF = frozenset({"aid", "relief", "rescue", "supply", "supplies", "evacuation",
                    "humanitarian"})
PEACEKEEPING, AID_GIVEN = "074", "073"


def recode_sense(event: Event, tok: Token) -> Event:
    """``event`` (``tok``: its trigger's head) under the code its construction gives."""
    refused = _refusal_code(event, tok)
    if refused:
        return replace(recode(event, refused), negated=False, modality=(
            event.modality if event.hypothetical else "asserted"))
    if event.cameo_root in ("04", "15", "19") and tok.lemma_.lower() in DEPLOYING:
        return _mission(event, tok)
    if event.cameo == WALKOUT and _blow(tok):
        return recode(event, FORCE)  # "struck Hamas targets over the weekend" (review r11)
    return event


def _blow(tok: Token) -> bool:
    """"strike" with an object is a blow; a labour strike has none ("struck over pay"), so
    "strike over" and "strike for" in the lexicon must not read "over the weekend"."""
    return tok.lemma_.lower() == "strike" and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" for c in tok.children)


def _mission(event: Event, tok: Token) -> Event:
    """A deployment under its purpose: peacekeeping (074) or relief (073)."""
    clause = tok.head if tok.dep_ in ("xcomp", "pobj", "dobj") else tok
    words = {t.lemma_.lower() for c in clause.children if _told(c) for t in c.subtree}
    if any(w.startswith("peacekeep") for w in words):
        return recode(event, PEACEKEEPING)
    purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if any({t.lemma_.lower() for t in p.subtree} & RELIEF for p in purposes):
        return recode(event, AID_GIVEN)
    return event


def _refusal_code(event: Event, tok: Token) -> str:
    """The 124x code of a refused easing or release, else ""."""
    if event.cameo.startswith("035") and len(event.cameo) == 4:
        code = "124" + event.cameo[3]
    else:
        code = YIELDS_08.get(event.cameo[:3], "") if event.cameo_root == "08" else ""
    if not code or not _refused(event, tok):
        return ""
    return code


def _refused(event: Event, tok: Token) -> bool:
    """"will not lift", "won't release": negated with a future auxiliary; "refused to ease"."""
    kids = list(tok.children)
    if is_conditional(tok) or any(c.dep_ == "advcl" and is_conditional(c) for c in kids):
        return False  # "if X, Britain would not release": a condition, no refusal
    if event.negated and any(c.dep_ == "neg" for c in kids):
        return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in kids)
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSALS and not any(
        c.dep_ == "neg" for c in tok.head.children)


def recode(event: Event, cameo: str) -> Event:
    """``event`` under CAMEO code ``cameo``, with that code's root, PLOVER type and scores."""
    code = lookup(cameo)
    head, _, k = event.id.rsplit(":", 2)  # records.make_event's id names the code
    return replace(event, id=f"{head}:{code.cameo}:{k}", cameo=code.cameo, cameo_root=code.root,
                   plover=code.plover, goldstein=code.goldstein, quad_class=code.quad_class,
                   label=code.label, plover_mode=code.plover_mode or None)


def _told(child: Token) -> bool:
    """A part that says who is deployed or what for, not a circumstance ("despite talks")."""
    return child.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "advcl") or (
        child.dep_ == "prep" and child.lower_ in ("as", "on", "for", "with", "under"))
