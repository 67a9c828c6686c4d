"""The scoreboard: sets skipped with their paths, the table, the floors of the quality gate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from redline.eval.scoreboard import SETS, SetResult, check_floors, format_table, run_set


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redline", "eval", *args], capture_output=True,
                          text=True, timeout=600)


@pytest.mark.parametrize("name", sorted(SETS))
def test_scoreboard_missing_set_is_skipped_with_its_path(tmp_path: Path, name: str) -> None:
    result = run_set(name, tmp_path)
    assert result.skipped and str(tmp_path) in result.skipped
    assert result.figures == {}


def test_scoreboard_table_lists_figures_and_skips() -> None:
    results = [SetResult("plover", {"records": 215, "type_accuracy": 0.93}, 12.5, 215),
               SetResult("polnear", {}, 0.0, 0, skipped="/x/polnear/dev")]
    table = format_table(results)
    assert "type_accuracy" in table and "0.930" in table and "12.5" in table
    assert "skipped: missing /x/polnear/dev" in table


FLOORS = {"tolerance": 0.01, "floors": {"plover": {"type_accuracy": 0.93},
                                        "case2021": {"nonpolitical_coded": 0.15}},
          "lower_is_better": ["case2021.nonpolitical_coded"]}


@pytest.mark.parametrize(("figures", "failures"), [
    ({"plover": {"type_accuracy": 0.93}}, 0),
    ({"plover": {"type_accuracy": 0.925}}, 0),          # within the tolerance
    ({"plover": {"type_accuracy": 0.90}}, 1),           # fell
    ({"case2021": {"nonpolitical_coded": 0.20}}, 1),    # lower is better: rose
    ({"case2021": {"nonpolitical_coded": 0.05}}, 0),
    ({}, 0),                                            # a set not run is not checked
])
def test_scoreboard_floors_catch_falls(figures: dict, failures: int) -> None:
    assert len(check_floors(figures, FLOORS)) == failures


def test_scoreboard_cli_missing_data_skips_every_set_exit_1(tmp_path: Path) -> None:
    out = run("all", "--data", str(tmp_path), "--json")
    assert out.returncode == 1, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(last) == set(SETS)
    assert all("skipped" in v for v in last.values())
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(("args", "message"), [
    (("all", "--data", "/no/such/folder"), "data folder not found"),
    (("all", "--data", ".", "--only", "nonsense"), "unknown set 'nonsense'"),
    (("articles", "--data", "/no/such/folder"), "no news_html folder"),
])
def test_scoreboard_cli_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_scoreboard_committed_floors_name_known_sets() -> None:
    floors = json.loads((Path(__file__).parent.parent / "benchmarks" / "scoreboard.json")
                        .read_text())
    assert set(floors["floors"]) <= set(SETS)
    assert 0 < floors["tolerance"] <= 0.05


def test_scoreboard_malformed_plover_line_is_named_and_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from redline.eval.plover import read_gold

    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "A met B.", "event": "CONSULT"}\n{broken\n[1, 2]\n', encoding="utf-8")
    assert [r["event"] for r in read_gold(path)] == ["CONSULT"]
    assert f"{path}:2" in capsys.readouterr().err


def test_scoreboard_malformed_case_rows_are_named_and_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from redline.eval.case2021 import read_case

    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n1\tPolice arrested ten.\tARREST\n2\t\t\n",
                    encoding="utf-8")
    assert read_case(path) == [("Police arrested ten.", "ARREST")]
    assert f"{path}:3" in capsys.readouterr().err
