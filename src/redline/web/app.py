"""The FastAPI application: ``create_app(db_path)`` opens and checks the store at once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from redline import __version__
from redline.store.open import LOCK_WAIT
from redline.web import api, pages
from redline.web.assets import load_assets
from redline.web.data import Gateway
from redline.web.guard import LOOPBACK_HOSTS, GuardMiddleware, install_error_handlers

DESCRIPTION = (
    "Coded event data from news about international politics: events with source and target "
    'actors, quotes, places and dates. Every error is `{"error": {"code", "message"}}`.'
)


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("redline.web", "templates"),
        autoescape=select_autoescape(["html", "xml"], default=True, default_for_string=True),
        trim_blocks=False,
    )
    return Jinja2Templates(env=env)


def create_app(db_path: str | Path, *, max_body: int = 1_000_000, body_timeout: float = 15.0,
               hosts: Iterable[str] | None = LOOPBACK_HOSTS,
               coder_factory: Callable[[], Any] | None = None,
               lock_wait: float = LOCK_WAIT) -> FastAPI:
    """The web app over the store at ``db_path`` (checked now; StoreError if unusable).

    ``max_body`` caps request bodies (413 above it); ``body_timeout`` is how long the server waits
    for each chunk of a body (408 when a client is slower). ``hosts``: the Host header names
    answered (loopback names by default, against DNS rebinding; None: any). ``coder_factory``
    builds the coder
    used by POST /api/code and the paste page (default: ``redline.pipeline.Coder()``).
    The store is opened read-only for each request (``redline ingest`` may write between
    requests); ``lock_wait``: seconds a request waits while a writer holds the file.
    """
    gateway = Gateway(db_path, coder_factory=coder_factory, wait=lock_wait)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        gateway.close()

    app = FastAPI(title="redline", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.gateway = gateway
    app.state.templates = _templates()
    app.state.assets = load_assets()
    app.state.max_body = max_body
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    allowed = None if hosts is None else frozenset(h.lower() for h in hosts)
    app.add_middleware(GuardMiddleware, max_body=max_body, body_timeout=body_timeout,
                       hosts=allowed)
    return app
