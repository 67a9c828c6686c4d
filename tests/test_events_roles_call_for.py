""""call for X to act": X is the one called on, the event's target (events/roles.py, r12-18).
Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (sentence, CAMEO prefix, source code, target code)
CASES: list[tuple[str, str, str, str | None]] = [
    ("Hillary Clinton is calling for the United States to step up military efforts.", "02",
     "USAELI", "USA"),
    ("The German chancellor called for Russia to withdraw its troops from the border.", "02",
     "DEUGOV", "RUS"),
    # the forms read before stay
    ("The German chancellor urged Russia to withdraw its troops.", "02", "DEUGOV", "RUS"),
    ("The German chancellor called on Russia to withdraw its troops.", "02", "DEUGOV", "RUS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CASES)
def test_called_for_subject_is_target(nlp: Any, text: str, prefix: str, src: str,
                                      tgt: str | None) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found
