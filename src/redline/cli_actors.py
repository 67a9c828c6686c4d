"""CLI commands for the actors knowledge base: ``alliance``, ``covered``, ``actor``.

Each prints a readable line (or a JSON object with ``--json``); unknown names and malformed
dates raise UsageError subclasses, which the main CLI turns into one stderr line and exit 2.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

AS_OF = typer.Option("--as-of", help="Date YYYY-MM-DD (default: today).")
JSON = typer.Option("--json", help="Print a JSON object.")


def _emit(data: dict[str, Any], as_json: bool, line: str) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False) if as_json else line)


def alliance(
    name: Annotated[str, typer.Argument(help="Alliance or organisation, e.g. NATO, EU, CSTO.")],
    as_of: Annotated[str | None, AS_OF] = None,
    as_json: Annotated[bool, JSON] = False,
) -> None:
    """Members of an alliance or organisation on a date."""
    from redline.actors import alliance_members

    ans = alliance_members(name, as_of)
    line = f"{ans.alliance} on {ans.as_of}: {len(ans.members)} members: {' '.join(ans.members)}"
    _emit(ans.to_dict(), as_json, line)


def covered(
    iso3: Annotated[str, typer.Argument(help="State, ISO 3166 alpha-3 (e.g. UKR) or name.")],
    as_of: Annotated[str | None, AS_OF] = None,
    as_json: Annotated[bool, JSON] = False,
) -> None:
    """Which collective-defence clauses cover a state on a date, and its memberships."""
    from redline.actors import coverage

    ans = coverage(iso3, as_of)
    cover = ", ".join(ans.covered_by) or "no collective-defence clause"
    line = (f"{ans.state} on {ans.as_of}: covered by {cover}; member of "
            f"{', '.join(ans.member_of) or '-'}; partner of {', '.join(ans.partner_of) or '-'}")
    _emit(ans.to_dict(), as_json, line)


def actor(
    name: Annotated[str, typer.Argument(help="Person, state, organisation or metonym.")],
    as_of: Annotated[str | None, AS_OF] = None,
    as_json: Annotated[bool, JSON] = False,
) -> None:
    """The code, country, sector and office of a named actor on a date."""
    from redline.actors import lookup_actor

    ans = lookup_actor(name, as_of)
    line = f"{ans.name or name} on {ans.as_of}: {ans.code} ({ans.kind}) {ans.office or ''}"
    line = f"{line.rstrip()} [{ans.layer}]"
    _emit(ans.to_dict(), as_json, line)


def register(app: typer.Typer) -> None:
    """Add the actors commands to the main app."""
    app.command("alliance")(alliance)
    app.command("covered")(covered)
    app.command("actor")(actor)
