"""Every command's ``--help`` names values the way a person would: PATH, DATE, N, INPUT...,
nothing for a flag; never a Python type (``<str>``, ``<bool>``) or ``{inputs}...``."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest
import typer

from redline.cli import _register_plugins, app, main
from redline.clihelp import metavar, tidy

PYTHON_TYPES = re.compile(r"<(str|bool|int|float|list|path|int range)[^>]*>|\{\w+")
SENSIBLE = re.compile(r"^(|[A-Z][A-Z0-9_]*(\.\.\.)?|[a-z]+(\|[a-z]+)+)$")


def _commands() -> list[tuple[list[str], Any]]:
    _register_plugins()
    root = tidy(typer.main.get_command(app))
    found: list[tuple[list[str], Any]] = []

    def walk(path: list[str], cmd: Any) -> None:
        found.append((path, cmd))
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            walk([*path, name], sub)

    walk([], root)
    return found


COMMANDS = _commands()


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=lambda p: " ".join(p) or "redline")
def test_cli_help_shows_sensible_metavars(path: list[str], capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    with pytest.raises(SystemExit) as done:
        main([*path, "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and "Usage: redline" in out
    assert not PYTHON_TYPES.search(out), PYTHON_TYPES.search(out)


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[" ".join(p) or "redline" for p, _ in COMMANDS])
def test_cli_help_every_parameter_has_a_readable_metavar(path: list[str], cmd: Any) -> None:
    ctx = cmd.context_class(cmd, info_name="redline")
    for param in cmd.get_params(ctx):
        assert SENSIBLE.match(metavar(param)), (path, param.name, metavar(param))
        if getattr(param, "is_flag", False):
            assert metavar(param) == ""


def test_cli_help_in_a_real_process_names_inputs() -> None:
    out = subprocess.run([sys.executable, "-m", "redline", "ingest", "--help"],
                         capture_output=True, text=True, timeout=60,
                         env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"}).stdout
    assert "Usage: redline ingest [OPTIONS] INPUT..." in out
    assert re.search(r"--db\s+PATH", out) and re.search(r"--wait\s+SECONDS", out)
