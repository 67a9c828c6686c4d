"""A document's text read once (:func:`redline.doctext.doc_text`) and furniture found once per
text (:func:`redline.furniture.furniture_spans`): the same answers as reading them afresh."""

from __future__ import annotations

import pytest
import spacy

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
