"""'X's office said': the office speaks, a body with X's code, not X in person (our own
sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("Senator Tom Baker's office said the bill would pass.", "Office of Tom Baker"),
    ("Tom Baker spoke on Monday. His office said the bill would pass.", "Office of Tom Baker"),
    # negative rows: the person, a spokesman (speaks for the person), an office unnamed
    ("Senator Tom Baker said the bill would pass.", "Tom Baker"),
    ("Tom Baker's spokesman said the bill would pass.", "Tom Baker"),
    ("The office said the bill would pass.", "office"),
])
def test_quotes_office_speaks_for_itself(nlp: Any, text: str, speaker: str) -> None:
    assert speakers(nlp, text, published="2021-12-06") == [speaker]
