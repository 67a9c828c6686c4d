"""A bare surname that is also a country's name is the country, unless the article names the
person in full or titles the word (issue 18, r10-18k; loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow

DATE = "2010-06-01"  # Madhav Kumar Nepal was Nepal's prime minister


def _actors(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    from redline.actors import resolve_actors

    return {a.text: (a.code, a.kind) for a in resolve_actors(nlp(text), published=DATE)}


@pytest.mark.parametrize(("text", "mention", "found"), [
    ("Nepal said the talks would resume.", "Nepal", ("NPL", "state")),
    ("Maoist leaders met Nepal in Kathmandu.", "Nepal", ("NPL", "state")),
    # the person: titled, or named in full before
    ("Prime Minister Nepal said the talks would resume.", "Prime Minister Nepal",
     ("NPLGOV", "person")),
    ("Madhav Kumar Nepal arrived on Monday. Nepal said the talks would resume.", "Nepal",
     ("NPLGOV", "person")),
])
def test_actors_misreads_country_surname(nlp: Any, text: str, mention: str,
                                         found: tuple[str, str]) -> None:
    assert _actors(nlp, text).get(mention) == found
