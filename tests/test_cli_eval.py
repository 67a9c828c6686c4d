"""``redline eval`` prints its tables on the shared gold data (skipped when it is absent)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redline", "eval", *args], capture_output=True,
                          text=True, timeout=1200)


@pytest.mark.slow
def test_cli_eval_plover_prints_table_and_json(shared_data: Path) -> None:
    data = str(shared_data / "plover" / "plover_gsr_dev.jsonl")
    table = run("plover", "--data", data)
    assert table.returncode == 0, table.stderr
    assert "ASSAULT" in table.stdout
    report = json.loads(run("plover", "--data", data, "--json").stdout)
    assert report["records"] == 215
    assert 0.0 <= report["type_accuracy"] <= 1.0


@pytest.mark.slow
def test_cli_eval_petrarch_prints_table(shared_data: Path) -> None:
    out = run("petrarch", "--suite", str(shared_data / "petrarch_suite" /
                                          "PETR.UnitTest.records.xml"),
              "--dictionaries", str(shared_data / "dictionaries" / "petrarch2"))
    assert out.returncode == 0, out.stderr
    assert "expected codings 359" in out.stdout


@pytest.mark.slow
def test_cli_eval_tables_prints_accuracy() -> None:
    out = run("tables", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert set(report) == {"dates", "places", "quantities"}
    assert all(row["cases"] >= 60 for row in report.values())
