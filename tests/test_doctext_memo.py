"""Values a stage reads once per document (:func:`redline.doctext.doc_memo`): made once per
document object, made afresh for another document (even one sharing its ``user_data``) or
after the tokens change, and forgotten with the kept text."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from redline.doctext import doc_memo, forget_text

_NLP = spacy.blank("en")


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc: Doc) -> int:
        self.calls += 1
        return len(doc)


@pytest.mark.parametrize("text", ["Talks in Geneva ended on Monday.", "One.", ""])
def test_made_once_per_document(text: str) -> None:
    doc, count = _NLP(text), _Counter()
    assert doc_memo(doc, "k", count) == doc_memo(doc, "k", count) == len(doc)
    assert count.calls == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Talks in Geneva ended on Monday.", "Talks in Vienna ended."),
    ("Hello world", "Hello there"),
])
def test_made_afresh_for_another_document(first: str, second: str) -> None:
    one, count = _NLP(first), _Counter()
    doc_memo(one, "k", count)
    other = Doc(one.vocab, words=[t.text for t in _NLP(second)], user_data=one.user_data)
    assert doc_memo(other, "k", count) == len(other)
    assert count.calls == 2


def test_made_afresh_after_retokenizing_and_forgetting() -> None:
    doc, count = _NLP("New York City is large."), _Counter()
    assert doc_memo(doc, "k", count) == 6  # five words and the full stop
    with doc.retokenize() as retok:
        retok.merge(doc[0:3])
    assert doc_memo(doc, "k", count) == 4
    forget_text(doc)
    assert "redline_memo" not in doc.user_data
    assert doc_memo(doc, "k", count) == 4 and count.calls == 3


def test_keys_are_separate() -> None:
    doc = _NLP("Talks ended.")
    assert doc_memo(doc, "a", lambda d: "first") == "first"
    assert doc_memo(doc, "b", lambda d: "second") == "second"
    assert doc_memo(doc, "a", lambda d: "other") == "first"
