"""WHERE clauses for event queries, built from keyword filters with bound parameters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any

from redline.errors import UsageError


def check_date(value: str, flag: str) -> str:
    """``value`` if it is a ``YYYY-MM-DD`` date, else a :class:`UsageError` naming ``flag``."""
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"{flag} must be a date YYYY-MM-DD, got {value!r}") from exc
    return value


def actor_clause(role: str) -> str:
    """Matches the actor code exactly or its country/IGO code ("RUS" -> every Russian actor)."""
    return f"({role}_code = ? OR {role}_country = ?)"


def and_where(where: str, condition: str) -> str:
    """``where`` (a ``WHERE ...`` clause or ``""``) with ``condition`` added."""
    return f"{where} AND {condition}" if where else f"WHERE {condition}"


# an intended cooperative act that CAMEO codes as an asserted intent (``events.cameo_view``)
INTENDED = "(intent_cameo IS NOT NULL AND modality = 'intended')"

# What reads of events keep unless told otherwise: set at the edge (CLI, API) for one request.
_QUALITY: ContextVar[tuple[float | None, bool]] = ContextVar("event_quality",
                                                             default=(None, False))


@contextmanager
def event_quality(*, min_confidence: float | None = None, statements: bool = False
                  ) -> Iterator[None]:
    """Within the block, event reads keep events at or above ``min_confidence`` (None: the
    calibrated default) and bare statements only when ``statements``."""
    token = _QUALITY.set((min_confidence, statements))
    try:
        yield
    finally:
        _QUALITY.reset(token)


def _quality(min_confidence: float | None, statements: bool) -> tuple[list[str], list[Any]]:
    from redline.events.confidence import default_min_confidence

    ctx_min, ctx_statements = _QUALITY.get()
    min_confidence = ctx_min if min_confidence is None else min_confidence
    statements = statements or ctx_statements
    parts: list[str] = [] if statements else ["cameo_root <> '01' AND cameo <> '020'"]
    limit = default_min_confidence() if min_confidence is None else min_confidence
    if limit > 0:
        parts.append("(confidence IS NULL OR confidence >= ?)")
        return parts, [limit]
    return parts, []


def event_filter(*, actor: str | None = None, source: str | None = None,
                 target: str | None = None, cameo: str | None = None, start: str | None = None,
                 end: str | None = None, doc_id: str | None = None,
                 include_unasserted: bool = False, roots_only: bool = False,
                 min_confidence: float | None = None, statements: bool = False,
                 intents: bool = False) -> tuple[str, list[Any]]:
    """``("WHERE ...", params)`` for the ``event_rows`` view (``("", [])`` without filters).

    By default bare statements (CAMEO 01x) and plain appeals (020) are left out
    (``statements=True`` keeps them), and so are events below the calibrated default
    confidence (``min_confidence``; 0 keeps every event). ``intents``: an intended act with a
    CAMEO intent code counts as asserted, as the CAMEO view reads it (``events.cameo_view``)."""
    parts, params = _quality(min_confidence, statements)
    if actor:
        parts.append(f"({actor_clause('source')} OR {actor_clause('target')})")
        params += [actor] * 4
    for role, value in (("source", source), ("target", target)):
        if value:
            parts.append(actor_clause(role))
            params += [value, value]
    if cameo:
        parts.append("starts_with(cameo, ?)")
        params.append(cameo)
    if start:
        parts.append("event_date >= CAST(? AS DATE)")
        params.append(check_date(start, "start"))
    if end:
        parts.append("event_date <= CAST(? AS DATE)")
        params.append(check_date(end, "end"))
    if doc_id:
        parts.append("doc_id = ?")
        params.append(doc_id)
    if not include_unasserted:
        parts.append(f"(asserted OR {INTENDED})" if intents else "asserted")
    if roots_only:
        parts.append("is_root")
    return ("WHERE " + " AND ".join(parts) if parts else ""), params
