"""Where candidate events are lost: an opt-in record for diagnostics (issue 17, 17r).

The events stages call :func:`note` when a trigger is found, when a found trigger makes no
event and when the review drops an event; nothing is kept unless a caller is inside
:func:`recording` (``scripts/miss_causes.py`` classes the article gold's missed events with
it). Outside a recording each call is one context-variable lookup.

A recording belongs to the thread (the context) that opened it: a document coded in another
thread meanwhile is not recorded into it. Nor is one coded in another process: under
``Coder(workers>1)`` the workers' records are lost, so record with ``workers=1``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redline.events.triggers import Hit

FOUND = "found"  # a trigger the lexicon knows (reason: empty)
SKIPPED = "skipped"  # a sentence the extraction does not read (no finite verb)
EXTRACT = "extract"  # a found trigger that made no event
REVIEW = "review"  # an event the review dropped


@dataclass(frozen=True, slots=True)
class Loss:
    """One record: the stage, why, the trigger's (or sentence's) character span and code."""

    stage: str
    reason: str
    start: int
    end: int
    code: str | None = None


_records: ContextVar[list[Loss] | None] = ContextVar("redline_losses", default=None)


def note(stage: str, reason: str, start: int, end: int, code: str | None = None) -> None:
    """Keep one record when a recording is on in this context; else nothing."""
    records = _records.get()
    if records is not None:
        records.append(Loss(stage, reason, start, end, code))


def active() -> bool:
    return _records.get() is not None


@contextmanager
def recording() -> Iterator[list[Loss]]:
    """Records of the stages run inside the block, in this thread and process only."""
    records: list[Loss] = []
    token = _records.set(records)
    try:
        yield records
    finally:
        _records.reset(token)


def note_hit(hit: Hit, stage: str, reason: str = "") -> None:
    """A record for a trigger (its first to its last word); outside ``FOUND`` an empty
    ``reason`` means nothing was lost, and nothing is kept."""
    if _records.get() is not None and (reason or stage == FOUND):
        first, last = sorted((hit.tok, hit.last), key=lambda t: t.i)
        note(stage, reason, first.idx, last.idx + len(last), hit.code)
