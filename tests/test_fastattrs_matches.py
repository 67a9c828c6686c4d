"""The attribute ruler matched by look-up gives exactly the Matcher's matches."""

from __future__ import annotations

import pytest

from redline.examples import example_paths


@pytest.mark.slow
def test_fastattrs_same_matches_as_the_attribute_ruler() -> None:
    from redline.fastattrs import FastAttributeRuler
    from redline.nlp import load_model

    nlp = load_model()
    ruler = nlp.get_pipe("attribute_ruler")
    docs = [p.read_text(encoding="utf-8") for p in example_paths()]
    for doc in nlp.pipe(docs, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert FastAttributeRuler(ruler).match(doc) == ruler.match(doc)


@pytest.mark.slow
def test_fastlemma_same_lemmas_as_the_lemmatizer() -> None:
    from redline.fastlemma import speed_up_lemmas
    from redline.nlp import load_model

    plain, fast = load_model(), load_model()
    assert speed_up_lemmas(fast.get_pipe("lemmatizer"))
    texts = [p.read_text(encoding="utf-8") for p in example_paths()] + ["", "   ", "U.S. said"]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
