"""A pronoun side read as the quote stage reads the same pronoun (issue 18, sixteenth round).

"He urged the minister to resign, saying ..." names one person twice: the event's source
"He" (resolved by the actors stage's coreference) and the speaker of the quote told by the
same word (resolved by the quote stage, whose resolver weighs the quotes around it, gender,
titles and the subjects of recent sentences). Where both read the very same pronoun and
disagree, the event takes the quote stage's reading: its speakers are right 85 to 88 % of
the time on the article gold. Only a personal pronoun that is a speaker's own words is
read again; the event keeps the pronoun's text and offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.model import Actor, Event, Quote

PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def with_speaker_sides(events: Sequence[Event], quotes: Sequence[Quote]) -> list[Event]:
    """``events`` with a pronoun source or target read as the quote speaker it also is."""
    speakers = _pronoun_speakers(quotes)
    if not speakers:
        return list(events)
    return [_reread(e, speakers) for e in events]


def _pronoun_speakers(quotes: Sequence[Quote]) -> dict[tuple[int, int], Actor]:
    """Offsets of a pronoun speaker mention -> the coded actor the quote stage gave it."""
    out: dict[tuple[int, int], Actor] = {}
    for q in quotes:
        span, who = q.speaker_span, q.speaker
        if span is None or who is None or not who.code or span.text.lower() not in PRONOUNS:
            continue
        out.setdefault((span.start, span.end), who)
    return out


def _reread(event: Event, speakers: dict[tuple[int, int], Actor]) -> Event:
    src, tgt = _side(event.source, speakers), _side(event.target, speakers)
    if src is event.source and tgt is event.target:
        return event
    if src is not None and tgt is not None and src.code == tgt.code:
        return event  # the quote's reading would make the act its own target
    return replace(event, source=src, target=tgt)


def _side(actor: Actor | None, speakers: dict[tuple[int, int], Actor]) -> Actor | None:
    if actor is None or actor.text.lower() not in PRONOUNS:
        return actor
    who = speakers.get((actor.start, actor.end))
    if who is None or who.code == actor.code:
        return actor
    return replace(who, text=actor.text, start=actor.start, end=actor.end,
                   sentence=actor.sentence)
