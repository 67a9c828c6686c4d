"""Pronoun and relative-pronoun speakers: an unresolved 'they' (quotes.carry), a 'he' after
a quote (quotes.carry.keep_speaker) and 'who'/'that' named by their noun (quotes.speakers).
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.model import Quote
from redline.quotes import quotes_and_attributions


def _quotes(nlp: Any, text: str) -> list[Quote]:
    doc = nlp(text)
    return quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))[0]


def _speaker_of(quotes: list[Quote], content: str) -> str | None:
    quote = next(q for q in quotes if q.content.text == content)
    return quote.speaker.name if quote.speaker is not None else None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Protesters blocked the main road on Monday. They said the police had fired tear gas.",
     "the police had fired tear gas", "Protesters"),
    ("Farmers in the valley lost their crops. Their leaders met the mayor, and they said the "
     "aid was too late.", "the aid was too late", "leaders"),
])
def test_carry_they_is_the_plural_subject_before(nlp: Any, text: str, content: str,
                                                 speaker: str) -> None:
    found = _speaker_of(_quotes(nlp, text), content)
    assert found is not None and found.endswith(speaker)


@pytest.mark.slow
def test_carry_they_with_no_plural_subject_stays_unresolved(nlp: Any) -> None:
    text = "The rain stopped on Monday. They said the roads would reopen."
    assert _speaker_of(_quotes(nlp, text), "the roads would reopen") is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("“This is a test of nerves,” Marta Kowalska said. She went on to say that ministers such "
     "as Jan Nowak were tired of the talks. She said that the vote would come soon.",
     "that the vote would come soon", "Marta Kowalska"),
])
def test_carry_keep_speaker_over_a_name_inside_the_quote(nlp: Any, text: str, content: str,
                                                        speaker: str) -> None:
    assert _speaker_of(_quotes(nlp, text), content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The mayor won among voters who said they cared most about schools.",
     "they cared most about schools", "voters"),
    ("Acme, Globex and Initech are among retailers that said they raised prices.",
     "they raised prices", "Acme Globex Initech"),  # one of those said to be among them
])
def test_speakers_relative_pronoun_named_by_its_noun(nlp: Any, text: str, content: str,
                                                    speaker: str) -> None:
    assert _speaker_of(_quotes(nlp, text), content) in speaker.split()
