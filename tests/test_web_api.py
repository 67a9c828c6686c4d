"""The HTTP API against a running server (uvicorn on a free loopback port) over a real DuckDB file.

Documents are built by hand (``redline.web.sample``), so no spaCy is needed except for the one
POST /api/code test. Expected values are computed from those documents, not typed in.
"""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import httpx
import pytest

from redline.errors import StoreError
from redline.model import Document
from redline.store import Store
from redline.web import create_app
from redline.web.sample import synthetic_documents
from redline.web.server import ServerThread

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
N_DOCS = 60
PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def _corpus() -> list[Document]:
    docs = list(synthetic_documents(N_DOCS, seed=11))
    first = docs[0]
    hostile = replace(first, id="hostile", title=PAYLOAD, text=first.text + " " + PAYLOAD,
                      url="javascript:window.__pwned=3")
    negated = replace(docs[1], id="negated", events=tuple(
        replace(e, id="neg-e0", negated=True, modality="negated") for e in docs[1].events))
    odd = replace(docs[2], id="dir/a b?c#d%2F..")
    return [*docs, hostile, negated, odd]


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return _corpus()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, corpus: list[Document]) -> Path:
    path = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    with Store(path) as store:
        store.add_documents(corpus)
    return path


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[ServerThread]:
    with ServerThread(create_app(str(db), max_body=50_000, body_timeout=1.0),
                      header_timeout=1.0) as srv:
        yield srv


@pytest.fixture()
def client(server: ServerThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def _asserted(corpus: list[Document]) -> list[tuple[Document, Any]]:
    return [(d, e) for d in corpus for e in d.events if e.asserted]


def test_web_health_counts_documents(client: httpx.Client, corpus: list[Document]) -> None:
    body = client.get("/api/health").json()
    assert body == {"status": "ok", "schema_version": "1", "documents": len(corpus)}


@pytest.mark.parametrize("params,keep", [
    ({"actor": "RUS"}, lambda e: "RUS" in (e.source.country, e.target.country)),
    ({"source": "USA", "target": "UKR"},
     lambda e: (e.source.country, e.target.country) == ("USA", "UKR")),
    ({"cameo": "19"}, lambda e: e.cameo.startswith("19")),
    ({"start": "2022-02-01", "end": "2022-02-28"}, lambda e: "2022-02-01" <= e.date <= "2022-02-28"),
    ({"source": "FRAGOV"}, lambda e: e.source.code == "FRAGOV"),
])
def test_web_events_filters(client: httpx.Client, corpus: list[Document],
                            params: dict[str, str], keep: Any) -> None:
    rows = client.get("/api/events", params={**params, "limit": 1000}).json()["events"]
    expected = sorted(e.id for _, e in _asserted(corpus) if keep(e))
    assert expected, "the sample corpus should contain matching events"
    assert sorted(r["event_id"] for r in rows) == expected


def test_web_events_unasserted_only_on_request(client: httpx.Client) -> None:
    ids = {r["event_id"] for r in client.get("/api/events?limit=1000").json()["events"]}
    every = client.get("/api/events?limit=1000&include_unasserted=true").json()["events"]
    assert "neg-e0" not in ids and "neg-e0" in {r["event_id"] for r in every}


def test_web_events_pagination(client: httpx.Client) -> None:
    whole = [r["event_id"] for r in client.get("/api/events?limit=40").json()["events"]]
    pages = [r["event_id"] for off in (0, 15, 30)
             for r in client.get(f"/api/events?limit=15&offset={off}").json()["events"]]
    assert pages[:40] == whole


@pytest.mark.parametrize("params", [{}, {"actor": "RUS"}, {"cameo": "0"}, {"all": "1"}])
def test_web_dashboard_aggregates_agree(db: Path, params: dict[str, str]) -> None:
    from redline.web import corpus as agg
    from redline.web.views import parse_filters

    f = parse_filters({**params, "freq": "week"})
    with Store(db, read_only=True) as store:
        reports, distinct = agg.counts(store, f)
        assert reports == store.count_events(**f.store_kwargs()) and 0 < distinct <= reports
        assert sum(r["count"] for r in agg.timeline(store, f)) == distinct
        assert sum(agg.quad_counts(store, f).values()) == distinct
        assert sum(e.count for e in agg.edges(store, f, limit=1000)) == distinct


def test_web_document_roundtrip(client: httpx.Client, corpus: list[Document]) -> None:
    for doc in (corpus[5], corpus[-3], corpus[-1]):
        got = client.get("/api/documents/" + quote(doc.id, safe=""))
        assert got.status_code == 200
        assert got.json() == json.loads(json.dumps(doc.to_dict()))


def test_web_documents_search(client: httpx.Client, corpus: list[Document]) -> None:
    word = "Beijing"
    rows = client.get("/api/documents", params={"q": word, "limit": 1000}).json()["documents"]
    assert {r["id"] for r in rows} == {d.id for d in corpus if word in d.text}


@pytest.mark.parametrize("freq", ["day", "week", "month"])
def test_web_dyad_series_sums_to_events(client: httpx.Client, corpus: list[Document],
                                        freq: str) -> None:
    pairs = Counter((e.source.country, e.target.country) for _, e in _asserted(corpus))
    (src, tgt), n = pairs.most_common(1)[0]
    every = client.get(f"/api/dyads/{src}/{tgt}", params={"freq": freq, "dedup": False}).json()
    assert every["source"] == src and every["freq"] == freq
    assert sum(r["count"] for r in every["series"]) == n
    merged = client.get(f"/api/dyads/{src}/{tgt}", params={"freq": freq}).json()
    assert 0 < sum(r["count"] for r in merged["series"]) <= n  # duplicate reports count once


def _error_shape(resp: httpx.Response, status: int) -> dict[str, str]:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert list(body) == ["error"] and set(body["error"]) == {"code", "message"}
    assert all(isinstance(v, str) and v for v in body["error"].values())
    return body["error"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("method,path,kwargs,status", [
    ("GET", "/api/nowhere", {}, 404),
    ("GET", "/api/documents/no-such-id", {}, 404),
    ("DELETE", "/api/events", {}, 405),
    ("GET", "/api/events?start=2022-99-99x", {}, 422),
    ("GET", "/api/events?limit=0", {}, 422),
    ("GET", "/api/dyads/RUS/UKR?freq=hour", {}, 422),
    ("GET", "/api/dyads/R%20US/UKR", {}, 422),
    ("POST", "/api/code", {"content": b"{not json", "headers": {"content-type": "application/json"}},
     422),
    ("POST", "/api/code", {"json": {"title": "no text"}}, 422),
    ("POST", "/api/code", {"json": {"text": "x", "published": "06/12/2021"}}, 422),
    ("POST", "/api/code", {"json": {"text": "x" * 60_000}}, 413),
])
def test_web_errors_have_one_shape(client: httpx.Client, method: str, path: str,
                                   kwargs: dict[str, Any], status: int) -> None:
    _error_shape(client.request(method, path, **kwargs), status)


def test_web_streamed_body_over_limit_is_refused(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"x" * 1000

    resp = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert _error_shape(resp, 413)["code"] == "too_large"


def test_web_page_errors_are_html_for_browsers(client: httpx.Client) -> None:
    resp = client.get("/documents/missing", headers={"accept": "text/html"})
    assert resp.status_code == 404 and "text/html" in resp.headers["content-type"]
    _error_shape(client.get("/documents/missing"), 404)


def test_web_openapi_lists_the_api(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/code", "/api/events", "/api/documents", "/api/documents/{doc_id}",
            "/api/dyads/{source}/{target}", "/api/health"} <= paths
    assert "ErrorBody" in spec["components"]["schemas"]
    assert not any(p.startswith(("/static", "/documents")) for p in paths)
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


@pytest.mark.parametrize("host,status", [
    ("evil.example", 400), ("evil.example:8000", 400), ("127.0.0.1.evil.example", 400),
    ("localhost:1234", 200), ("127.0.0.1", 200), ("[::1]:80", 200),
])
def test_web_refuses_foreign_host_headers(client: httpx.Client, host: str, status: int) -> None:
    resp = client.get("/api/health", headers={"host": host})
    if status == 400:
        assert _error_shape(resp, 400)["code"] == "bad_host"
    else:
        assert resp.status_code == 200


def test_web_internal_error_has_the_shape(db: Path) -> None:
    app = create_app(str(db))

    def boom() -> None:
        raise RuntimeError("secret detail")

    app.add_api_route("/api/boom", boom)
    with ServerThread(app) as srv:
        resp = httpx.get(srv.url + "/api/boom")
    error = _error_shape(resp, 500)
    assert error["code"] == "internal" and "secret" not in error["message"]


def test_web_security_headers(client: httpx.Client) -> None:
    for path in ("/", "/api/health", "/static/app.js"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def _raw_get(server: ServerThread, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize("path", [
    "/static/../../pyproject.toml", "/static/..%2f..%2f..%2fpyproject.toml",
    "/static/%2e%2e/%2e%2e/web/app.py", "/static/..%5c..%5capp.py", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/app.css/../../app.py", "/static/__init__.py",
    "/static/../templates/base.html", "/static/", "/../../../../etc/passwd",
    "/documents/..%2f..%2fetc%2fpasswd", "/static/app.css%00.py",
])
def test_web_no_path_traversal(server: ServerThread, path: str) -> None:
    status, body = _raw_get(server, path)
    assert b"root:" not in body and b"[project]" not in body and b"def create_app" not in body
    assert b"{% extends" not in body
    assert status in (400, 404, 422) or body.startswith(b"<!doctype html>")


def test_web_static_serves_only_package_assets(client: httpx.Client) -> None:
    css = client.get("/static/app.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    again = client.get("/static/app.css", headers={"if-none-match": css.headers["etag"]})
    assert again.status_code == 304
    html = client.get("/").text
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html  # no CDN, no external asset of any kind


def test_web_article_page_for_odd_id(client: httpx.Client, corpus: list[Document]) -> None:
    odd = corpus[-1]
    listing = client.get("/documents", params={"q": "dir/a b"}).text
    href = "/documents/" + quote(odd.id, safe="")
    assert f'href="{href}"' in listing
    page = client.get(href)
    assert page.status_code == 200 and odd.title in page.text


def test_web_hostile_text_is_escaped_in_html(client: httpx.Client) -> None:
    html = client.get("/documents/hostile").text
    assert PAYLOAD not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_web_slow_headers_are_cut_off(server: ServerThread) -> None:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
        began = time.monotonic()
        data = sock.recv(1024)  # blocks until the server closes the connection
        waited = time.monotonic() - began
    assert data == b"" and waited < 5


def _read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes (headers and body may come apart)."""
    chunks = []
    while chunk := sock.recv(4096):
        chunks.append(chunk)
    return b"".join(chunks)


def test_web_slow_body_times_out(server: ServerThread) -> None:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(b"POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/json\r\n"
                     b"Content-Length: 500\r\n\r\n{\"text\": \"")
        reply = _read_until_closed(sock)
    assert reply.startswith(b"HTTP/1.1 408")
    assert json.loads(reply.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "timeout"


def test_web_startup_refuses_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no redline store|no store"):
        create_app(str(tmp_path / "absent.duckdb"))
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"\x00\x01not a database" * 100)
    with pytest.raises(StoreError, match="not a redline store"):
        create_app(str(junk))
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(StoreError, match="not a redline store"):
        create_app(str(other))


def test_web_startup_refuses_locked_store(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    Store(path).close()
    holder = ("import sys, time\nfrom redline.store import Store\ns = Store(sys.argv[1])\n"
              "print('ready', flush=True)\ntime.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", holder, str(path)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked"):
            create_app(str(path), lock_wait=0.5)
    finally:
        proc.kill()
        proc.wait(timeout=10)


def _listening_addresses(port: int) -> set[str]:
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        addr, hexport = local.split(":")
        if int(hexport, 16) == port and state == "0A":  # LISTEN
            found.add(".".join(str(int(addr[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_web_cli_serve_binds_loopback_by_default(db: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "redline", "serve", "--db", str(db),
                             "--port", str(port)], cwd=REPO, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        assert _listening_addresses(port) == {"127.0.0.1"}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _serve_fails(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "redline", "serve", *args], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


def test_web_cli_serve_missing_store_is_a_usage_error(tmp_path: Path) -> None:
    assert "nope.duckdb" in _serve_fails("--db", str(tmp_path / "nope.duckdb"))


def test_web_cli_serve_port_in_use_is_a_usage_error(db: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert "in use" in _serve_fails("--db", str(db), "--port", str(port))


def test_web_code_endpoint_codes_text(client: httpx.Client) -> None:
    from redline.schema import validation_errors

    text = ("Russia accused Ukraine on Monday of shelling villages near Donetsk. "
            "\"We will respond,\" Kremlin spokesman Dmitry Peskov said.")
    resp = client.post("/api/code", json={"text": text, "title": "Test",
                                          "published": "2022-02-21"}, timeout=300)
    assert resp.status_code == 200, resp.text
    doc = resp.json()
    assert doc["schema_version"] == "1" and doc["text"] == text and doc["title"] == "Test"
    assert validation_errors(doc) == []
    assert doc["sentences"] and all(text[s["start"]:s["end"]] for s in doc["sentences"])


@pytest.mark.parametrize(("typed", "code"), [("RUS", "RUS"), ("rus", "RUS"), ("Russia", "RUS"),
                                             ("the Kremlin", "RUSGOV")])
def test_web_events_actor_filter_takes_names(client: httpx.Client, typed: str,
                                             code: str) -> None:
    body = client.get("/api/events", params={"actor": typed, "limit": 1000}).json()
    assert body["resolved"]["actor"]["code"] == code
    expected = client.get("/api/events", params={"actor": code, "limit": 1000}).json()
    assert body["events"] == expected["events"]


def test_web_events_unknown_actor_is_an_error(client: httpx.Client) -> None:
    reply = client.get("/api/events", params={"actor": "Narnia"})
    assert reply.status_code == 422 and "closest" in reply.json()["error"]["message"]
