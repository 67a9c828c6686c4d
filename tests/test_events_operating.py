"""Transnational armed groups coded where they operate (events/operating.py). Sentences
written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (sentence, CAMEO prefix, source code, target code)
CASES: list[tuple[str, str, str, str]] = [
    # a state after "in": the country where the group operates
    ("The Islamic State attacked Kurdish fighters in Syria on Monday.", "19", "SYRREB",
     "SYRREB"),
    ("Kurdish fighters attacked Islamic State militants in Iraq and Syria on Monday.", "19",
     "IRQREB", "IRQREB"),
    # the one state the sentence names
    ("Al-Qaeda attacked a Malian army base near Gao on Sunday.", "19", "MLIREB", "MLIMIL"),
    # two states and no "in": it stays an international militarized group
    ("Al-Qaeda attacked French and Malian soldiers on Sunday.", "19", "IMGREB", "FRAMIL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CASES)
def test_operating_group_country(nlp: Any, text: str, prefix: str, src: str,
                                 tgt: str) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found
