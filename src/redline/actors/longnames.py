"""A known person's name at the start of a longer name: "Juan Carlos Jobet" is not King Juan
Carlos, "Mohammed bin Salman Al Saud" is. The tagger's PERSON entity says where a name ends;
a known name followed inside it by another capitalised name word is someone else's."""

from __future__ import annotations

from spacy.tokens import Doc

from redline.actors.scan import Item

NAME_KINDS = ("person", "surname")
# words a tagger may fold into a name that do not lengthen it
NOT_NAMES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "monday", "tuesday", "wednesday",
                       "thursday", "friday", "saturday", "sunday", "al", "el", "bin", "ibn",
                       "abu", "von", "van", "de", "da"})


def name_goes_on(doc: Doc, it: Item, person_ents: dict[int, int]) -> bool:
    """Whether a full-name match of two or more words is followed, inside the same PERSON
    entity, by another capitalised name word."""
    if not it.of("person") or it.end - it.start < 2 or it.end >= len(doc):
        return False
    nxt = doc[it.end]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.lower_ in NOT_NAMES:
        return False
    return any(s <= it.start and it.end < e for s, e in person_ents.items())


def without_names(it: Item) -> Item | None:
    """The item without its person and surname readings (None when nothing else is left)."""
    rest = tuple(e for e in it.entries if e.kind not in NAME_KINDS)
    return Item(it.start, it.end, rest) if rest else None
