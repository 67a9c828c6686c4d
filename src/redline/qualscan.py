"""``finditer`` for a quantity pattern that opens with an optional qualifier: the same matches,
faster.

The quantity patterns of :mod:`redline.quantities` open with an optional qualifier ("about",
"as many as", "more than") before the amount, so even with
:func:`redline.fastre.compile_fast` the regex engine enters them at nearly every word.
:class:`QualPattern` searches the pattern's *core* (the pattern after the qualifier: the
amount and what follows it) and tries the whole pattern only from a few words before each
core match up to it. Every match of the whole pattern holds a core match, its qualifier has
at most ``words`` words and its core cannot start with whitespace, so the first core match at
or after the scan position bounds where the first whole match can start: the matches, and
their order, are exactly those of ``finditer`` over the whole pattern (the same argument as
:mod:`redline.prepscan`, with the preposition's length counted in words, since a qualifier's
words may be split by any whitespace).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redline.prepscan import core_finditer


@dataclass(frozen=True, slots=True)
class QualPattern:
    """A full pattern, its core (which cannot start with whitespace) and the most words
    the optional qualifier before the core can match."""

    full: re.Pattern[str]
    core: re.Pattern[str]
    words: int

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``full.finditer(text)``, found from the core's matches."""
        return core_finditer(self.full, self.core, text, self._back)

    def _back(self, text: str, pos: int, core_start: int) -> int:
        """The start of the ``words``-th run of non-space characters before the core."""
        return words_back(text, core_start, self.words)


def words_back(text: str, end: int, words: int) -> int:
    """The start of the ``words``-th run of non-space characters before ``end`` (0 if the
    text has fewer), whitespace between runs skipped."""
    k = end
    for _ in range(words):
        while k > 0 and text[k - 1].isspace():
            k -= 1
        while k > 0 and not text[k - 1].isspace():
            k -= 1
    return k
