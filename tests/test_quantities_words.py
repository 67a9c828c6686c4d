"""Number words, amounts and the blank-doc path of the quantity finder."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.quantities import find_quantities
from redline.quantity_words import parse_amount, words_value

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "value"),
    [("three", 3), ("twenty-five", 25), ("a hundred", 100), ("two hundred thousand", 200000),
     ("ninety nine", 99), ("one million", 1e6), ("seven", 7)],
)  # fmt: skip
def test_quantities_words_value(text: str, value: float) -> None:
    assert words_value(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10,000 to 15,000", (10000, 15000, "range")), ("10 to 15 million", (1e7, 1.5e7, "range")),
     ("tens of thousands", (20000, 99999, "vague")), ("1.5 billion", (1.5e9, None, None)),
     ("a dozen", (12, None, None)), ("10^13", (1e13, None, None))],
)  # fmt: skip
def test_quantities_parse_amount(text: str, expected: tuple[object, ...]) -> None:
    assert parse_amount(text) == expected


def test_quantities_absurd_count_is_none_not_crash() -> None:
    qs = find_quantities(NLP("They claimed " + "9" * 400 + " troops and 10^13 soldiers."))
    assert [q.value for q in qs] == [None, None]
    assert [q.unit for q in qs] == ["troops", "soldiers"]


def test_quantities_money_is_not_also_a_count() -> None:
    qs = find_quantities(NLP("Washington pledged $1.5 billion and €300 million."))
    assert [(q.unit, q.value) for q in qs] == [("USD", 1.5e9), ("EUR", 3e8)]


def test_quantities_empty_doc() -> None:
    assert find_quantities(NLP("")) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_quantities_never_raise_on_odd_text(text: str) -> None:
    for q in find_quantities(NLP(text)):
        assert text[q.start : q.end] == q.text
