"""scripts/confidence_split.py: right and wrong events counted with and without each feature,
per tune part, on synthetic rows."""

from __future__ import annotations

import pytest

from tests.conftest import load_script

ROWS = [
    ("tune", {"quoted": 1.0, "noun": 0.0}, True),
    ("tune", {"quoted": 1.0, "noun": 1.0}, False),
    ("tune", {"quoted": 0.0, "noun": 1.0}, True),
    ("tune2", {"quoted": 1.0, "noun": 0.0}, False),
    ("tune2", {"quoted": 0.0, "noun": 0.0}, True),
]


@pytest.mark.parametrize(("feature", "part", "cell"), [
    ("quoted", "tune", (1, 2, 1, 1)),
    ("quoted", "tune2", (0, 1, 1, 1)),
    ("noun", "tune", (1, 2, 1, 1)),
    ("noun", "tune2", (0, 0, 1, 2)),
])
def test_split_counts_right_with_and_without(feature: str, part: str,
                                             cell: tuple[int, int, int, int]) -> None:
    assert load_script("confidence_split").split(ROWS)[feature][part] == cell


def test_format_split_one_line_per_feature() -> None:
    mod = load_script("confidence_split")
    text = mod.format_split(mod.split(ROWS))
    assert text.splitlines()[1].startswith("quoted")
    assert "tune: with 1/2  without 1/1 | tune2: with 0/1  without 1/1" in text


def test_split_of_no_rows_is_empty() -> None:
    assert load_script("confidence_split").split([]) == {}
