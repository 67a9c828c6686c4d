"""A document that speaks for whoever issued it, named as the agent of a participle on it
('a statement issued by X said', 'The report, published by X on Monday, said'): X is the
speaker, as for 'a report by X' (our own sentences; ``redline.quotes.issuers``)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.quotes import quotes_and_attributions


def _speakers(nlp: Any, text: str) -> list[str | None]:
    doc = nlp(text)
    said, _ = quotes_and_attributions(doc, resolve_actors(doc, published="2021-12-06"))
    return [q.speaker.name if q.speaker is not None else None for q in said]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("The report, published by Amnesty International on Monday, said 300 people had died.",
     "Amnesty International"),
    ("A statement issued by Human Rights Watch said the trial had been unfair.",
     "Human Rights Watch"),
    ("A report released by the United Nations said 300 people had died.",
     "United Nations"),
])
def test_quotes_issued_by_names_the_issuer(nlp: Any, text: str, name: str) -> None:
    assert _speakers(nlp, text) == [name]


@pytest.mark.slow
def test_quotes_issued_by_needs_an_issuer(nlp: Any) -> None:
    # with no issuer named, a report that speaks is left without one
    assert _speakers(nlp, "The report said 300 people had died.") == [None]
