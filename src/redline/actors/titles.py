"""Titles qualified by a destination: "U.S. ambassador to the EU Gordon Sondland", "the British
envoy to Syria". The title names a post of the first country, not the office holder a bare
title would name (the US ambassador to the UN); a name right after is the person who holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.actors.context import skip_to
from redline.actors.mentions import country_of, generic_mention, office_holder

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx
    from redline.actors.scan import Item

QUALIFIERS = frozenset({"to", "in"})


def qualified_end(ctx: Ctx, end: int) -> tuple[int, str] | None:
    """(end, canonical name) of "to [the] PLACE-OR-BODY" right after token ``end``."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].lower_ not in QUALIFIERS:
        return None
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    for it in ctx.items:
        if it.start == k and it.of("state", "org", "metonym") and not it.of("person"):
            return it.end, country_of(ctx.kb, it.entries[0])[2]
        if it.start > k:
            break
    return None


def _name_after(ctx: Ctx, k: int) -> int | None:
    """The end of a PERSON entity, or of two or three capitalised proper nouns, at token k."""
    if k in ctx.person_ents:
        return ctx.person_ents[k]
    end = k
    while end < len(ctx.doc) and end - k < 3 and ctx.doc[end].pos_ == "PROPN" \
            and ctx.doc[end].text[:1].isupper():
        end += 1
    return end if end - k >= 2 else None


def _holder_serves(ctx: Ctx, code: str, role: str, place: str) -> bool:
    """Whether the bare title's office holder holds this very post ("to the United Nations")."""
    holder = office_holder(code, role, ctx.date) if role else None
    term = ctx.kb.people[holder].term_on(ctx.date) if holder is not None else None
    return term is not None and place.lower() in term.office.lower()


def qualified_title(
    ctx: Ctx, country: Item, span: tuple[int, int], j: int, title: tuple[str, str, str]
) -> int | None:
    """[country][title] to [place] [Name]: one actor of the first country (and sector), named
    by the person when a name follows; returns the next item index, None when not qualified."""
    start, end = span
    found = qualified_end(ctx, end)
    role, sector, gender = title
    code, met_sector, _, _ = country_of(ctx.kb, country.entries[0])
    if found is None or _holder_serves(ctx, code, role, found[1]):
        return None
    qual = found[0]
    person_end = _name_after(ctx, qual)
    final = person_end or qual
    name = ctx.doc[qual:person_end].text if person_end else ctx.doc[start:qual].text
    m = generic_mention(ctx.kb, start, final, name, code, met_sector or sector or None, "person")
    m.role, m.gender, m.named = role, gender, bool(person_end)
    ctx.out.append(m)
    return skip_to(ctx, j, final)
