"""Speakers named as the subject of a passive that reports their words ('X was quoted as
saying', 'X is reported to have called', 'X was forced to admit'): the passive's subject
is who spoke; a passive whose subject is the one spoken to ('X was urged to say') gives
no speaker that way (our own sentences; ``redline.quotes.raised``)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.quotes import quotes_and_attributions


def _speakers(nlp: Any, text: str, content: str) -> list[str | None]:
    doc = nlp(text)
    said, others = quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))
    return [q.speaker_text for q in said + others if content in q.content.text]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a participle of saying under a preposition of a passive
    ("The Iranian foreign minister, Javad Zarif, was quoted as saying that the talks "
     "had failed.", "the talks had failed", "Javad Zarif"),
    ("Kremlin spokesman Dmitry Peskov was quoted by a news agency as saying that no "
     "meeting was planned.", "no meeting was planned", "Dmitry Peskov"),
    ("Senator Dana Whitcomb was criticized for saying that the vote had been rigged.",
     "the vote had been rigged", "Senator Dana Whitcomb"),
    # a passive verb of saying whose infinitive is a verb of saying
    ("Governor Ray Hollis is reported to have called the plan a disaster for farmers.",
     "called the plan", "Governor Ray Hollis"),
    ("Chancellor Olaf Scholz is said to have told aides that the deal was dead.",
     "the deal was dead", "Chancellor Olaf Scholz"),
    # an infinitive cue completing a passive verb
    ("Finance Minister Ana Ruiz was forced to admit that the figures were wrong.",
     "the figures were wrong", "Finance Minister Ana Ruiz"),
])
def test_quotes_raised_passives_give_the_subject(nlp: Any, text: str, content: str,
                                                 speaker: str) -> None:
    found = _speakers(nlp, text, content)
    assert found and all(s is not None and speaker in s for s in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "not_speaker"), [
    # the one urged or asked to speak is spoken to
    ("President Ivan Petrov was urged to say whether the troops would leave.",
     "whether the troops would leave", "President Ivan Petrov"),
    ("Senator Dana Whitcomb was asked to explain why the vote had been delayed.",
     "why the vote had been delayed", "Senator Dana Whitcomb"),
    # a passive with its agent named: the agent speaks
    ("The plan was described by Governor Ray Hollis as a disaster for farmers.",
     "a disaster for farmers", "The plan"),
])
def test_quotes_raised_passives_left_alone(nlp: Any, text: str, content: str,
                                           not_speaker: str) -> None:
    found = _speakers(nlp, text, content)
    assert all(s is None or not_speaker not in s for s in found), found
