"""Event nouns both tune parts use (issue 17, eleventh round, 17b): military action is a use
of force (190); a trade war or trade fight is an economic sanction (163), not a use of force. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.lexicon import load_lexicon
from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
CODED: list[tuple[str, str, str | None, str | None]] = [
    ("The United States waged a trade war against China.", "163", "USA", "CHN"),
    ("Japan escalated its tariff war with South Korea.", "163", "JPN", "KOR"),
    ("The 2011 French military action against Libya failed.", "190", "FRAMIL", "LBY"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_events_lexicon_tune_parts_coded(nlp: Any, text: str, prefix: str, src: str | None,
                          tgt: str | None) -> None:
    assert_sides(first_asserted(nlp, text, prefix), src, tgt)


# other figurative wars stay uncoded; a trade war is no use of force
NOT_FORCE = [
    "The war of words between Russia and Ukraine over the gas deal grew.",
    "The United States waged a trade war against China.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FORCE)
def test_events_lexicon_tune_parts_no_force(nlp: Any, text: str) -> None:
    assert [e for e in asserted_events(nlp, text) if e.cameo[:2] in ("18", "19", "20")] == []


@pytest.mark.parametrize(("pos", "lemma", "words", "classes", "code"), [
    ("noun", "war", set(), {"MOD_TRADEMOD"}, "163"),
    ("noun", "fight", set(), {"MOD_TRADEMOD"}, "163"),
    ("noun", "war", set(), set(), "190"),
    ("noun", "action", set(), {"MOD_MILITARYMOD"}, "190"),
    ("noun", "action", set(), set(), None),
    ("noun", "fight", set(), set(), None),
])
def test_events_lexicon_tune_parts_lexicon(pos: str, lemma: str, words: set[str], classes: set[str],
                            code: str | None) -> None:
    entry = load_lexicon().match(pos, lemma, words, classes)
    assert (entry.code if entry is not None else None) == code
