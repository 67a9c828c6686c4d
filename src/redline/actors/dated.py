"""A curated person with no curated office on a date: the background layer's dated code for the
same name fills in, its date restrictions honoured ("Shimon Peres" on 1985-01-01: the curated
rows know his presidency, 2007-2014; Phoenix's ISRGOV of 1984-09-14..1986-10-20 answers).

Only a closed interval (an end date) of the same country counts: an open-ended Phoenix code,
last edited in 2017, says nothing about a later date; a dated elite (ELI) fills only a person
the curated rows know nothing about on that date, never one they call a former official.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def dated_sector(names: tuple[str, ...], country: str, date: str, elite: bool) -> str | None:
    """The sector of the first of ``names`` the background knows, from a closed interval in
    force on ``date`` for ``country`` (None: no such code; ``elite``: ELI accepted)."""
    from redline.actors.background import background
    from redline.actors.bgformat import words

    bg = background()
    for name in names:
        actor = bg.actor(words(name))
        if actor is None:
            continue
        for c in actor.codes:
            if c.end is not None and c.valid_on(date) and c.country == country and c.sector:
                sector = c.sector[:3]
                return sector if elite or sector != "ELI" else None
        return None
    return None
