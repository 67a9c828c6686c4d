"""redline's web interface: HTTP API under /api/, dashboard pages, vendored assets.

``create_app(db_path)`` builds the FastAPI app; ``redline serve`` runs it (see cli_web).
FastAPI and uvicorn are imported only when this package is used.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(db_path: str, *, max_body: int = 1_000_000, **kwargs: Any) -> Any:
    """The FastAPI app over the store at ``db_path`` (see :func:`redline.web.app.create_app`)."""
    from redline.web.app import create_app as _create_app

    return _create_app(db_path, max_body=max_body, **kwargs)
