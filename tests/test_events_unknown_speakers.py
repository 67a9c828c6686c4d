"""Verbal acts told by a pronoun after a speaker no actor is known for
(events/unknown_speakers.py, via events/agentless.py). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import coded_events

# (sentence, CAMEO code): the reported act, asserted, with both sides empty
CODED: list[tuple[str, str]] = [
    ("Ms Rahimi said they agree with the ruling of the court.", "019"),
    ("The Riverside Tenants Union warned that it will not end the strike until rents fall.",
     "124"),
    ("Officials from the county have said they agree with the board that the fees were high.",
     "019"),
    ("Jane Mabuza says they are pessimistic about the talks.", "012"),
    ("The minister said they reject the accusations.", "016"),
    # the actor stage's title words (one-word titles of actors/data/titles.csv and
    # actors.compose.TITLE_WORDS) name the unnamed official
    ("The prosecutor said they reject the accusations.", "016"),
    ("The senator said they agree with the ruling of the court.", "019"),
    ("The chairwoman said they reject the accusations.", "016"),
]

# (sentence, CAMEO prefix): no such event
NOT_CODED: list[tuple[str, str]] = [
    ("He said they agree with the ruling.", "01"),  # a pronoun speaker
    ("Experts said they agree with the ruling.", "01"),  # no name, no official
    ("Ms Rahimi said they went to the market.", "0"),  # no verbal act reported
    ("Ms Rahimi hopes they agree with the ruling.", "01"),  # no verb of saying
    # the pronoun cannot stand for the speaker: "it" for a person, "he" for a body or several
    ("Ms Rahimi said it is pessimistic about the talks.", "01"),
    ("The minister said it rejects the accusations.", "0"),
    ("The Riverside Tenants Union said he rejects the accusations.", "0"),
    ("Officials from the county said he rejects the accusations.", "0"),
    ("The adviser said it rejects the accusations.", "0"),
    ("The farmer said they reject the accusations.", "0"),  # no title word
]

# (sentence, CAMEO code): the quote stage voices the word with the speaker it resolves; the
# sideless event does not take the word from it
SPEAKER_FIRST: list[tuple[str, str]] = [
    ("The Riverside Union said it is skeptical about the plan to close the mine.", "012"),
    ("The Government said that they hoped that banks would not raise rates.", "013"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), SPEAKER_FIRST)
def test_unknown_speaker_quote_speaker_first(nlp: Any, text: str, code: str) -> None:
    found = [(e.cameo, e.source is not None) for e in coded_events(nlp, text) if e.asserted]
    assert (code, True) in found and (code, False) not in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code"), CODED)
def test_unknown_speaker_pronoun_coded(nlp: Any, text: str, code: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in coded_events(nlp, text) if e.asserted]
    assert (code, None, None) in found, found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_CODED)
def test_unknown_speaker_pronoun_not_coded(nlp: Any, text: str, prefix: str) -> None:
    found = [(e.cameo, e.trigger.text) for e in coded_events(nlp, text)
             if e.asserted and e.cameo.startswith(prefix)]
    assert not found, found
