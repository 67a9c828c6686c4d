"""An act's object "it" with an "of", "for" or "over" phrase stands for the nearest state or
organisation named before it, not the source's own (``events/it_targets.py``, issue 18,
sixteenth round). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import country_of, first_asserted

# (text, CAMEO root, target country)
PARTY: list[tuple[str, str, str]] = [
    ("The senator says he admires China. But he also accuses it of stealing jobs.", "11",
     "CHN"),
    ("Turkey shot down a jet. The Russian president blamed it for the crisis.", "11", "TUR"),
    ("Canada is a close ally, but the president criticized it over trade.", "11", "CAN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "tgt"), PARTY)
def test_it_stands_for_the_party_named_before(nlp: Any, text: str, root: str,
                                              tgt: str) -> None:
    event = first_asserted(nlp, text, root)
    assert country_of(event.target) == tgt, event


# "it" with nothing said about what the act is for is a thing; the source's own state is
# never its own target
THING: list[tuple[str, str]] = [
    ("Iran seized a tanker last week. Britain condemned it.", "11"),
    ("France is proud of its army, and Paris praised it for its courage.", "05"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), THING)
def test_it_is_no_party(nlp: Any, text: str, root: str) -> None:
    event = first_asserted(nlp, text, root)
    assert event.target is None or event.target.text != "it", event
    assert country_of(event.target) in (None, "IRN"), event
