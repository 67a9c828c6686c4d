"""The corpus store (DuckDB): see :class:`Store`."""

from __future__ import annotations

from redline.store.core import IngestStats, Store
from redline.store.ingest import ingest_articles

__all__ = ["IngestStats", "Store", "ingest_articles"]
