"""Event nouns inside time phrases that name their parties, and protests placed in a state
(events/background_nouns.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, country_of

# (sentence, CAMEO prefix, source country, target country)
CODED: list[tuple[str, str, str | None, str | None]] = [
    ("Two men died during protests in Peru against the government.", "14", "PER", "PER"),
    ("The border reopened after a meeting between Kenya and Somalia.", "04", "KEN", "SOM"),
]

# (sentence, CAMEO prefix): no event of that kind
NONE: list[tuple[str, str]] = [
    # a time phrase that names nobody, or one party only, stays background
    ("The border reopened after the talks.", "04"),
    ("The border reopened after a meeting between Kenyan ministers.", "04"),
    ("Two men died during the protests.", "14"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_background_nouns_coded(nlp: Any, text: str, prefix: str, src: str | None,
                                tgt: str | None) -> None:
    found = [(country_of(e.source), country_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NONE)
def test_background_nouns_none(nlp: Any, text: str, prefix: str) -> None:
    sentences = text.split(". ")
    last = [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)
            and e.sentence == len(sentences) - 1]
    assert not last, last
