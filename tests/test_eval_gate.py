"""The quality gate: the scoreboard's figures stay within a tolerance of their committed floors.

Floors are in ``benchmarks/scoreboard.json``. Raising a floor is a commit with the new figures;
lowering one needs a reason in the commit message. Skipped when ``../shared/data`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.eval.scoreboard import check_floors, run_set

FLOORS = Path(__file__).resolve().parent.parent / "benchmarks" / "scoreboard.json"


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_eval_gate_scoreboard_holds_its_floors(shared_data: Path) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    figures = {}
    for name in floors["floors"]:
        result = run_set(name, shared_data)
        assert not result.skipped, f"{name}: missing {result.skipped}"
        figures[name] = result.figures
    assert check_floors(figures, floors) == []
