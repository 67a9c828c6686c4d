"""A known name at the start of a longer one is someone else's (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # Juan Carlos Jobet is a Chilean minister, not King Juan Carlos
        ("Chilean minister Juan Carlos Jobet said the talks had failed.", "ESP", "CHLGOV"),
        # particles and suffixes do not lengthen a name
        ("Crown Prince Mohammed bin Salman Al Saud met the envoy.", None, "SAU"),
        ("Joe Biden Jr. spoke on Monday.", None, "USAGOV"),
    ],
)
def test_longnames_longer_name_is_someone_else(nlp: Any, text: str, absent: str | None,
                                               present: str) -> None:
    codes = [a.code for a in resolve_actors(nlp(text), published="2022-04-01")]
    assert any(c.startswith(present) for c in codes)
    assert absent is None or not any(c.startswith(absent) for c in codes)
