"""Helpers shared by the gold-set scorers: coding many texts, shares, malformed-line notes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from redline.events.cameo_view import cameo_events
from redline.events.codebook import plover_current
from redline.model import Article, Document, Event

Progress = Callable[[int], None]  # called with the number of items just finished


@dataclass(frozen=True, slots=True)
class Item:
    """One text to code: an id, the text and its date (YYYY-MM-DD or None)."""

    id: str
    text: str
    published: str | None = None


def share(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def code_items(items: Iterable[Item], *, workers: int = 0,
               progress: Progress | None = None) -> Iterator[Document]:
    """Code ``items`` with the full coder, in order (``workers`` 0: all cores)."""
    from redline.pipeline import Coder

    articles = (Article(id=i.id, text=i.text, published=i.published) for i in items)
    with Coder(workers=workers or os.cpu_count() or 1) as coder:
        for doc in coder.pipe(articles):
            if progress is not None:
                progress(1)
            yield doc


def asserted_types(events: Iterable[Event]) -> set[str]:
    """PLOVER types (current names) of the asserted events that have one, read in CAMEO's
    convention (``cameo_view``: "will meet" is a promise, AGREE), as the outside sets code."""
    return {plover_current(e.plover) for e in cameo_events(events) if e.asserted and e.plover}


def warn(where: str, message: str) -> None:
    """One line on stderr for a malformed gold line: file and line, then what is wrong."""
    print(f"redline eval: skipped {where}: {message}", file=sys.stderr)


def one_to_one(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs ``(i, j)`` from ``(cost, i, j)`` candidates, cheapest first."""
    used_i: set[int] = set()
    used_j: set[int] = set()
    out = []
    for _, i, j in sorted(candidates):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j))
    return out
