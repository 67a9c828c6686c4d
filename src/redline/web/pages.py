"""HTML pages: dashboard, documents, article view, paste-an-article, API index, assets."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse

from redline.web import corpus, svg, views
from redline.web.data import Gateway

router = APIRouter(include_in_schema=False)
PAGE = 50
TABLE_ROWS = 50
TYPED = ("actor", "source", "target", "cameo", "start", "end", "min_confidence")


def _gateway(request: Request) -> Gateway:
    return request.app.state.gateway


def _render(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def _dashboard_plots(store: Any, f: views.Filters) -> dict[str, Any]:
    found = corpus.edges(store, f)
    who = f"{f.source or 'any'} → {f.target or 'any'}" if f.source or f.target else "all dyads"
    if f.actor:
        who = f"{who}, involving {f.actor}"
    if f.cameo:
        who = f"{who}, CAMEO {f.cameo}*"
    title = f"Events per {f.freq} ({who}), mean Goldstein in red"
    links = {e: f.query(actor=e, source=None, target=None) for d in found
             for e in (d.source, d.target)}
    window = corpus.timeline_window(store, f)
    return {
        "timeline": svg.timeline_svg(corpus.timeline(store, f, window), title),
        "window_note": views.window_note(window, f),
        "quadmix": svg.quad_mix_svg(corpus.quad_counts(store, f)),
        "network": svg.network_svg(found, links=links),
        "top": views.top_dyads(found, f),
    }


def _dashboard_context(store: Any, f: views.Filters) -> dict[str, Any]:
    from redline.store.filters import event_quality

    with event_quality(min_confidence=f.min_confidence):
        return _dashboard_data(store, f)


def _dashboard_data(store: Any, f: views.Filters) -> dict[str, Any]:
    reports, distinct = corpus.counts(store, f)
    rows = store.events(**f.store_kwargs(), limit=TABLE_ROWS, offset=0)
    return {"nav": "dashboard", "f": f, "n_documents": corpus.document_count(store),
            "n_events": reports, "n_distinct": distinct,
            "events": [views.event_view(r) for r in rows], "api_href": f.api_query(),
            **_dashboard_plots(store, f)}


def default_min_confidence() -> float:
    from redline.events.confidence import default_min_confidence as calibrated

    return calibrated()


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    f = views.parse_filters(request.query_params)
    gw = _gateway(request)
    ctx = gw.call(_dashboard_context, f)
    typed = {k: request.query_params.get(k, "")[:200] for k in TYPED}
    return _render(request, "dashboard.html", {**ctx, "db_name": gw.path.name, "typed": typed,
                                               "default_confidence": default_min_confidence()},
                   status=400 if f.errors else 200)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, q: str | None = None, offset: int = 0) -> HTMLResponse:
    q = (q or "").strip()[:200] or None
    offset = max(0, min(offset, 10_000_000))
    rows = _gateway(request).call(lambda s: s.list_documents(limit=PAGE + 1, offset=offset, q=q))
    docs = [{"id": r.get("id"), "title": r.get("title"), "published": r.get("published"),
             "events": r.get("n_events"), "href": views.doc_href(str(r.get("id")))}
            for r in rows[:PAGE]]
    extra = "&" + urlencode({"q": q}) if q else ""
    ctx = {"nav": "documents", "docs": docs, "q": q,
           "prev_href": f"/documents?offset={max(0, offset - PAGE)}{extra}" if offset else None,
           "next_href": f"/documents?offset={offset + PAGE}{extra}" if len(rows) > PAGE else None}
    return _render(request, "documents.html", ctx)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def article(request: Request, doc_id: str) -> HTMLResponse:
    doc = _gateway(request).call(lambda s: s.get_document(doc_id[:500]))
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id[:80]!r}")
    ctx = {"nav": "documents", "stored": True, **views.article_context(doc)}
    return _render(request, "article.html", ctx)


@router.get("/code", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    ctx = {"nav": "code", "max_chars": request.app.state.max_body}
    return _render(request, "code.html", ctx)


@router.post("/code", response_class=HTMLResponse)
def code_submit(
    request: Request, text: Annotated[str, Form()],
    title: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "",
) -> HTMLResponse:
    day = views.valid_date("published", published)
    doc = _gateway(request).code(text, title=title.strip() or None, published=day)
    ctx = {"nav": "code", "stored": False, **views.article_context(doc)}
    return _render(request, "article.html", ctx)


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    routes = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = ", ".join(p["name"] for p in op.get("parameters", []))
            if "requestBody" in op:
                params = (params + ", " if params else "") + "JSON body"
            routes.append({"method": method.upper(), "path": path,
                           "summary": op.get("summary", ""), "params": params})
    ctx = {"nav": "api", "routes": routes, "version": spec.get("openapi", "")}
    return _render(request, "api.html", ctx)


@router.get("/static/{name}")
def static(request: Request, name: str) -> Response:
    asset = request.app.state.assets.get(name)
    if asset is None:
        raise HTTPException(404, "no such asset")
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers={"etag": asset.etag})
    headers = {"etag": asset.etag, "cache-control": "no-cache"}
    return Response(asset.body, media_type=asset.media_type, headers=headers)
