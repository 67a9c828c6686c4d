"""Quote-mark scanning, attribution of events, and offsets on random quote-mark soup."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.model import Actor, Event, Quote, Span
from redline.quotes import attribute_events, extract_quotes
from redline.quotes.marks import find_quote_spans

MARK_CASES = [
    ('a "b" c', ["b"]),
    ("a “b” c ‘d’ e", ["b", "d"]),
    ("the country’s ‘plan’", ["plan"]),
    ('“outer “inner” rest”', ["outer “inner” rest"]),
    ("''two apostrophes'' here", ["two apostrophes"]),
    # two typographic single marks close a double quote, as some wires write them
    ("“mislead voters,’’ he said. “And more.”", ["mislead voters,", "And more."]),
    ("a “role in regulating content.’’ The ‘plan’", ["role in regulating content.", "plan"]),
    # ’’ after a single quote still open inside a double quote closes the single quote and
    # is an apostrophe, not a double close
    ("“The union said the ‘owners’’ offer was unfair,” he said.",
     ["The union said the ‘owners’’ offer was unfair,"]),
    ("“It is the ‘people’s’’ choice,” she said. “Yes.”",
     ["It is the ‘people’s’’ choice,", "Yes."]),
    ('”misused opener.” then', ["misused opener."]),
    ('open "never closed\n\nnext "ok" para', ["never closed", "ok"]),
    # a line is a paragraph; a line starting in lower case is a wrapped line
    ('open "never closed\nNext "ok" line', ["never closed", "ok"]),
    ('He said "we will\nwin" today', ["we will\nwin"]),
    ('"first para\n\n"second para."', ['first para\n\n"second para.']),
    ("5'10\" tall and \"quoted\"", ["quoted"]),
    ('"', []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), MARK_CASES)
def test_quotes_marks_spans(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == expected


SOUP = st.lists(st.sampled_from(list("ab .,\n\"“”‘’'«»:—") + ["''", " he said"]),
                max_size=80).map("".join)


@given(SOUP)
def test_quotes_marks_offsets_valid(text: str) -> None:
    for span in find_quote_spans(text):
        assert 0 <= span.outer_start <= span.start < span.end <= span.outer_end <= len(text)


@pytest.mark.slow
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "“", "”", "‘", "’", "''", " He said ", ", ", ".", "\n\n",
                                 "Russia warned", " that the talks failed", ":", " — ",
                                 "according to Kyiv", "x"]), max_size=30))
def test_quotes_never_crash_on_mark_soup(nlp: Any, parts: list[str]) -> None:
    text = "".join(parts)
    for q in extract_quotes(nlp(text), []):
        assert text[q.content.start:q.content.end] == q.content.text
        assert q.content.text.strip()
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text


def _actor(name: str, start: int) -> Actor:
    return Actor(name, start, start + len(name), name, "RUSGOV", "RUS", "GOV", "person")


def _event(start: int, end: int, attributed: Actor | None = None) -> Event:
    return Event("e", 0, None, None, "190", "19", "ASSAULT", -10.0, 4,
                 Span("x" * (end - start), start, end), attributed_to=attributed)


@pytest.mark.parametrize(("trigger", "expected"), [
    ((12, 18), "Peskov"),   # inside the outer quote
    ((40, 45), "Lavrov"),   # inside the nested, shorter quote: the inner speaker wins
    ((70, 74), None),       # outside every quote
    ((100, 104), None),     # the cue itself is not attributed
])
def test_quotes_attribute_events(trigger: tuple[int, int], expected: str | None) -> None:
    peskov, lavrov = _actor("Peskov", 80), _actor("Lavrov", 30)
    quotes = [
        Quote(0, peskov, "Peskov", Span("said", 100, 104), Span("c" * 60, 5, 65), True),
        Quote(0, lavrov, "Lavrov", None, Span("c" * 15, 35, 50), True, "partial"),
        Quote(0, None, None, None, Span("c" * 10, 60, 105), True),
    ]
    out = attribute_events([_event(*trigger)], quotes)
    got = out[0].attributed_to
    assert (got.name if got else None) == expected


def test_quotes_attribute_events_keeps_existing() -> None:
    first, other = _actor("Peskov", 0), _actor("Lavrov", 0)
    quote = Quote(0, other, "Lavrov", None, Span("c" * 20, 0, 20), True)
    out = attribute_events([_event(2, 5, attributed=first)], [quote])
    assert out[0].attributed_to == first
