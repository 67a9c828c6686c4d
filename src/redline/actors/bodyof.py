"""A body named with "of" and a state: "the Supreme Court of Pakistan", "the Senate of
Nigeria", "the parliament of Ukraine".

Bare body names default to one state ("Supreme Court", "Senate", "Congress": the US;
"Ministry of Defence": the UK) and a bare agent word ("parliament", "police") is no actor
alone; "of [the] <state>" right after either names the state the body belongs to: the body
takes that state with its own sector, and the state named after "of" is no separate actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.actors.context import OF_ONLY, place_after
from redline.actors.mentions import Mention
from redline.actors.queries import make_code

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx


def bodies_of_states(ctx: Ctx) -> None:
    """Recode in place the bodies of ctx.out (and lone agent words) followed by "of <state>"."""
    for m in list(ctx.out):
        if _bare_body(ctx, m):
            _take_state(ctx, m, m.end)
    covered = {k for m in ctx.out for k in range(m.start, m.end)}
    for it in ctx.items:
        if len(it.entries) == len(it.of("sector")) and not covered & set(range(it.start, it.end)):
            _agent_of_state(ctx, it.start, it.end, ctx.kb.sectors[int(it.entries[0].ref)].sector)


def _bare_body(ctx: Ctx, m: Mention) -> bool:
    """A body's name alone ("Supreme Court") coded to a state it does not name."""
    return (m.kind == "state" and bool(m.sector) and m.person < 0 and m.country is not None
            and ctx.kb.is_state(m.country) and ctx.doc[m.start:m.end].text == m.name)


def _state_at(ctx: Ctx, start: int, end: int) -> Mention | None:
    """The mention of a state alone (no sector) ending at ``end`` after ``start``."""
    return next((n for n in ctx.out if start < n.start and n.end == end and n.kind == "state"
                 and not n.sector and n.country and ctx.kb.is_state(n.country)), None)


def _state_after(ctx: Ctx, end: int) -> Mention | None:
    """The state alone named by "of [the] <state>" right after token ``end``."""
    found = place_after(ctx, end, OF_ONLY)
    return _state_at(ctx, end, found[1]) if found else None


def _take_state(ctx: Ctx, m: Mention, end: int) -> None:
    state = _state_after(ctx, end)
    if state is None or state.country is None or state.country == m.country:
        return
    ctx.out.remove(state)
    m.country, m.end, m.name = state.country, state.end, state.name
    m.code = make_code(ctx.kb, state.country, m.sector)


def _agent_of_state(ctx: Ctx, start: int, end: int, sector: str) -> None:
    state = _state_after(ctx, end)
    if state is None or not sector:
        return
    state.start, state.sector = start, sector
    state.code = make_code(ctx.kb, state.country or "", sector)
