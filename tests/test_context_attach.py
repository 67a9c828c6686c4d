"""Attaching dates, places and quantities to events by clause."""

from __future__ import annotations

from typing import Any

import pytest

from redline.context import attach_context
from redline.dates import find_dates
from redline.model import Event, Span
from redline.places import find_places
from redline.quantities import find_quantities

TEXT = (
    "Putin, who invaded Crimea in 2014, said on Friday in Moscow that Russia had deployed "
    "175,000 troops along the Ukraine border. Biden will call Putin on Tuesday. "
    "NATO met in Brussels. Russia attacked Georgia, the ministry recalled."
)
PUB = "2021-12-06"


def _event(word: str, modality: str = "asserted") -> Event:
    i = TEXT.index(word)
    return Event(id=word, sentence=0, source=None, target=None, cameo="", cameo_root="",
                 plover="", goldstein=0.0, quad_class=0, trigger=Span(word, i, i + len(word)),
                 modality=modality)  # fmt: skip


def _attach(nlp: Any, events: list[Event], published: str | None = PUB) -> dict[str, Event]:
    doc = nlp(TEXT)
    out = attach_context(events, doc, dates=find_dates(doc, published=published),
                         places=find_places(doc, []), quantities=find_quantities(doc),
                         published=published)  # fmt: skip
    return {e.id: e for e in out}


@pytest.mark.slow
def test_context_each_event_takes_its_own_clause(nlp: Any) -> None:
    evs = _attach(nlp, [_event("invaded", "historical"), _event("said"), _event("deployed"),
                        _event("call"), _event("met")])  # fmt: skip
    assert (evs["invaded"].date, evs["invaded"].date_precision) == ("2014-01-01", "year")
    assert (evs["said"].date, evs["said"].date_text) == ("2021-12-03", "Friday")
    assert evs["said"].location is not None and evs["said"].location.name == "Moscow"
    assert evs["call"].date == "2021-12-07"
    assert evs["met"].location is not None and evs["met"].location.name == "Brussels"


@pytest.mark.slow
def test_context_no_time_words_take_publication_date(nlp: Any) -> None:
    ev = _attach(nlp, [_event("deployed")])["deployed"]
    assert (ev.date, ev.date_text, ev.date_precision) == (PUB, None, "publication")
    assert ev.location is not None and ev.location.gazetteer_id == "redline:ukraine-border"
    assert [q.value for q in ev.quantities] == [175000]


@pytest.mark.slow
def test_context_historical_without_year_is_not_dated_today(nlp: Any) -> None:
    ev = _attach(nlp, [_event("attacked", "historical")])["attacked"]
    assert ev.date is None and ev.date_precision is None


@pytest.mark.slow
def test_context_missing_publication_date(nlp: Any) -> None:
    evs = _attach(nlp, [_event("met"), _event("said")], published=None)
    assert evs["met"].date is None and evs["met"].date_precision is None
    assert evs["said"].date is None and evs["said"].date_text == "Friday"


def test_context_no_events_is_empty() -> None:
    import spacy

    doc = spacy.blank("en")("Nothing happened.")
    assert attach_context([], doc, dates=[], places=[], quantities=[], published=PUB) == []
