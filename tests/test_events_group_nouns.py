"""Groups named by a plural noun our sector words lack (events/group_nouns.py). Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# a story of one state: Kenya named twice, so its groups are Kenya's
KENYA = "Kenya's president met Kenya's election board on Monday. "

# (sentence, CAMEO prefix, source code, target code)
CODED: list[tuple[str, str, str | None, str | None]] = [
    (KENYA + "Presidential candidates condemned Uganda.", "11", "KENPTY", "UGA"),
    (KENYA + "Supporters of the bill criticised Uganda.", "11", "KEN", "UGA"),
    (KENYA + "Angry voters accused Uganda of meddling.", "11", "KENCVL", "UGA"),
    (KENYA + "Uganda denounced the dissidents.", "11", "UGA", "KENOPP"),
    # a modifier naming a state wins over the story's country
    (KENYA + "Ugandan voters accused Kenya of meddling.", "11", "UGA", "KEN"),
]

# (sentence, CAMEO prefix, the group noun that must not be a side)
NOT_SIDES: list[tuple[str, str, str]] = [
    # commentators and words of everyone are no group of the story's state
    (KENYA + "Analysts criticised Uganda.", "11", "Analysts"),
    (KENYA + "Many people criticised Uganda.", "11", "people"),
    # a singular person noun is no group
    (KENYA + "A candidate criticised Uganda.", "11", "candidate"),
    # no state dominates the story: the group has no country, so it is no side
    ("France and Germany met on Monday. Voters criticised the deal.", "11", "Voters"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_group_nouns_coded(nlp: Any, text: str, prefix: str, src: str | None,
                           tgt: str | None) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "word"), NOT_SIDES)
def test_group_nouns_must_not_fire(nlp: Any, text: str, prefix: str, word: str) -> None:
    sides = [a.text for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)
             for a in (e.source, e.target) if a is not None]
    assert word not in sides, sides
