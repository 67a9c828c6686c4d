"""An act voiced in a complaint or concern that the story tells as done in another sentence
is that act, asserted (review r12-ra, ``events/told_as_fact.py``); told nowhere else, or
voiced with a modal, it stays hypothetical (``events/hedges.py``). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2021-12-06"

# (text, CAMEO root of the voiced act, the sentence that voices it)
TOLD: list[tuple[str, str, int]] = [
    ("Russian troops seized the Zaporizhzhia plant on Friday. Kyiv raised concerns that "
     "Russian troops seized the plant.", "17", 1),
    ("Belarusian police arrested 40 protesters in Minsk on Sunday. The arrests drew complaints "
     "that Belarusian police arrested the protesters without cause.", "17", 1),
]

VOICED_ONLY: list[tuple[str, str, int]] = [
    ("Kyiv raised concerns that Russian troops seized the plant.", "17", 0),
    ("Russian troops seized the Zaporizhzhia plant on Friday. Kyiv raised concerns that "
     "Russian troops would seize the Kherson dam.", "17", 1),
    ("Russia invaded Crimea in 2014. There are fears that Russia will invade Ukraine.", "19", 1),
]


def _modalities(coder: Any, text: str, root: str, sentence: int) -> set[str]:
    doc = coder.code_text(text, published=PUBLISHED)
    return {e.modality for e in doc.events if e.cameo_root == root and e.sentence == sentence}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "sentence"), TOLD)
def test_events_told_as_fact_voiced_act_told_elsewhere(coder: Any, text: str, root: str,
                                                       sentence: int) -> None:
    assert _modalities(coder, text, root, sentence) == {"asserted"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "sentence"), VOICED_ONLY)
def test_events_told_as_fact_voiced_only_stays(coder: Any, text: str, root: str,
                                               sentence: int) -> None:
    assert _modalities(coder, text, root, sentence) == {"hypothetical"}
