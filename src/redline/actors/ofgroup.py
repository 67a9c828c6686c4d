"""A title's "of" phrase that names a body of a state, not the state: "the leader of the Syrian
rebels", "the president of the Kenyan senate", "the leader of the opposition in Kenya", "the
leader of the party in Kenya".

"the president of Kenya" is the state's office holder; an agent word right after the state
("... of the Kenyan opposition") or between "of" and the state ("... of the opposition in
Kenya") says the title is that body's: the state with the body's sector, and no office holder
(not Uhuru Kenyatta, not Bashar al-Assad).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.actors.context import GROUP_NOUNS, item_at

# "the foreign minister of the Syrian government" is still the state's office holder
STATE_SECTORS = frozenset({"", "GOV"})
VERB_POS = frozenset({"VERB", "AUX"})

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx, Item


def body_of_place(ctx: Ctx, of: int, place_end: int) -> tuple[str, int] | None:
    """(sector, end) of the body named around the state of an "of" phrase starting at token
    ``of`` and ending at ``place_end``; None when the phrase names the state alone."""
    after = _sector(ctx, item_at(ctx, place_end), place_end)
    if after is not None:
        return after
    inside = (_sector(ctx, item_at(ctx, k), k) or _group(ctx, k)
              for k in range(of + 1, place_end))
    found = next((s for s in inside if s is not None), None)
    return (found[0], place_end) if found is not None else None


def _group(ctx: Ctx, k: int) -> tuple[str, int] | None:
    """("", end) of a group noun of no sector of its own ("the leader of the party in Kenya",
    "the head of the community in X"): a body of the state, not the state itself."""
    return ("", k + 1) if _group_noun(ctx, k) == "" else None


def _group_noun(ctx: Ctx, k: int) -> str | None:
    """The sector ("" for none) of a lower-case group noun at token ``k``, else None."""
    tok = ctx.doc[k] if k < len(ctx.doc) else None
    if tok is None or not tok.is_lower or tok.pos_ != "NOUN":
        return None
    return GROUP_NOUNS.get(tok.lower_)


def _sector(ctx: Ctx, item: Item | None, k: int) -> tuple[str, int] | None:
    """(sector, end) of an agent word at token ``k``: a sector item alone, or a group noun."""
    if k < len(ctx.doc) and ctx.doc[k].pos_ in VERB_POS:
        return None  # "The president of Ukraine forces Russia to retreat": a verb, no body
    if item is not None and item.entries and len(item.of("sector")) == len(item.entries):
        sector = ctx.kb.sectors[int(item.entries[0].ref)].sector
        return (sector, item.end) if sector not in STATE_SECTORS else None
    group = _group_noun(ctx, k)
    return (group, k + 1) if group else None
