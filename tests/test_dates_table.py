"""The table of date expressions (redline/eval/cases/dates.py), case by case."""

from __future__ import annotations

from typing import Any

import pytest

from redline.eval.cases.dates import DATE_CASES
from redline.eval.tables import check_date


@pytest.mark.slow
@pytest.mark.parametrize("case", DATE_CASES, ids=lambda c: f"{c[2]}@{c[1]}")
def test_dates_table_case(nlp: Any, case: tuple[Any, ...]) -> None:
    ok, got = check_date(nlp, case)
    assert ok, got


def test_dates_table_is_large_enough() -> None:
    assert len(DATE_CASES) >= 100
