"""Several people said it together: one group speaker naming them all ('A, B and C said',
'experts A and B wrote'), not the first of them (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "speaker"), [
    ("Tom Baker and Anna Kowalski said the deal was dead.", "Tom Baker and Anna Kowalski"),
    ("Tom Baker, Anna Kowalski and John Miller said the deal was dead.",
     "Tom Baker, Anna Kowalski and John Miller"),
    ("“The deal is dead,” experts Tom Baker and Anna Kowalski of the Policy Institute wrote.",
     "Tom Baker and Anna Kowalski"),
    # negative rows: one person with a description beside, one subject with an object pair
    ("Tom Baker, a lawyer, said the deal was dead.", "Tom Baker"),
    ("Tom Baker told Anna Kowalski and John Miller that the deal was dead.", "Tom Baker"),
])
def test_quotes_joint_speakers(nlp: Any, text: str, speaker: str) -> None:
    assert speakers(nlp, text, published="2021-12-06") == [speaker]
