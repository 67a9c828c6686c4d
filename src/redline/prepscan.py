"""``finditer`` for a pattern that opens with an optional preposition: the same matches, faster.

A date pattern such as ``(?:(?i:in|on|...)\\s+)?\\bMarch ...`` can start at any word that
begins like a preposition ("in", "of", "on", ...), so even with :func:`redline.fastre.compile_fast`
the regex engine enters it at nearly every word of a text. Its *core* (the pattern without
the preposition) starts with ``\\b`` and a word character and can start at far fewer places.

:class:`PrepPattern` finds the next core match first and tries the whole pattern only at the
few places that can start a match ending up in that core: the core's own start and the
preposition (at most ``longest`` characters) and the whitespace just before it. A match of the
whole pattern must hold a core match; the first core match at or after the scan position
bounds where it can start, since a core match cannot begin inside a preposition or its
whitespace (no word boundary followed by a word character there). So the matches, and their
order, are exactly those of ``finditer`` over the whole pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PrepPattern:
    """A full pattern, its core (starting with ``\\b`` and a word character) and the longest
    preposition the optional prefix can match, in characters."""

    full: re.Pattern[str]
    core: re.Pattern[str]
    longest: int

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``full.finditer(text)``, found from the core's matches."""
        return core_finditer(self.full, self.core, text, self._back)

    def _back(self, text: str, pos: int, core_start: int) -> int:
        """The earliest start a preposition before the core allows."""
        k = core_start
        while k > pos and text[k - 1].isspace():
            k -= 1
        return k - self.longest


def core_finditer(full: re.Pattern[str], core: re.Pattern[str], text: str,
                  back: Callable[[str, int, int], int]) -> Iterator[re.Match[str]]:
    """The matches of ``full.finditer(text)``, found from ``core``'s matches: at each core
    match, ``full`` is tried from ``back(text, pos, core_start)`` (the earliest start a
    match holding that core can have) up to the core's start."""
    pos, n = 0, len(text)
    while pos <= n:
        hit = core.search(text, pos)
        if hit is None:
            return
        m = _first_at(full, text, max(pos, back(text, pos, hit.start())), hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _first_at(full: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """``full``'s match at the first place in [start, end] where one starts."""
    for i in range(start, end + 1):
        m = full.match(text, i)
        if m is not None:
            return m
    return None
