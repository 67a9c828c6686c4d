"""The unnamed officials whose pronoun tells a verbal act are the actor stage's title words
(one-word titles of ``actors/data/titles.csv`` and ``actors.compose.TITLE_WORDS``;
events/unknown_speakers.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

# (sentence, CAMEO code): a title word as the speaker: the act, asserted, both sides empty
CODED: list[tuple[str, str]] = [
    ("The prosecutor said they reject the accusations.", "016"),  # titles.csv
    ("The senator said they agree with the ruling of the court.", "019"),  # titles.csv
    ("The chairwoman said they reject the accusations.", "016"),  # TITLE_WORDS
]

# (sentence, CAMEO prefix): no title word, or a person's title with "it": no such event
NOT_CODED: list[tuple[str, str]] = [
    ("The farmer said they reject the accusations.", "0"),
    ("The adviser said it rejects the accusations.", "0"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), CODED)
def test_title_word_speaker_pronoun_coded(nlp: Any, text: str, code: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in coded_events(nlp, text) if e.asserted]
    assert (code, None, None) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_no_title_word_no_event(nlp: Any, text: str, prefix: str) -> None:
    found = [e.cameo for e in coded_events(nlp, text) if e.cameo.startswith(prefix)]
    assert not found, found
