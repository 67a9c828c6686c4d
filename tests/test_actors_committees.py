"""Committees of a legislature and their members (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("House Oversight Committee chairman Tom Example subpoenaed the bank.",
         "House Oversight Committee chairman Tom Example", "USALEG"),
        ("The Senate Armed Services Committee questioned the general.",
         "Senate Armed Services Committee", "USALEG"),
        # a known person after the committee keeps their own row
        ("The Senate Armed Services Committee met Mitch McConnell.", "Mitch McConnell",
         "USALEG"),
    ],
)
def test_committees_code_the_legislature(nlp: Any, text: str, span: str, code: str) -> None:
    actors = resolve_actors(nlp(text), published="2019-11-20")
    assert (span, code) in [(a.text, a.code) for a in actors]


def test_committees_not_the_white_house(nlp: Any) -> None:
    text = "The White House Budget Committee met on Monday."
    codes = [a.code for a in resolve_actors(nlp(text), published="2019-11-20")]
    assert "USALEG" not in codes
