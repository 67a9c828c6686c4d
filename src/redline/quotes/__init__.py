"""Quotes and attribution: who said what, resolved to an actor.

``extract_quotes(doc, actors)`` finds direct, indirect, mixed, partial and
"according to" quotes; ``quotes_and_attributions(doc, actors)`` gives them with, apart,
the attributions that are not speech (beliefs, wishes, stances); ``attribute_events(events,
quotes)`` credits events found inside a quote's content to its speaker and
``link_events(quotes, events)`` lists them on the quote; ``find_terms(text, quotes)`` keeps the
quoted words that are no one's quote (terms, names, titles: ``redline.quotes.terms``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redline.model import Event, Quote
from redline.quotes.extract import extract_quotes, quotes_and_attributions
from redline.quotes.terms import find_terms


def _inside(event: Event, quote: Quote) -> bool:
    trig = event.trigger
    if quote.cue is not None and trig.start < quote.cue.end and quote.cue.start < trig.end:
        return False
    return quote.content.start <= trig.start and trig.end <= quote.content.end


def attribute_events(events: Sequence[Event], quotes: Sequence[Quote]) -> list[Event]:
    """Set ``attributed_to`` on events inside a quote's content (where not already set).

    When quotes nest, the innermost (shortest) content with a speaker wins.
    """
    spoken = sorted((q for q in quotes if q.speaker is not None),
                    key=lambda q: q.content.end - q.content.start)
    out: list[Event] = []
    for event in events:
        if event.attributed_to is None:
            quote = next((q for q in spoken if _inside(event, q)), None)
            if quote is not None:
                event = replace(event, attributed_to=quote.speaker)
        out.append(event)
    return out


def link_events(quotes: Sequence[Quote], events: Sequence[Event]) -> list[Quote]:
    """Each quote with the ids of the events told in its content."""
    out: list[Quote] = []
    for quote in quotes:
        ids = tuple(e.id for e in events if _inside(e, quote))
        out.append(replace(quote, events=ids) if ids else quote)
    return out


__all__ = ["attribute_events", "extract_quotes", "find_terms", "link_events",
           "quotes_and_attributions"]
