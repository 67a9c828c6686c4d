"""``compile_fast`` finds exactly the matches ``re.compile`` finds (it only adds a lookahead)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.fastre import compile_fast

PATTERNS = [
    (r"(?:(?i:in|on|at)\s+)?\b(?P<mon>Jan(?:uary)?|May)\s+(?P<d>\d{1,2})", 0),
    (r"(?<![\w.,$])(?:(?P<q>about|nearly)\s+)?(?P<n>\d+|one|two|a few)\s+(?:troops|people)", re.I),
    (r"(?-i:Ab)c|x?yz", re.I),
    (r"(?:the\s+)?[A-Z][a-z]+(?:'s)?\s+borders?", 0),
    (r"\b(?:by\s+)?(?i:early|late)[\s-]+\d{4}", 0),
    (r"[\]\-^a-c]x|\^", 0),
    (r"(?<![\w-])(?:New York|Kyiv|the Donbas)(?![\w-])", 0),
]
ALPHABET = "abcdehijklnorstuxyzABJMKT0123 \n-.,'$^]ıİſK\u212a"
WORDS = ["in ", "On ", "May ", "January ", "12 ", "about ", "two ", "a few ", "troops", "people",
         "Abc", "abc", "xyz", "the ", "Kyiv", "New York", "'s ", "border", "late-", "1999", "x", "^"]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, max_size=4)),
                       max_size=30))
def test_fastre_same_matches_as_re(pattern: str, flags: int, pieces: list[str]) -> None:
    text = "".join(pieces)
    plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "optimised"), [
    (r"(?:in\s+)?May", 0, True),
    (r"a|b", 0, True),
    (r"x*", 0, False),  # may match empty: every position starts a match
    (r"[^a]b", 0, False),  # a negated class: not worked out
    (r".b", 0, False),
    (r"(?i)foo", 0, False),  # global flags must stay first
    (r"a # note", re.VERBOSE, False),
    (r"(a)?\1b", 0, False),  # a back reference before any required character
])
def test_fastre_falls_back_to_the_plain_pattern(pattern: str, flags: int,
                                                optimised: bool) -> None:
    fast = compile_fast(pattern, flags)
    assert (fast.pattern != pattern) is optimised
    assert fast.flags == re.compile(pattern, flags).flags
