"""Vendored static assets, loaded once into memory and served by exact name only.

There is no file-system lookup per request, so no path (``..``, ``%2e%2e``, absolute paths,
symlinks) can reach a file outside the package's ``static`` folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

MEDIA_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    media_type: str
    etag: str


def load_assets() -> dict[str, Asset]:
    """Every file directly in ``redline/web/static`` with a known type, by file name."""
    out: dict[str, Asset] = {}
    folder = resources.files("redline.web").joinpath("static")
    for entry in folder.iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1] if "." in entry.name else ""
        if not entry.is_file() or suffix not in MEDIA_TYPES:
            continue
        body = entry.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        out[entry.name] = Asset(body, MEDIA_TYPES[suffix], etag)
    return out
