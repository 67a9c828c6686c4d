"""Date patterns that open with an optional preposition are scanned from their core's
matches (``redline.prepscan``): exactly the matches of ``finditer`` over the whole pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline import dates
from redline.prepscan import PrepPattern

PREP = dates._PREP
CORES = [
    r"\b(?P<mon>Jan(?:uary)?|May|March)\s+(?P<d>\d{1,2})\b",
    r"\b(?:the\s+)?(?P<d>\d{1,2})\s+(?:of\s+)?(?P<mon>May|March)",
    r"\b(?:(?i:last|next)\s+)?(?P<wd>Monday|Friday)(?:\s+night)?\b",
]
WORDS = ["in ", "In  ", "on ", "of\n", "throughout ", "around\t", "during ", "within ", "fin ",
         "the ", "May ", "March ", "January ", "12 ", "3 ", "last ", "Next ", "Monday", "Friday ",
         "night", "of ", ",", ".", "x", "İn ", "\u00a0", "the 5 ", "ın "]
ALPHABET = "aefhinortuxMJ0135 \n\t,.-ıİ\u00a0"


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _pair(core: str) -> tuple[re.Pattern[str], PrepPattern]:
    full = re.compile(PREP + core)
    return full, PrepPattern(full, re.compile(core), dates._PREP_LONGEST)


@pytest.mark.parametrize(("text", "expected"), [
    ("talks in March 3 and on May 4", ["in March 3", "on May 4"]),
    ("within March 3", ["in March 3"]),  # the prefix has no word boundary of its own
    ("throughout  \n January 12", ["throughout  \n January 12"]),
    ("fin March 3", ["in March 3"]),
    ("for\tMarch 3", ["for\tMarch 3"]),
    ("In May 5, of March 12 of", ["In May 5", "of March 12"]),
    ("inMarch 3", []),  # the core needs a word boundary before the month
    ("nothing here", []),
])
def test_prep_scan_table(text: str, expected: list[str]) -> None:
    full, fast = _pair(CORES[0])
    assert [m.group(0) for m in fast.finditer(text)] == expected
    assert [m.group(0) for m in full.finditer(text)] == expected


@pytest.mark.parametrize("core", CORES)
@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, max_size=3)),
                       max_size=30))
def test_prep_scan_same_as_finditer(core: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    full, fast = _pair(core)
    assert _spans(fast.finditer(text)) == _spans(full.finditer(text))


@pytest.mark.parametrize(("kind", "rx"), [(k, r) for k, r in dates._PATTERNS
                                          if isinstance(r, PrepPattern)])
@settings(max_examples=100, deadline=None)
@given(pieces=st.lists(st.sampled_from(WORDS + ["2014 ", "early ", "the end of ", "4th "]),
                       max_size=25))
def test_dates_patterns_same_as_finditer(kind: str, rx: PrepPattern, pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(rx.finditer(text)) == _spans(rx.full.finditer(text)), kind
