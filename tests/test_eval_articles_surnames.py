"""The article scorer's speaker check compares surnames with case and accents folded: the
knowledge base's 'Recep Tayyip Erdoğan' is the gold's 'Recep Tayyip Erdogan'; a different
surname stays wrong (our own names)."""

from __future__ import annotations

import pytest

from redline.eval.articles import _speaker_right
from redline.eval.gold_articles import GoldQuote
from redline.model import Actor, Quote, Span


def _quote(name: str) -> Quote:
    speaker = Actor(name, 0, 1, name, "TURGOV", "TUR", "GOV", "person")
    return Quote(0, speaker, name, None, Span("We will stay", 10, 22), True)


@pytest.mark.parametrize(("ours", "gold", "right"), [
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
    ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", True),
    ("José Manuel Albares", "JOSE MANUEL ALBARES", True),
    ("Ahmed Musa", "Ahmed Musa's", True),
    ("Recep Tayyip Erdoğan", "Binali Yildirim", False),
    ("Ana Ruiz", "Ana Ruíza", False),
])
def test_eval_articles_surnames_fold_accents(ours: str, gold: str, right: bool) -> None:
    golds = GoldQuote("d", 10, 22, True, gold, "TURGOV")
    assert _speaker_right(_quote(ours), golds) is right
