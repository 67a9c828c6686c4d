"""A document's text read once (:func:`redline.doctext.doc_text`) and furniture found once per
text (:func:`redline.furniture.furniture_spans`): the same answers as reading them afresh."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.doctext import doc_text
from redline.furniture import furniture_spans

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


def test_doc_text_read_again_after_a_merge() -> None:
    doc = _NLP("Talks in New York ended.")
    doc_text(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[2:4])
    assert doc_text(doc) == doc.text == "Talks in New York ended."
    assert len(doc) == 5


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
