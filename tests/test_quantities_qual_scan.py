"""The money pattern that opens with an optional qualifier ("about $5 billion") is scanned
from its core, the currency symbol and amount (``redline.qualscan``): exactly the matches of
``finditer`` over the whole pattern. Texts written by us."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline import quantities as Q
from redline.qualscan import QualPattern, words_back

SYM = Q._MONEY_SYM_RX
WORDS = ["about ", "as ", "many ", "as\n", "more  ", "than ", "in ", "excess ", "of ", "no ",
         "up ", "to ", "$", "us$", "US$", "€", "£", "5", "1,000", "2.5", " billion", "bn", "m ",
         "x", "(", ")", ",", ".", "\u00a0", "\t", "some ", "nearly", "another ", "5 "]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "The fund gave about $5 billion to Kenya.",
    "as many as $3m, as  many\n as €20 bn and no more than £7",
    "Aid of us$40 million (about $5) arrived.",
    "x$5, 3$5, .$5 and ,$5 start no match; $5 and ($6) do.",
    "in excess of $1,000 and upwards of €2.5 billion",
    "",
    "no money here at all",
])
def test_same_matches_as_finditer(text: str) -> None:
    assert isinstance(SYM, QualPattern)
    assert _spans(SYM.finditer(text)) == _spans(SYM.full.finditer(text))


@pytest.mark.parametrize(("text", "end", "words", "back"), [
    ("as many as $5", 11, 3, 0),
    ("say as many as $5", 15, 3, 4),
    ("a  b\n c $5", 8, 2, 3),
    ("us$5", 2, 1, 0),  # inside a run: back to its start
    ("$5", 0, 4, 0),
])
def test_words_back(text: str, end: int, words: int, back: int) -> None:
    assert words_back(text, end, words) == back


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_same_matches_on_word_salad(parts: list[str]) -> None:
    text = "".join(parts)
    assert _spans(SYM.finditer(text)) == _spans(SYM.full.finditer(text))
