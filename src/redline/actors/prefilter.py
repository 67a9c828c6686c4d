"""Items dropped or trimmed before chains are composed: a PERSON entity made of place words is
no person, knowledge wins over NER except a place inside a longer unknown name, and a bare
surname another person holds is no one's (see :mod:`redline.actors.surnames`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.actors.misreads import reread
from redline.actors.scan import Item, new_place, opposed
from redline.actors.surnames import (
    bare_surname,
    person_not_place,
    someone_else,
    surnames_of_others,
    without_surname,
)

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx


PLACE_KINDS = frozenset({"state", "region", "ethnic", "org", "metonym"})


def _not_people(ctx: Ctx) -> None:
    """A PERSON entity made only of place, demonym and group words ("Bosnian Serbs") is no
    person: forget it."""
    covered: set[int] = set()
    for it in ctx.items:
        if it.of(*PLACE_KINDS) and not it.of("person", "surname"):
            covered.update(range(it.start, it.end))
    ctx.person_ents = {
        s: e for s, e in ctx.person_ents.items() if not all(k in covered for k in range(s, e))
    }


def drop_inside_people(ctx: Ctx) -> None:
    """Knowledge wins over NER, except a place name inside a longer unknown PERSON name."""
    _not_people(ctx)
    taken = surnames_of_others(ctx.doc, ctx.kb, ctx.date, ctx.items, ctx.person_ents)
    keep = []
    for item in ctx.items:
        it: Item | None = item
        if bare_surname(item) and ctx.doc[item.start:item.end].text in taken:
            it = without_surname(item)
        it = reread(ctx.doc, it, ctx.person_ents)  # "Juan Carlos Jobet", "in Austin"
        if it is None or opposed(ctx.doc, it.start) or new_place(ctx.doc, it) \
                or person_not_place(ctx.doc, it, ctx.person_ents):
            continue
        inside = any(s <= it.start and it.end <= e and (e - s) > (it.end - it.start)
                     for s, e in ctx.person_ents.items())
        if inside and not it.of("person", "surname", "title"):
            continue
        if bare_surname(it) and someone_else(ctx.doc, ctx.kb, it, ctx.person_ents):
            it = without_surname(it)
        if it is not None:
            keep.append(it)
    ctx.items = keep
