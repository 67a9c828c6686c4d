"""Names given in criticism (issue 17, eleventh round, 17b): a named actor who calls, brands
or labels another with an evaluative word criticises it (111), accuses it of crime (1121)
or praises it (051). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import assert_sides, asserted_events, first_asserted

# (sentence, CAMEO prefix of an asserted event, source code or None, target code or None)
CODED: list[tuple[str, str, str | None, str | None]] = [
    ("Iran called the United States a bully.", "111", "IRN", "USA"),
    ("Russia branded the Ukrainian government criminals.", "1121", "RUS", "UKRGOV"),
    ("Privately, the Brazilian president calls Venezuela a disaster.", "111", "BRAGOV", "VEN"),
    ("Macron called Merkel a great friend.", "051", "FRAGOV", "DEUGOV"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), CODED)
def test_events_namings_coded(nlp: Any, text: str, prefix: str, src: str | None,
                      tgt: str | None) -> None:
    assert_sides(first_asserted(nlp, text, prefix), src, tgt)


# a thing named (no actor), a neutral name, a name denied or wished, an appeal
NOT_CODED = [
    "Germany called the proposal a breakthrough.",
    "The Kremlin called the sanctions illegal.",
    "Iran did not call the United States a bully.",
    "Iran might call the United States a bully.",
    "The Iraqi soldiers called the base Camp Victory.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_CODED)
def test_events_namings_not_coded(nlp: Any, text: str) -> None:
    assert [e for e in asserted_events(nlp, text) if e.cameo[:2] in ("05", "11")] == []
