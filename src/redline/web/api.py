"""The JSON API under ``/api/``: code a text, list and filter events and documents, dyad series.

Routes are sync functions (FastAPI runs them in its thread pool); the store and the coder are
reached through :class:`redline.web.data.Gateway`. Every error is ``{"error": {code, message}}``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from redline.analytics import dyad_series
from redline.model import SCHEMA_VERSION
from redline.timewindow import robust_window
from redline.web.data import Gateway, jsonable

DATE = r"^\d{4}-\d{2}-\d{2}$"
CODE = r"^[A-Za-z0-9_\-]{1,32}$"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class CodeRequest(BaseModel):
    text: str = Field(description="The article text to code.")
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, pattern=DATE, description="YYYY-MM-DD")


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody, "description": d}
    for s, d in ((404, "Not found"), (413, "Request body too large"), (422, "Invalid input"),
                 (500, "Internal error"), (503, "Store unavailable"))
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
CodeParam = Annotated[str | None, Query(pattern=CODE, description="Actor or country code.")]
DateParam = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD")]


def gateway(request: Request) -> Gateway:
    return request.app.state.gateway


@router.get("/health", summary="Liveness and store summary")
def health(request: Request) -> dict[str, Any]:
    cols, rows = gateway(request).call(lambda s: s.sql("SELECT count(*) FROM documents"))
    return {"status": "ok", "schema_version": SCHEMA_VERSION,
            "documents": int(rows[0][0]) if rows else 0}


ActorParam = Annotated[str | None, Query(
    max_length=100, description="Actor: a code in any case (RUS, usagov) or a name or alias "
    "(Russia, the Kremlin), resolved through the knowledge base; see `resolved`")]


def _resolve(typed: dict[str, str | None], as_of: str | None) -> dict[str, dict[str, Any]]:
    """Each given actor filter resolved to a code; an unknown name is a 422."""
    from redline.actorfilter import resolve_actor

    out = {}
    for name, value in typed.items():
        if value and value.strip():
            try:
                found = resolve_actor(value, as_of)
            except ValueError as exc:
                raise HTTPException(422, f"{name}: {exc}") from None
            out[name] = {"typed": value, "code": found.code, "note": found.note}
    return out


@router.get("/events", summary="List events, filtered")
def list_events(
    request: Request,
    actor: ActorParam = None, source: ActorParam = None, target: ActorParam = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO prefix")] = None,
    start: DateParam = None, end: DateParam = None,
    include_unasserted: bool = False, limit: Limit = 100, offset: Offset = 0,
    min_confidence: Annotated[float | None, Query(
        ge=0, le=1, description="Only events at or above this confidence (default: the "
                                "calibrated default)")] = None,
    statements: Annotated[bool, Query(
        description="Keep bare statements (CAMEO 01x) and plain appeals (020)")] = False,
) -> dict[str, Any]:
    from redline.store.filters import event_quality

    resolved = _resolve({"actor": actor, "source": source, "target": target}, end or start)
    filters = {"actor": None, "source": None, "target": None, "cameo": cameo, "start": start,
               "end": end, **{k: v["code"] for k, v in resolved.items()}}

    def fetch(s: Any) -> Any:
        with event_quality(min_confidence=min_confidence, statements=statements):
            return s.events(**filters, include_unasserted=include_unasserted, limit=limit,
                            offset=offset)

    rows = gateway(request).call(fetch)
    return {"events": jsonable(rows), "count": len(rows), "limit": limit, "offset": offset,
            "resolved": resolved}


@router.get("/documents", summary="List documents")
def list_documents(
    request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    rows = gateway(request).call(lambda s: s.list_documents(limit=limit, offset=offset, q=q))
    return {"documents": jsonable(rows), "count": len(rows), "limit": limit, "offset": offset}


@router.get("/documents/{doc_id:path}", summary="One coded document (schema v1)")
def get_document(request: Request, doc_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    doc = gateway(request).call(lambda s: s.get_document(doc_id))
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return doc.to_dict()


@router.get("/dyads/{source}/{target}", summary="Time series of one directed dyad")
def dyad(
    request: Request,
    source: Annotated[str, Path(pattern=CODE)], target: Annotated[str, Path(pattern=CODE)],
    freq: Literal["day", "week", "month"] = "month", start: DateParam = None,
    end: DateParam = None, include_unasserted: bool = False,
    dedup: Annotated[bool, Query(description="Count merged duplicate reports once")] = True,
    window: Annotated[Literal["auto", "all"], Query(
        description="auto: without start/end, the span where the events lie, leaving out "
                    "far-off dates (reported under `window`); all: every date")] = "auto",
) -> dict[str, Any]:
    """Periods without events have ``count`` 0 and ``goldstein_mean`` null (a gap, not 0)."""
    def run(store: Any) -> dict[str, Any]:
        found = None
        if window == "auto" and not (start or end):
            found = robust_window(store, source=source, target=target,
                                  include_unasserted=include_unasserted, roots_only=dedup)
        lo, hi = (found.start.isoformat(), found.end.isoformat()) if found else (start, end)
        series = dyad_series(store, source, target, freq=freq, start=lo, end=hi,
                             include_unasserted=include_unasserted, dedup=dedup)
        return {"series": jsonable(series), "window": found.to_dict() if found else None}

    return {"source": source, "target": target, "freq": freq, "dedup": dedup,
            **gateway(request).call(run)}


@router.post("/code", summary="Code a text on the fly (not stored); returns a schema-v1 document")
def code(request: Request, body: CodeRequest) -> dict[str, Any]:
    doc = gateway(request).code(body.text, title=body.title, published=body.published)
    return doc.to_dict()
