"""A bare "Congress" in a story about another state whose legislature is a congress
(actors/homecongress.py, r16-18a): that state's legislature, unless the story names a US
actor. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _congress(nlp: Any, text: str) -> list[str]:
    from redline.actors import resolve_actors

    return [a.code for a in resolve_actors(nlp(text), published="2019-06-01")
            if a.text.lower().endswith("congress")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "codes"), [
    # failed before (USALEG)
    ("Peru's president faced a new impeachment vote. Congress voted on Thursday to remove "
     "him from office.", ["PERLEG"]),
    ("Chile's government sent the reform to the Congress. Chile's president said the "
     "Congress would approve it.", ["CHLLEG", "CHLLEG"]),
    # as before: a US actor named, a state whose legislature is no congress, a name around it
    ("Congress passed the defense bill, and the White House said the president would sign "
     "it.", ["USALEG"]),
    ("Peru's foreign minister met Secretary of State Antony Blinken. Congress will review "
     "the trade deal.", ["USALEG"]),
    ("Kenya's president spoke in Nairobi. Kenya's Congress of Trade Unions backed him.", []),
    ("Colombia's Congress approved the peace deal on Wednesday.", ["COLLEG"]),
])
def test_bare_congress_in_a_story(nlp: Any, text: str, codes: list[str]) -> None:
    assert _congress(nlp, text) == codes
