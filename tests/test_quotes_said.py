"""Quotes that are quotes: words someone said or wrote, apart from terms and from the
attributions that are not speech (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.model import Document, Quote
from redline.quotes import quotes_and_attributions
from redline.quotes.blocks import headline
from redline.quotes.partial import is_term
from redline.schema import validation_errors


def _split(nlp: Any, text: str) -> tuple[list[Quote], list[Quote]]:
    doc = nlp(text)
    return quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))


@pytest.mark.parametrize(("text", "term"), [
    ("coalition", True),
    ("Hanoi Hilton", True),
    ("Operation Northern Shield Begins Today", True),
    ("worthless", True),
    ("show no mercy to the rebels", False),
    ("We will not give up.", False),
])
def test_quotes_said_term_or_statement(text: str, term: bool) -> None:
    assert is_term(text) is term


@pytest.mark.parametrize(("text", "is_headline"), [
    ("Ministry: talks will resume next week", True),
    ("SOURCE: News agencies", True),
    ("PENCE: Well, we will see.", False),
    ('Lavrov: "We will respond in kind."', False),
])
def test_quotes_said_headline(text: str, is_headline: bool) -> None:
    assert headline(text, 0, len(text)) is is_headline


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    'The minister criticised the so-called "coalition of the willing" on Monday.',
    'Militants from a group called "Northern Shield" attacked the post.',
    'The sanctions had proven to be "worthless" in the end.',
    'The prison, dubbed the "Hanoi Hilton", held hundreds of pilots.',
    'The plan, known as "Operation Shield", began in May.',
    "Ministry: talks will resume next week\n\nTrade fell in May.",
    "SOURCE: News agencies",
])
def test_quotes_said_terms_and_furniture_are_no_quotes(nlp: Any, text: str) -> None:
    quotes, _ = _split(nlp, text)
    assert quotes == [], [(q.content.text, q.cue) for q in quotes]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content"), [
    ("Diplomats believe the ceasefire will hold.", "the ceasefire will hold"),
    ('The president wants to "reset" ties with Moscow.', 'to "reset" ties with Moscow'),
    ('The crowd displayed banners reading "No war".', 'banners reading "No war"'),
    ("Ankara wants a buffer zone along the border.", "a buffer zone along the border"),
    ("The ministry denounced the court ruling.", "the court ruling"),
    ("Germany pledged to expand its army.", "to expand its army"),
])
def test_quotes_said_attribution_is_not_a_quote(nlp: Any, text: str, content: str) -> None:
    quotes, others = _split(nlp, text)
    assert quotes == []
    assert content in [q.content.text for q in others]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The minister said the talks had failed.", "the talks had failed", "The minister"),
    ("Beijing urged both sides to show restraint.", "both sides to show restraint",
     "Beijing"),
    ("Esper accused China of using coercion.", "using coercion", "Esper"),
    ('"We will win," she predicted.', "We will win,", "she"),
    ('The company pledged to take "decisive action" against fakes.',
     'to take "decisive action" against fakes', "The company"),
    ('The defence minister, asked about the strikes, replied, "We will respond."',
     "We will respond.", "The defence minister"),
    ("The general warned of reprisals on Monday. His troops would \"show no mercy to the "
     "rebels\" in the north.", "show no mercy to the rebels", "The general"),
])
def test_quotes_said_speech_is_a_quote(nlp: Any, text: str, content: str,
                                       speaker: str) -> None:
    quotes, _ = _split(nlp, text)
    assert [(q.content.text, q.speaker_text) for q in quotes] == [(content, speaker)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of "
     "using coercion.", "Mark Esper"),
    ("Finance Minister Lou Jiwei spoke in Beijing.\n\nMr. Lou said the talks were useful.",
     "Lou Jiwei"),
    ("Teachers said the budget was too small.", "Teachers"),
    ("A senior diplomat said the talks had stalled.", "senior diplomat"),
    ("Most mainstream economists argue that tariffs hurt consumers.",
     "mainstream economists"),
])
def test_quotes_said_speaker_named(nlp: Any, text: str, name: str) -> None:
    quotes, _ = _split(nlp, text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]


@pytest.mark.slow
def test_quotes_said_document_keeps_attributions_apart(nlp: Any) -> None:
    text = "The minister said the talks had failed. Diplomats believe the truce will hold."
    quotes, others = _split(nlp, text)
    document = Document(id="d", title=None, url=None, published=None, language="en",
                        text=text, quotes=tuple(quotes), attributions=tuple(others))
    data = document.to_dict()
    assert validation_errors(data) == []
    assert Document.from_dict(data) == document
    assert [q.cue.text for q in document.attributions if q.cue] == ["believe"]


@pytest.mark.slow
def test_quotes_said_events_attributed_and_linked() -> None:
    from redline.pipeline import Coder

    text = ('Russian Foreign Minister Sergei Lavrov said on Monday: "Russian troops will '
            'attack Ukraine if NATO expands."')
    document = Coder().code_text(text, published="2021-12-06")
    [quote] = document.quotes
    inside = [e for e in document.events if quote.content.start <= e.trigger.start
              and e.trigger.end <= quote.content.end]
    assert inside and set(quote.events) == {e.id for e in inside}
    assert all(e.attributed_to is not None and e.attributed_to.name == "Sergei Lavrov"
               for e in inside)
    assert validation_errors(document.to_dict()) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Restricting their access to assets was the aim of the bill.",
    "The show spent years promoting weight-loss aids.",
])
def test_quotes_said_attribution_needs_someone(nlp: Any, text: str) -> None:
    _, others = _split(nlp, text)
    assert all(q.speaker_text for q in others), [(q.cue, q.content.text) for q in others]
