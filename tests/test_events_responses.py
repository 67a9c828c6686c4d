"""Who a complaint, demand or threat is aimed at when the text tells it by the answer
("China rebuts American criticism"). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow

# (sentence, CAMEO root, expected (source country, target country) among the events)
AIMED: list[tuple[str, str, tuple[str, str]]] = [
    ("Beijing rebuts American criticism over steel.", "11", ("USA", "CHN")),
    ("Moscow responded to British criticism of the vote.", "11", ("GBR", "RUS")),
    ("Ankara hit back at Greek accusations on Monday.", "11", ("GRC", "TUR")),
    ("Tehran brushed off American threats.", "13", ("USA", "IRN")),
]


def _pairs(nlp: Any, text: str, root: str) -> set[tuple[str | None, str | None]]:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events if e.cameo_root == root}


@pytest.mark.parametrize(("text", "root", "pair"), AIMED)
def test_responses_answer_names_the_target(nlp: Any, text: str, root: str,
                                           pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, root)


@pytest.mark.parametrize(("text", "root"), [
    # criticism not answered by anyone: no target from the verb
    ("Indian criticism of the plan grew on Monday.", "11"),
])
def test_responses_no_target_without_an_answer(nlp: Any, text: str, root: str) -> None:
    pairs = _pairs(nlp, text, root)
    assert pairs  # the criticism is coded, with no one it is aimed at
    assert all(tgt is None for _, tgt in pairs)
