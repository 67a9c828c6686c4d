"""A document's text read once (:func:`redline.doctext.doc_text`) and furniture found once per
text (:func:`redline.furniture.furniture_spans`): the same answers as reading them afresh."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from redline.doctext import doc_text
from redline.furniture import furniture_spans
from redline.ingest import make_article
from redline.pipeline import code_doc

_NLP = spacy.blank("en")


@pytest.mark.parametrize("text", [
    "Talks in Geneva ended on Monday.",
    "  Leading spaces,\n\nand a second paragraph.  ",
    "",
])
def test_doc_text_is_doc_text_and_kept(text: str) -> None:
    doc = _NLP(text)
    first = doc_text(doc)
    assert first == doc.text == text
    assert doc_text(doc) is first


@pytest.mark.parametrize(("first", "second"), [
    ("Talks in Geneva ended on Monday.", "Talks in Vienna ended on Monday."),
    ("Hello world", "Hello there"),
    ("Talks ended.", "Talks ended. "),
])
def test_doc_text_not_served_to_another_doc_sharing_user_data(first: str, second: str) -> None:
    """A document built with another's ``user_data`` (``Doc(..., user_data=...)``) and as many
    tokens gets its own text, not the one kept for the other."""
    one = _NLP(first)
    doc_text(one)
    other = _NLP(second)
    two = Doc(_NLP.vocab, words=[t.text for t in other],
              spaces=[bool(t.whitespace_) for t in other], user_data=one.user_data)
    assert len(two) == len(one)
    assert doc_text(two) == two.text == second


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Talks in Geneva ended on Monday.",
    "Iran accused Israel of sabotage, officials said.",
])
def test_doctext_forgotten_after_coding(nlp: Any, text: str) -> None:
    """The coder reads the text once and forgets it when done: a document the caller keeps
    carries no kept text in ``user_data`` into ``Doc.to_bytes`` or a ``DocBin``."""
    doc = nlp(text)
    document = code_doc(make_article(text, name="t"), doc)
    assert document.text == text
    assert "redline_text" not in doc.user_data


@pytest.mark.parametrize("text", [
    "GENEVA (Reuters) - Talks on the ceasefire ended on Monday without a deal.\nRead more: x",
    "Photo: AP\nThe minister said the talks would go on.",
    "No furniture here.",
])
def test_furniture_spans_fresh_each_call(text: str) -> None:
    first = furniture_spans(text)
    first.append((-1, -1))
    assert (-1, -1) not in furniture_spans(text)
    assert furniture_spans(text) == first[:-1]
