"""Forces sent to fight someone are aimed at whom they fight (issue 17, thirteenth round).

A verb that sends or deploys forces takes the forces as its object ("send troops"), but the
forces are what is moved, not whom the act is done to. With no place or party of its own,
the target came out as the sender's own troops ("Turkey offered to send troops to fight the
Kurds": Turkey -> Turkey's military). When the only targets found lie inside the verb's
object and a purpose clause names someone ("to fight the Kurds"), that someone is the target.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from redline.model import Actor

OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def only_sent_objects(head: Token, found: Sequence[Actor]) -> bool:
    """Every actor of ``found`` lies inside an object of ``head`` (the forces it moves)."""
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
             for o in head.children if o.dep_ in OBJECT_DEPS]
    return bool(found) and bool(spans) and all(
        any(start <= a.start and a.end <= end for start, end in spans) for a in found)


def purpose_over_sent(head: Token, found: list[Actor], purpose: list[Actor]) -> list[Actor]:
    """``purpose`` (whom a purpose clause names) when ``found`` holds only the moved forces
    and ``purpose`` names someone else; else ``found``."""
    if not purpose or not only_sent_objects(head, found):
        return found
    return purpose
