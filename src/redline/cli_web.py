"""``redline serve``: the HTTP API and dashboard over a store (FastAPI/uvicorn imported lazily)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from redline.errors import StoreError, UsageError


def serve(
    db: Annotated[str, typer.Option(help="The store to serve (read-only).")] = "redline.duckdb",
    host: Annotated[str, typer.Option(help="Interface to bind; loopback unless told.")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    max_body: Annotated[int, typer.Option(min=1024, help="Largest request body, bytes.")] = (
        1_000_000),
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = False,
) -> None:
    """Serve the dashboard and the HTTP API (/api/, OpenAPI at /openapi.json)."""
    from redline.web.app import create_app
    from redline.web.server import build_server, is_loopback

    from redline.web.guard import LOOPBACK_HOSTS

    local = is_loopback(host)
    try:
        app = create_app(db, max_body=max_body, hosts=LOOPBACK_HOSTS if local else None)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    if not local:
        print(f"warning: serving on {host}, reachable from other machines", file=sys.stderr)
    print(f"redline: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    build_server(app, host=host, port=port, access_log=access_log, log_level="info").run()


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)
