"""The table of quantity mentions (redline/eval/cases/quantities.py), case by case."""

from __future__ import annotations

from typing import Any

import pytest

from redline.eval.cases.quantities import QUANTITY_CASES
from redline.eval.tables import check_quantity


@pytest.mark.slow
@pytest.mark.parametrize("case", QUANTITY_CASES, ids=lambda c: c[1])
def test_quantities_table_case(nlp: Any, case: tuple[Any, ...]) -> None:
    ok, got = check_quantity(nlp, case)
    assert ok, got


def test_quantities_table_is_large_enough() -> None:
    assert len(QUANTITY_CASES) >= 60
