"""The article's news day: undated news events take the day the lead reports."""

from __future__ import annotations

from typing import Any

import pytest

from redline.context import attach_context
from redline.dates import TimeExpr, find_dates
from redline.model import Event, Span
from redline.news_day import NewsDay, news_day, with_news_day

PUB = "2016-06-07"  # a Tuesday
SENTS = [(0, 100), (100, 200), (1100, 1200)]


def _expr(text: str, start: int, value: str | None, precision: str | None = "day") -> TimeExpr:
    return TimeExpr(text, start, start + len(text), value, precision)


@pytest.mark.parametrize(
    ("dates", "published", "expected"),
    [
        ([_expr("Monday", 40, "2016-06-06")], PUB, "2016-06-06"),  # fires: the day before
        ([_expr("yesterday", 120, "2016-06-06")], PUB, "2016-06-06"),
        ([_expr("Saturday", 40, "2016-06-04")], PUB, "2016-06-04"),  # a Monday-after story
        ([_expr("2015", 10, "2015", "year"), _expr("Monday", 40, "2016-06-06")], PUB,
         "2016-06-06"),  # a year named first is no day
        ([_expr("Tuesday", 40, "2016-06-07")], PUB, None),  # the lead's day is the page's day
        ([_expr("Thursday", 40, "2016-06-09")], PUB, None),  # a coming day
        ([_expr("last Monday", 40, "2016-05-30")], PUB, None),  # over three days back
        ([_expr("June 6", 40, "2016-06-06")], PUB, None),  # a written date dates itself
        ([_expr("Monday", 1150, "2016-06-06")], PUB, None),  # past the opening
        ([_expr("Monday", 40, None)], PUB, None),
        ([_expr("Monday", 40, "2016-06-06")], None, None),
        ([], PUB, None),
    ],
)
def test_news_day_from_the_lead(dates: list[TimeExpr], published: str | None,
                                expected: str | None) -> None:
    day = news_day(dates, SENTS, published)
    assert (day.value if day else None) == expected


def _event(name: str, at: int, date: str | None, precision: str | None) -> Event:
    return Event(id=name, sentence=0, source=None, target=None, cameo="", cameo_root="",
                 plover="", goldstein=0.0, quad_class=0, trigger=Span(name, at, at + 4),
                 modality="asserted", date=date, date_precision=precision)  # fmt: skip


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_event("talk", 150, PUB, "publication"), ("2016-06-06", "day")),  # fires
        (_event("lead", 50, PUB, "publication"), (PUB, "publication")),  # the lead's sentence
        (_event("dated", 150, "2016-06-05", "day"), ("2016-06-05", "day")),  # its own day
        (_event("old", 150, "2008-01-01", "year"), ("2008-01-01", "year")),
        (_event("past", 150, None, None), (None, None)),  # historical without a year
    ],
)
def test_news_day_dates_only_publication_dated_events(event: Event,
                                                      expected: tuple[str | None, str]) -> None:
    day = NewsDay("2016-06-06", "on Monday", 0, 100)
    (out,) = with_news_day([event], day)
    assert (out.date, out.date_precision) == expected
    assert with_news_day([event], None) == [event]


TEXT = ("The finance minister jabbed back on Monday at complaints from his counterpart. "
        "Mr. Lou told a news briefing that the talks went well. "
        "Mr. Lew stressed those worries on Sunday at a forum.")


def _at(word: str) -> Event:
    i = TEXT.index(word)
    return Event(id=word, sentence=0, source=None, target=None, cameo="", cameo_root="",
                 plover="", goldstein=0.0, quad_class=0, trigger=Span(word, i, i + len(word)),
                 modality="asserted")  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (PUB, {"jabbed": "2016-06-06", "told": "2016-06-06", "stressed": "2016-06-05"}),
        ("2016-06-06", {"jabbed": "2016-06-06", "told": "2016-06-06", "stressed": "2016-06-05"}),
        ("2016-06-20", {"told": "2016-06-20"}),  # a past Monday two weeks back: no news day
    ],
)
def test_news_day_through_attach_context(nlp: Any, published: str,
                                         expected: dict[str, str]) -> None:
    doc = nlp(TEXT)
    out = attach_context([_at("jabbed"), _at("told"), _at("stressed")], doc,
                         dates=find_dates(doc, published=published), places=[], quantities=[],
                         published=published)  # fmt: skip
    got = {e.id: e.date for e in out}
    assert {k: got[k] for k in expected} == expected
