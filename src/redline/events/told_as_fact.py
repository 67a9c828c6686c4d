"""Acts voiced in a complaint that the story tells as fact (review r12-ra).

``hedges.py`` reads what a criticism, complaint, concern, fear, worry or suggestion says as
not told as done ("raised concerns that Russian troops seized the plant": hypothetical). When
the story itself tells the same act as done in another sentence ("Troops fired on
protesters on Monday. ... The UN expressed concern that the troops had killed three
protesters."), the voiced mention is that real act, not a hypothesis: it is asserted again.
The same act is the same CAMEO root from the same source code (one placed in a state or
body); a clause with a modal ("fears that Russia will invade") keeps its own modality.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.events.hedges import voiced_content
from redline.model import Event

MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must",
                    "shall", "wo", "ca", "'ll"})
DONE_TAGS = frozenset({"VBD", "VBN"})
UNPLACED = "---"

Act = tuple[str, str]  # CAMEO root, source code


def _act(event: Event) -> Act | None:
    """The event's root and source code; None without a source placed in a state or body
    ("---MIL", soldiers of no known side, may be anyone's)."""
    source = event.source
    if source is None or not source.code or source.code.startswith(UNPLACED):
        return None
    return event.cameo_root, source.code


def _told_done(events: Sequence[Event]) -> dict[Act, set[int]]:
    """The acts told as done, with the sentences that tell them."""
    told: dict[Act, set[int]] = {}
    for event in events:
        act = _act(event)
        if act is not None and event.modality == "asserted":
            told.setdefault(act, set()).add(event.sentence)
    return told


def _voiced_done(doc: Doc, event: Event) -> bool:
    """The event's trigger is a past act in what a complaint or concern says."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok: Token = span[0]
    return tok.tag_ in DONE_TAGS and not any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children) and voiced_content(tok)


def told_as_fact(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each hypothetical voiced act that another sentence tells as done
    made asserted."""
    told = _told_done(events)
    out = []
    for event in events:
        act = _act(event)
        if event.modality == "hypothetical" and act is not None and (
                told.get(act, set()) - {event.sentence}) and _voiced_done(doc, event):
            event = replace(event, modality="asserted", hypothetical=False)
        out.append(event)
    return out
