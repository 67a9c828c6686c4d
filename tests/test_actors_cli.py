"""The actors CLI commands, on a Typer app built here with ``register``."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from redline.cli_actors import register
from redline.errors import NotFoundError, UsageError


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def test_actors_cli_alliance_json(app: typer.Typer) -> None:
    res = CliRunner().invoke(app, ["alliance", "NATO", "--as-of", "2021-12-06", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["alliance"] == "NATO" and len(data["members"]) == 30 and "UKR" not in data["members"]


def test_actors_cli_covered_json(app: typer.Typer) -> None:
    res = CliRunner().invoke(app, ["covered", "UKR", "--as-of", "2021-12-06", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {"state", "as_of", "covered_by", "member_of", "partner_of"}
    assert data["covered_by"] == [] and "NATO" in data["partner_of"]


@pytest.mark.parametrize(
    ("args", "expect"),
    [(["actor", "Joe Biden", "--as-of", "2022-01-01"], "USAGOV"),
     (["actor", "Joe Biden", "--as-of", "2019-01-01"], "USAELI"),
     (["alliance", "EU", "--as-of", "2020-02-01"], "27 members"),
     (["covered", "EST", "--as-of", "2021-12-06"], "NATO Art. 5")],
)
def test_actors_cli_readable_lines(app: typer.Typer, args: list[str], expect: str) -> None:
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert expect in res.stdout


@pytest.mark.parametrize(
    ("args", "error"),
    [(["alliance", "NATOO", "--as-of", "2021-12-06"], NotFoundError),
     (["alliance", "NATO", "--as-of", "2021-13-06"], UsageError),
     (["covered", "XXX", "--as-of", "2021-12-06"], NotFoundError)],
)
def test_actors_cli_user_mistakes_raise_usage_errors(
    app: typer.Typer, args: list[str], error: type[Exception]
) -> None:
    res = CliRunner().invoke(app, args)
    assert isinstance(res.exception, error)
