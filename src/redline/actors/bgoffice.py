"""A background person whose office the text states elsewhere yields to the stated office.

The background layer (the Phoenix dictionaries, last edited 2017) knows many people by common
names: "John Williams" is a Barbadian official there, "David Thompson" Barbados's prime
minister. In "John Williams, the president of the Federal Reserve Bank of New York, said" or
"David Thompson, a spokesman for the Canadian foreign ministry," the article states who the
person is. Where the office stated right after the name (an appositive title or "X, <office>
of <state's body>", read as for an unknown person: :func:`redline.actors.officeof.office_of`)
names another country, the background's reading of the name is dropped and the name is read as
an unknown person's, coded by that office (r16-18a). Curated people are not touched: their
dated rows win.
"""

from __future__ import annotations

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase
from redline.actors.mentions import Mention
from redline.actors.officeof import office_of

DETS = frozenset({"a", "an", "the"})


def _titled_after(doc: Doc, ours: list[Mention], end: int) -> Mention | None:
    """Our coded title right after ", [the]" following the name (", the British ambassador")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    pos = end + 1
    if pos < len(doc) and doc[pos].lower_ in DETS:
        pos += 1
    return next((m for m in ours if m.start in (pos, pos + 1) and m.kind == "person"
                 and m.person < 0 and m.country), None)


def stated_elsewhere(kb: KnowledgeBase, doc: Doc, ours: list[Mention], b: Mention) -> bool:
    """Whether the background person ``b`` has an office stated after the name that names
    another country than the background's."""
    if b.kind != "person" or not b.country:
        return False
    stated = _titled_after(doc, ours, b.end) or office_of(doc, kb, ours, b.start, b.end)
    return stated is not None and bool(stated.country) and stated.country != b.country


def yield_to_stated(kb: KnowledgeBase, doc: Doc, ours: list[Mention],
                    theirs: list[Mention]) -> list[Mention]:
    """``theirs`` (background mentions) without the people whose stated office disagrees."""
    return [b for b in theirs if not stated_elsewhere(kb, doc, ours, b)]
