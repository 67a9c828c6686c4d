"""One JSON error shape, a request body limit, a slow-body timeout and security headers.

Every error the app returns is ``{"error": {"code": str, "message": str}}`` (pages asked for by
a browser get the same code and message as an HTML page). The middleware is pure ASGI so that
it sees the body as it streams in, before any route parses it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from redline.errors import RedlineError, StoreError, UsageError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("redline.web")

STATUS_CODES = {
    400: "bad_request", 404: "not_found", 405: "method_not_allowed", 408: "timeout",
    413: "too_large", 415: "unsupported_media_type", 422: "invalid", 500: "internal",
    503: "unavailable",
}

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    accept = request.headers.get("accept", "")
    return not path.startswith(("/api", "/openapi", "/static")) and "text/html" in accept


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_html(request):
        templates = request.app.state.templates
        ctx = {"status": status, "code": code, "message": message, "nav": ""}
        return templates.TemplateResponse(request, "error.html", ctx, status_code=status)
    return JSONResponse(error_body(code, message), status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = STATUS_CODES.get(exc.status_code, "http_error")
    detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    return error_response(request, exc.status_code, code, detail)


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, "invalid", _validation_message(exc))


async def _on_redline(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RedlineError)
    status = 400 if isinstance(exc, UsageError) else 503 if isinstance(exc, StoreError) else 500
    return error_response(request, status, getattr(exc, "code", "error"), str(exc))


async def _on_crash(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path)
    return error_response(request, 500, "internal", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(RedlineError, _on_redline)
    app.add_exception_handler(Exception, _on_crash)


async def _send_json(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(code, message)).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close"), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def _host_name(scope: Scope) -> str:
    """The Host header without its port ("[::1]:8000" -> "[::1]"), lower-cased."""
    for name, value in scope.get("headers", []):
        if name == b"host":
            host = value.decode("latin-1").strip().lower()
            if host.startswith("["):
                return host.split("]", 1)[0] + "]"
            return host.rsplit(":", 1)[0]
    return ""


class GuardMiddleware:
    """Refuse bodies over ``max_body`` bytes (413), time out slow bodies (408), refuse unknown
    Host headers (400, against DNS rebinding), cap requests in flight (503), add headers."""

    def __init__(self, app: ASGIApp, *, max_body: int, body_timeout: float = 15.0,
                 hosts: frozenset[str] | None = LOOPBACK_HOSTS, max_in_flight: int = 256) -> None:
        self.app, self.max_body, self.body_timeout = app, max_body, body_timeout
        self.hosts, self.max_in_flight, self.in_flight = hosts, max_in_flight, 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _send_json(send, *refusal)
            return
        self.in_flight += 1
        try:
            await self._guarded(scope, receive, send)
        finally:
            self.in_flight -= 1

    def _refusal(self, scope: Scope) -> tuple[int, str, str] | None:
        if self.hosts is not None and _host_name(scope) not in self.hosts:
            return 400, "bad_host", "this server only answers requests addressed to its own host"
        if self._declared_length(scope) > self.max_body:
            return 413, "too_large", f"request body over {self.max_body} bytes"
        if self.in_flight >= self.max_in_flight:
            return 503, "unavailable", "too many requests in flight; retry shortly"
        return None

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False
        received = 0

        async def guarded_receive() -> Message:
            nonlocal received
            try:
                message = await asyncio.wait_for(receive(), timeout=self.body_timeout)
            except TimeoutError:
                raise StarletteHTTPException(408, "request body too slow") from None
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise StarletteHTTPException(413, f"request body over {self.max_body} bytes")
            return message

        async def headed_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, guarded_receive, headed_send)
        except StarletteHTTPException as exc:
            if started:
                raise
            code = STATUS_CODES.get(exc.status_code, "http_error")
            await _send_json(send, exc.status_code, code, str(exc.detail))

    @staticmethod
    def _declared_length(scope: Scope) -> int:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return 0
        return 0
