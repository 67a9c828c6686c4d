"""``redline serve``: the HTTP API and dashboard over a store (FastAPI/uvicorn imported lazily)."""

from __future__ import annotations

import socket
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
    from redline.web.guard import LOOPBACK_HOSTS
    from redline.web.server import build_server, is_loopback

    local = is_loopback(host)
    try:
        app = create_app(db, max_body=max_body, hosts=LOOPBACK_HOSTS if local else None)
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    if not local:
        print(f"warning: serving on {host}, reachable from other machines", file=sys.stderr)
    sock = _bind(host, port)
    port = sock.getsockname()[1]
    print(f"redline: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    server = build_server(app, host=host, port=port, access_log=access_log, log_level="info")
    server.run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket, or a UsageError naming the problem (port taken, unknown host)."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(info[4])
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)
