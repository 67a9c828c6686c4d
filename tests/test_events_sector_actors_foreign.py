"""A sector noun modified by "foreign" is not the story's own (events/sector_actors.py,
r12-18). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

STORY = "The White House said the president met Senate leaders on Monday. "

# (sentence after the US story's opening, CAMEO prefix, source code, target code or None)
CASES: list[tuple[str, str, str, str | None]] = [
    ("The president criticized foreign leaders on Tuesday.", "11", "USAGOV", None),
    ("The president criticized foreign governments on Tuesday.", "11", "USAGOV", None),
    # without "foreign" the leaders are the story's own
    ("The president criticized the leaders on Tuesday.", "11", "USAGOV", "USAGOV"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CASES)
def test_foreign_sector_noun(nlp: Any, text: str, prefix: str, src: str,
                             tgt: str | None) -> None:
    found = [(code_of(e.source), code_of(e.target)) for e in asserted_events(nlp, STORY + text)
             if e.cameo.startswith(prefix)]
    assert (src, tgt) in found, found
