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


def _history(nlp: Any, text: str, word: str, published: str = "2019-11-19",
             modality: str = "asserted") -> tuple[Any, ...]:
    doc = nlp(text)
    i = text.index(word)
    ev = Event(id=word, sentence=0, source=None, target=None, cameo="", cameo_root="",
               plover="", goldstein=0.0, quad_class=0, trigger=Span(word, i, i + len(word)),
               modality=modality)  # fmt: skip
    (out,) = attach_context([ev], doc, dates=find_dates(doc, published=published), places=[],
                            quantities=[], published=published)  # fmt: skip
    return out.modality, out.date, out.date_precision


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # fires: a whole past year, named or counted back, makes a past event background
        ("Other teacher protests were held last year in West Virginia.", "held",
         ("historical", "2018-01-01", "year")),
        ("Teachers protested in 2017 in Arizona.", "protested",
         ("historical", "2017-01-01", "year")),
        # must not fire: this year, last month, a future year, a present perfect
        ("Teachers protested this year in Arizona.", "protested",
         ("asserted", "2019-01-01", "year")),
        ("Teachers protested last month in Arizona.", "protested",
         ("asserted", "2019-10-01", "month")),
        # (a future year: no history; an event handed in as asserted is still to come,
        # intended, by ``context._ahead``, r16-16d)
        ("Teachers will protest next year in Arizona.", "protest",
         ("intended", "2020-01-01", "year")),
        ("Teachers have protested since last year.", "protested",
         ("asserted", "2018-01-01", "year")),
    ],
)
def test_context_past_year_makes_history(nlp: Any, text: str, word: str,
                                         expected: tuple[str, str, str]) -> None:
    assert _history(nlp, text, word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fires: a background clause dated within the year before publication is news
        ("Lawmakers questioned him about Trump's July 25 call when he asked Zelenskiy for help.",
         ("asserted", "2019-07-25", "day")),
        # must not fire: a day that dates the main clause, not the noun; a named past year,
        # a month more than a year back, no date at all
        ("On Nov. 12, lawmakers recalled the freedoms granted when he asked Britain for help.",
         ("historical", "2019-11-12", "day")),
        ("Lawmakers questioned him about Trump's 2017 call when he asked Zelenskiy for help.",
         ("historical", "2017-01-01", "year")),
        ("Lawmakers questioned him about the March 2018 call when he asked Zelenskiy for help.",
         ("historical", "2018-03-01", "month")),
        ("Lawmakers questioned him about the call when he asked Zelenskiy for help.",
         ("historical", None, None)),
    ],
)
def test_context_recent_background_is_news(nlp: Any, text: str,
                                           expected: tuple[Any, ...]) -> None:
    word = "asked"
    assert _history(nlp, text, word, "2019-11-20", "historical") == expected


@pytest.mark.slow
def test_context_historical_is_not_dated_by_a_coming_year(nlp: Any) -> None:
    text = "The treaty, which Britain signed when Labour ruled, expires next year."
    assert _history(nlp, text, "signed", "2019-11-20", "historical")[1:] == (None, None)
