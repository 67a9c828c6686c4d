"""Run the app with uvicorn, hardened: loopback by default, slow-header timeout, bounded load.

uvicorn closes idle keep-alive connections but never a client that trickles its request
headers (a slowloris); ``guarded_protocol`` adds that timeout to uvicorn's h11 protocol.
``ServerThread`` runs a server in a background thread (tests, notebooks, the load test).
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

DEFAULT_HOST = "127.0.0.1"
HEADER_TIMEOUT = 10.0
LIMIT_CONCURRENCY = 1024  # backstop; the app itself answers 503 JSON above 256 in flight


class GuardedH11Protocol(H11Protocol):
    """h11 protocol that drops a connection whose request headers take too long to arrive."""

    header_timeout: float = HEADER_TIMEOUT

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._idle_since = self.loop.time()
        self._header_timer = self.loop.call_later(self.header_timeout, self._check_headers)

    def on_response_complete(self) -> None:
        self._idle_since = self.loop.time()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._header_timer.cancel()
        super().connection_lost(exc)

    def _check_headers(self) -> None:
        if self.transport.is_closing():
            return
        waiting = self.conn.their_state is h11.IDLE
        waited = self.loop.time() - self._idle_since
        if waiting and waited >= self.header_timeout:
            self.transport.close()
            return
        delay = self.header_timeout - waited if waiting else self.header_timeout
        self._header_timer = self.loop.call_later(max(delay, 0.05), self._check_headers)


def guarded_protocol(header_timeout: float) -> type[GuardedH11Protocol]:
    return type("GuardedH11", (GuardedH11Protocol,), {"header_timeout": header_timeout})


def build_server(app: Any, *, host: str = DEFAULT_HOST, port: int = 8000,
                 header_timeout: float = HEADER_TIMEOUT, access_log: bool = False,
                 log_level: str = "warning") -> uvicorn.Server:
    config = uvicorn.Config(
        app, host=host, port=port, http=guarded_protocol(header_timeout), ws="none",
        lifespan="on", timeout_keep_alive=5, limit_concurrency=LIMIT_CONCURRENCY,
        access_log=access_log, log_level=log_level, server_header=False,
    )
    return uvicorn.Server(config)


def is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "::1", "localhost") or host.startswith("127.")


class ServerThread:
    """``with ServerThread(app) as srv: httpx.get(srv.url + "/api/health")``: a real server on a
    free loopback port, in a daemon thread, shut down on exit."""

    def __init__(self, app: Any, *, host: str = DEFAULT_HOST,
                 header_timeout: float = HEADER_TIMEOUT) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.host, self.port = self.sock.getsockname()[:2]
        self.server = build_server(app, host=host, port=self.port, header_timeout=header_timeout)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True, name="redline-web")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()
