"""Titles qualified by a destination, and the body in a title (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "span", "code", "name"),
    [
        # the post of the first country, named by the person after it, not the UN envoy
        ("U.S. ambassador to the EU Gordon Sondland testified on Tuesday.",
         "U.S. ambassador to the EU Gordon Sondland", "USAGOV", "Gordon Sondland"),
        ("The British ambassador to Iran was summoned.", "British ambassador to Iran",
         "GBRGOV", "British ambassador to Iran"),
        # the bare title still names the office holder whose post it is
        ("The U.S. ambassador to the United Nations said.", "U.S. ambassador", "USAGOV",
         "Linda Thomas-Greenfield"),
        # the body in the title wins over the title's own sector
        ("Taliban spokesman Zabihullah Mujahid said the group would attack.",
         "Taliban spokesman Zabihullah Mujahid", "AFGREB", "Zabihullah Mujahid"),
        ("Pentagon spokesman John Kirby said the drone was down.",
         "Pentagon spokesman John Kirby", "USAMIL", "John Kirby"),
        ("Republicans blocked the bill.", "Republicans", "USALEG", "Republicans"),
    ],
)
def test_titles_qualified(nlp: Any, text: str, span: str, code: str, name: str) -> None:
    found = {a.text: (a.code, a.name) for a in resolve_actors(nlp(text), published="2021-10-01")}
    assert found.get(span) == (code, name)
