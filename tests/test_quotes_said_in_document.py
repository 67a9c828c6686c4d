"""'X said in a report that ...': the parser may hang the that-clause on the document or
letter as a noun's complement; it is still what X said, with X as the speaker (our own
sentences; ``redline.quotes.frames._told_that``)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.quotes import quotes_and_attributions


def _quotes(nlp: Any, text: str) -> list[tuple[str | None, str]]:
    doc = nlp(text)
    said, _ = quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))
    return [(q.speaker_text, q.content.text) for q in said]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Human Rights Watch said in a report that the police had used excessive force.",
     "Human Rights Watch", "the police had used excessive force"),
    ("The ministry said in its annual report that exports had fallen.",
     "The ministry", "exports had fallen"),
    ("Amnesty International wrote in a letter to the president that the trial was unfair.",
     "Amnesty International", "the trial was unfair"),
])
def test_quotes_said_in_document_gives_the_clause(nlp: Any, text: str, speaker: str,
                                                  content: str) -> None:
    found = _quotes(nlp, text)
    assert any(s == speaker and content in c for s, c in found), found


@pytest.mark.slow
def test_quotes_said_in_document_keeps_a_relative_clause_out(nlp: Any) -> None:
    # a true relative clause on the document ('that was released') is no part of the words
    found = _quotes(nlp, "The ministry said in a report that was released on Monday that "
                         "exports had fallen.")
    assert found and all("released" not in c for _, c in found), found
