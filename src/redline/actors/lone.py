"""Items that make no chain: groups and pronouns (resolved later by coreference); other lone
items are no actors. A generic group owned by the state or possessive before it is that
state's, already coded ("Bangladeshi peacekeeping troops")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.actors.mentions import Mention

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx

COUNTRYISH = frozenset({"state", "metonym", "org"})  # item kinds that code a country or body


def lone_item(ctx: Ctx, k: int) -> int:
    """Groups and pronouns (resolved later); other lone items are not actors."""
    item = ctx.items[k]
    for e in item.entries:
        if e.kind == "group" and _owned(ctx, k):
            break  # "Bangladeshi peacekeeping troops": the state's, already coded
        if e.kind == "group":
            g = ctx.kb.groups[int(e.ref)]
            m = Mention(item.start, item.end, g.phrase, g.code, g.code or None, None, "group")
            m.ref = f"group:{g.ref}" if g.ref else ""
            ctx.out.append(m)
            break
        if e.kind == "pronoun":
            m = Mention(item.start, item.end, "", "", None, None, "person", gender=e.ref)
            m.ref = "pronoun"
            ctx.out.append(m)
            break
    return k + 1


def _owned(ctx: Ctx, k: int) -> bool:
    """A generic group right after a state-like item or a possessive ("Nigerian peacekeepers",
    "its peacekeeping force") belongs to it."""
    start = ctx.items[k].start
    prev = ctx.items[k - 1] if k > 0 else None
    if prev is not None and prev.end == start and prev.of(*COUNTRYISH):
        return True
    return start > 0 and ctx.doc[start - 1].tag_ in ("PRP$", "POS")
