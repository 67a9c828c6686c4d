"""One attack told twice: a casualty verb and the blast that caused it (issue 16, r16-16).

"Two soldiers were killed when a roadside bomb went off", "a car bomb exploded outside the
station, killing three policemen", "a grenade exploded in the market and wounded five": the
killing and the bomb going off (``blasts.py``) are one act, coded once. The event of the
casualty verb is kept, since it names who was hurt, under the blast's code, the more specific
one (a bombing, 183; a suicide bombing, 1831; shelling, 194, rather than force, 190); the
blast's own event goes. The two must be joined in one clause chain: the blast verb hung on the
casualty verb as its adjunct ("when ... went off") or the casualty verb on the blast verb
("..., killing three"; "and wounded five").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from redline.events.blasts import is_blast_verb
from redline.events.casualty_attacks import CASUALTY
from redline.events.confidence import trigger_root
from redline.events.frames import FORCE_ROOTS
from redline.events.recodes import recode
from redline.model import Event

LINKS = frozenset({"advcl", "conj", "xcomp"})


def without_blast_twins(events: list[Event], doc: Doc) -> list[Event]:
    """``events`` with each blast told by a casualty verb's event merged into that event."""
    by_start = {e.trigger.start: e for e in events if e.cameo_root in FORCE_ROOTS}
    codes: dict[int, str] = {}  # casualty trigger -> the blast's code (each of its events)
    dropped: set[int] = set()
    for event in by_start.values():
        tok = trigger_root(doc, event)
        if tok is None or not is_blast_verb(tok):
            continue
        casualty = _casualty_of(tok)
        twin = None if casualty is None else by_start.get(casualty.idx)
        if twin is None or twin.trigger.start in dropped or not twin.cameo.startswith("19"):
            continue
        codes[twin.trigger.start] = event.cameo
        dropped.add(event.trigger.start)
    return [recode(e, codes[e.trigger.start]) if e.trigger.start in codes else e
            for e in events if e.trigger.start not in dropped]


def _casualty_of(blast: Token) -> Token | None:
    """The casualty verb joined to ``blast`` in one clause chain, if any."""
    if blast.dep_ in LINKS and _casualty(blast.head):
        return blast.head  # "were killed when a bomb went off"
    return next((c for c in blast.children if c.dep_ in LINKS and _casualty(c)), None)


def _casualty(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in CASUALTY
