"""Quoted words that are no one's quote are kept apart as terms (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Document, Quote, Span
from redline.quotes.terms import find_terms
from redline.schema import validation_errors


def _quote(text: str, words: str) -> Quote:
    start = text.index(words)
    return Quote(sentence=0, speaker=None, speaker_text=None, cue=None,
                 content=Span(words, start, start + len(words)), direct=True)


@pytest.mark.parametrize(("text", "said", "terms"), [
    ('The so-called "coalition of the willing" met.', [], ["coalition of the willing"]),
    ('"We will win," she said of the "Hanoi Hilton".', ["We will win,"], ["Hanoi Hilton"]),
    ('He said the plan was "a mistake" and "costly".', ['the plan was "a mistake" and "costly"'],
     []),
    ('No quote marks at all.', [], []),
    ('An empty "" pair.', [], []),
])
def test_terms_quoted_words_no_quote_holds(text: str, said: list[str],
                                           terms: list[str]) -> None:
    found = find_terms(text, [_quote(text, w) for w in said])
    assert [t.text for t in found] == terms
    assert all(text[t.start:t.end] == t.text for t in found)


def test_terms_round_trip_and_schema() -> None:
    text = 'The prison, dubbed the "Hanoi Hilton", held pilots.'
    terms = tuple(find_terms(text, []))
    document = Document(id="d", title=None, url=None, published=None, language="en",
                        text=text, terms=terms)
    data = document.to_dict()
    assert data["terms"] == [{"text": "Hanoi Hilton", "start": 24, "end": 36}]
    assert validation_errors(data) == []
    assert Document.from_dict(data) == document


@pytest.mark.slow
@pytest.mark.parametrize(("text", "term"), [
    ('The minister criticised the so-called "coalition of the willing" on Monday.',
     "coalition of the willing"),
    ('The prison, dubbed the "Hanoi Hilton", held hundreds of pilots.', "Hanoi Hilton"),
    ('Speaking on "Morning Edition," the senator said the bill would pass.',
     "Morning Edition,"),
])
def test_terms_in_coded_document(text: str, term: str) -> None:
    from redline.pipeline import Coder

    document = Coder().code_text(text, published="2021-12-06")
    assert term in [t.text for t in document.terms]
    assert all(q.content.text != term for q in document.quotes)
    assert validation_errors(document.to_dict()) == []


@pytest.mark.slow
def test_terms_quote_is_no_term(nlp: Any) -> None:
    from redline.pipeline import Coder

    document = Coder().code_text('"We will respond," the minister said.', published=None)
    assert [q.content.text for q in document.quotes] == ["We will respond,"]
    assert document.terms == ()
