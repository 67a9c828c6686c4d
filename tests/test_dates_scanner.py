"""Date scanner on hand-built (blank) docs: offsets, bad input, resolution rules."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.dates import find_dates
from redline.dates_rules import parse_published

NLP = spacy.blank("en")


def _dates(
    text: str, published: str | None = "2021-12-06"
) -> dict[str, tuple[str | None, str | None]]:
    return {d.text: (d.value, d.precision) for d in find_dates(NLP(text), published=published)}


def test_dates_offsets_index_the_text() -> None:
    text = "On Friday, 7 December 2021, and since 2008, last June."
    for d in find_dates(NLP(text), published="2021-12-06"):
        assert text[d.start : d.end] == d.text


def test_dates_future_publication_is_noted_not_refused() -> None:
    found = find_dates(NLP("He spoke yesterday."), published="2999-01-01")
    assert found[0].value == "2998-12-31"
    assert found[0].note and "future" in found[0].note


def test_dates_invalid_publication_gives_reason() -> None:
    found = find_dates(NLP("They met last week."), published="13/45/2021")
    assert found[0].value is None and "invalid publication date" in (found[0].reason or "")


def test_dates_leap_day_only_in_leap_years() -> None:
    assert _dates("on February 29, 2020")["February 29, 2020"] == ("2020-02-29", "day")
    assert _dates("on February 29, 2021")["February 29, 2021"][0] is None


def test_dates_counts_are_not_years() -> None:
    assert "2000" not in _dates("Russia sent 2000 troops and $2020 in cash.")


def test_dates_empty_doc() -> None:
    assert find_dates(NLP(""), published="2021-12-06") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_dates_never_raise_on_odd_text(text: str) -> None:
    for d in find_dates(NLP(text), published="2021-12-06"):
        assert text[d.start : d.end] == d.text
        assert d.value is not None or d.reason


def test_dates_parse_published() -> None:
    assert parse_published(None)[0] is None
    assert str(parse_published("2021-12-06T10:00:00Z")[0]) == "2021-12-06"
