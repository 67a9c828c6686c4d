"""The article's news day: the day its lead reports, when that is not the publication day.

A story published on Tuesday often reports what happened on Monday ("The finance minister
jabbed back on Monday at complaints ..."): its undated news events (the talks, the meetings,
the replies told further down) happened on the day the lead names, not on the day the page
went out. The news day is the first weekday or "yesterday" phrase of the article's opening
that resolves to one to three days before publication; an event that :mod:`redline.context`
dated by the publication date alone takes that day instead. The lead's own sentence keeps
what its clauses say (its events were dated there, clause by clause).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from redline.dates import TimeExpr
from redline.model import Event

LEAD_CHARS = 1000  # the opening: headline, dateline and lead paragraph
MAX_DAYS_BACK = 3  # a Monday story reports Friday's news at most


@dataclasses.dataclass(frozen=True, slots=True)
class NewsDay:
    value: str  # YYYY-MM-DD
    text: str  # the lead's phrase ("on Monday", "yesterday")
    start: int  # character span of the lead's sentence
    end: int


def days_back(value: str | None, published: str | None) -> int:
    """Days from ``value`` back to ``published`` (both YYYY-MM-DD); -1 when either is no day."""
    if not value or not published or len(value) < 10:
        return -1
    try:
        return (date.fromisoformat(published[:10]) - date.fromisoformat(value[:10])).days
    except ValueError:
        return -1


def _relative_day(d: TimeExpr) -> bool:
    """A weekday or "yesterday"-like phrase: a day with no digits of its own."""
    return d.precision == "day" and d.note is None and not any(c.isdigit() for c in d.text)


def news_day(dates: Sequence[TimeExpr], sentences: Sequence[tuple[int, int]],
             published: str | None) -> NewsDay | None:
    """The lead's day when it lies one to three days before ``published``, else None."""
    lead = next((d for d in dates if d.start < LEAD_CHARS and _relative_day(d)), None)
    if lead is None or days_back(lead.value, published) not in range(1, MAX_DAYS_BACK + 1):
        return None
    start, end = next(((s, e) for s, e in sentences if s <= lead.start < e), (lead.start, lead.end))
    assert lead.value is not None
    return NewsDay(lead.value, lead.text, start, end)


def with_news_day(events: Sequence[Event], day: NewsDay | None) -> list[Event]:
    """Events dated by the publication date alone take the news day (not in the lead's
    own sentence, whose clauses were dated one by one)."""
    if day is None:
        return list(events)
    return [dataclasses.replace(e, date=day.value, date_text=day.text, date_precision="day")
            if e.date_precision == "publication" and not day.start <= e.trigger.start < day.end
            else e for e in events]
