"""scripts/sentence_halves.py: the stable split of sentence sets into tune and check halves."""

from __future__ import annotations

import pytest

from tests.conftest import load_script


@pytest.mark.parametrize(("text", "half"), [
    ("Rebels called off their attacks.", "tune"),  # SHA-1 2...
    ("Norway contributed $20 million in humanitarian aid to Yemen.", "check"),  # SHA-1 d...
    ("The Syrian army used chlorine gas against rebels in Douma.", "check"),  # SHA-1 9...
])
def test_sentence_halves_split_by_sha1(text: str, half: str) -> None:
    assert load_script("sentence_halves").sentence_half(text) == half


def test_sentence_halves_refuses_unknown_lexicon() -> None:
    with pytest.raises(SystemExit):
        load_script("sentence_halves").main(["/nonexistent", "--lexicon", "bogus"])
