"""Quoted words that are no one's quote: terms, names, titles and slogans.

A quoted stretch that no quote and no attribution holds is kept as a term ('the so-called
"coalition of the willing"', 'dubbed the "Hanoi Hilton"', a film's title): the additive
``Document.terms`` list, so a reader can still find the words the article set in quote
marks. Found from the quote marks alone (``redline.quotes.marks``): no parse is needed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from redline.model import Quote, Span
from redline.quotes.marks import find_quote_spans, paragraphs


def _held(start: int, end: int, contents: Sequence[tuple[int, int]],
          reach: Sequence[int]) -> bool:
    """Whether half of [start, end) lies inside one of ``contents`` (sorted by start)."""
    k = bisect.bisect_right(contents, (end, end)) - 1
    need = max(1, (end - start) // 2)
    while k >= 0 and reach[k] > start:
        lo, hi = contents[k]
        if min(hi, end) - max(lo, start) >= need:
            return True
        k -= 1
    return False


def find_terms(text: str, quotes: Iterable[Quote]) -> list[Span]:
    """The quoted stretches of ``text`` that none of ``quotes`` (quotes and attributions
    alike) holds, in text order."""
    contents = sorted((q.content.start, q.content.end) for q in quotes)
    reach: list[int] = []  # the furthest end among contents up to k
    for _, end in contents:
        reach.append(max(end, reach[-1]) if reach else end)
    out: list[Span] = []
    for span in find_quote_spans(text, paras=paragraphs(text)):
        words = text[span.start:span.end]
        if words.strip() and not _held(span.start, span.end, contents, reach):
            out.append(Span(words, span.start, span.end))
    return sorted(out, key=lambda s: s.start)
