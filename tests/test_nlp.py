"""Sentence boundaries set before the parser: paragraphs and lines."""

from __future__ import annotations

from typing import Any

import pytest


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
