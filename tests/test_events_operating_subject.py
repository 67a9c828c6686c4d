"""A transnational armed group is not placed in the state that acts on it (events/operating.py,
r12-18). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (sentence, CAMEO prefix, source code, target code)
CASES: list[tuple[str, str, str, str]] = [
    # the one state of the sentence is the subject striking the group: its adversary
    ("The United States launched airstrikes on Islamic State targets on Monday.", "19", "USA",
     "IMGREB"),
    ("France launched airstrikes on al-Qaeda camps on Sunday.", "19", "FRA", "IMGREB"),
    # the one state named as the group's object stays its ground
    ("Al-Qaeda attacked a Malian army base near Gao on Sunday.", "19", "MLIREB", "MLIMIL"),
    ("The Islamic State attacked Kurdish fighters in Syria on Monday.", "19", "SYRREB",
     "SYRREB"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CASES)
def test_operating_not_in_subject_state(nlp: Any, text: str, prefix: str, src: str,
                                        tgt: str) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found
