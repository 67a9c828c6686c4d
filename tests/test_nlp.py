"""Sentence boundaries set before the parser: paragraphs and lines."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sentences"), [
    # a blank line always ends a sentence
    ("The talks began\n\nthe envoys left", ["The talks began", "the envoys left"]),
    # so does a single line break before a capital or a quote mark
    ('"We are ready," he said.\nMoments earlier, the envoy spoke.',
     ['"We are ready," he said.', "Moments earlier, the envoy spoke."]),
    ("Trump rally\nThe crowd chanted for an hour.", ["Trump rally", "The crowd chanted for an hour."]),
    # an opening quote mark after a full stop opens the next sentence
    ("The plan failed, Mr. Lou said. ''So it is very hard to estimate,'' he said.",
     ["The plan failed, Mr. Lou said.", "''So it is very hard to estimate,'' he said."]),
    # a line that starts in lower case is a wrapped line: the sentence goes on
    ("The minister regularly\nincites violence at rallies.",
     ["The minister regularly\nincites violence at rallies."]),
])
def test_nlp_line_breaks_end_sentences(nlp: Any, text: str, sentences: list[str]) -> None:
    found = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert found == sentences


def _one_by_one(doc: Any) -> list[bool | None]:
    """The paragraph rule as it was first written, token by token (the reference)."""
    from redline.nlp import _opens_quote, wrapped_line

    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            nxt = doc[token.i + 1]
            if not wrapped_line(token.text.count("\n"), nxt.text):
                nxt.is_sent_start = True
        elif _opens_quote(token) and token.i > 0 and doc[token.i - 1].text in (".", "!", "?"):
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
    return [t.is_sent_start for t in doc]


_PIECES = ["Talks", "began", "the", "envoy", ".", "!", "?", " ", "\n", "\n\n", " \n ", "''",
           '"', "“", "'", "So", "it", ",", "Mr."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_nlp_paragraphs_in_one_pass_same_as_token_by_token(pieces: list[str], spaced: bool) -> None:
    from redline.nlp import paragraph_boundaries

    nlp = _blank()
    text = (" " if spaced else "").join(pieces)
    expected = _one_by_one(nlp(text))
    assert [t.is_sent_start for t in paragraph_boundaries(nlp(text))] == expected


@lru_cache(maxsize=1)
def _blank() -> Any:
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize("paragraphs", [0, 1, 2, 500])
def test_nlp_paragraphs_many_paragraphs(paragraphs: int) -> None:
    from redline.nlp import paragraph_boundaries

    doc = paragraph_boundaries(_blank()("Talks began.\n\n" * paragraphs + "The end."))
    assert sum(1 for t in doc[1:] if t.is_sent_start) == paragraphs
