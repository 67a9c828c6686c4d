"""Acts of force told with no actor on either side (issue 17, r8-17c): "shops were torched",
"several vehicles were set on fire", "a cache of weapons was seized", "chlorine was used".

An agentless passive of an unambiguous trigger (destroying property, taking weapons out of
use, bombing, chemical attack: :data:`AGENTLESS_CODES`) whose passive subject is a thing or
unnamed people is an event even when no actor is named: the unnamed side is left empty
(the gold's "unstated actor is null"). Only for a finite passive clause of its own ("were
torched", "have been looted"), not a participle describing a noun ("the torched shops", "the
destroyed bridge": background), not with a "by" agent (the parse's roles decide those), not
where nature or an accident is named as the cause ("destroyed in the flood", "damaged by fire"
is left to the agent rule).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.roles import PASSIVE_SUBJ
from redline.events.triggers import Hit
from redline.model import Actor

# destroy property, confiscate arms, bombings, chemical attack
AGENTLESS_CODES = frozenset({"1712", "1711", "183", "1831", "1832", "1833", "2041"})
# causes that make a destruction a mishap, not an act ("destroyed in the fire")
MISHAP_CAUSES = frozenset({"fire", "blaze", "flood", "flooding", "storm", "earthquake", "quake",
                           "hurricane", "typhoon", "cyclone", "tornado", "wildfire", "bushfire",
                           "landslide", "rain", "wind", "explosion", "blast", "accident",
                           "crash", "collapse", "lightning", "tsunami", "eruption", "mudslide"})


def agentless_pairs(hit: Hit) -> list[tuple[Actor | None, Actor | None]]:
    """[(None, None)] for an agentless passive act of force (see the module doc), else []."""
    tok = hit.tok
    if (hit.code or "") not in AGENTLESS_CODES or not _finite_passive(tok):
        return []
    if any(c.dep_ == "agent" for c in tok.children) or _mishap_cause(tok):
        return []
    return [(None, None)]


def _finite_passive(tok: Token) -> bool:
    """"were torched", "have been looted", "was set alight": a passive verb with its own
    auxiliary and passive subject."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ in PASSIVE_SUBJ for c in kids)


def _mishap_cause(tok: Token) -> bool:
    """A natural force or accident named in the clause ("destroyed in the fire")."""
    return any(t.lemma_.lower() in MISHAP_CAUSES for t in tok.subtree)
