"""Bounded load test of ``redline serve``, from a second process, on loopback only.

    .venv/bin/python benchmarks/load_test.py --requests 5000 --concurrency 32

Builds a store of synthetic coded documents (no spaCy), starts ``redline serve`` on a free
127.0.0.1 port in a subprocess, sends a fixed mix of API and page requests with an async
httpx client, and prints p50/p90/p99 latency per route and overall, errors, and throughput.
With ``--url`` it targets an already running server instead (it must be on loopback).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import httpx

REPO = Path(__file__).resolve().parent.parent
MIX = (  # (route label, weight)
    ("GET /api/events", 30), ("GET /api/documents/{id}", 20), ("GET /api/documents", 15),
    ("GET /api/dyads", 15), ("GET /api/health", 10), ("GET /documents/{id}", 10),
)


def build_store(path: Path, n_docs: int) -> None:
    from redline.store import Store
    from redline.web.sample import synthetic_documents

    with Store(path) as store:
        store.add_documents(synthetic_documents(n_docs))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "redline", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


def request_path(route: str, rng: random.Random, n_docs: int) -> str:
    states = ("RUS", "UKR", "USA", "FRA", "CHN", "TUR")
    doc_id = f"sample-{rng.randrange(n_docs):06d}"
    return {
        "GET /api/events": f"/api/events?actor={rng.choice(states)}&limit=50",
        "GET /api/documents/{id}": f"/api/documents/{doc_id}",
        "GET /api/documents": f"/api/documents?limit=20&offset={rng.randrange(100)}",
        "GET /api/dyads": f"/api/dyads/{rng.choice(states)}/{rng.choice(states)}?freq=week",
        "GET /api/health": "/api/health",
        "GET /documents/{id}": f"/documents/{doc_id}",
    }[route]


def plan(n: int, n_docs: int, seed: int = 1) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    routes = rng.choices([r for r, _ in MIX], weights=[w for _, w in MIX], k=n)
    return [(r, request_path(r, rng, n_docs)) for r in routes]


async def run(base: str, requests: list[tuple[str, str]], concurrency: int,
              timeout: float) -> tuple[dict[str, list[float]], dict[str, int], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    kinds: dict[str, int] = defaultdict(int)
    queue = iter(requests)
    # keep-alive shorter on our side than the server's 5 s: never reuse a connection it is closing
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency,
                          keepalive_expiry=2.0)

    async def worker(client: httpx.AsyncClient) -> None:
        for route, path in queue:
            began = time.perf_counter()
            try:
                resp = await client.get(path)
                kind = "" if resp.status_code == 200 else f"HTTP {resp.status_code}"
            except httpx.HTTPError as exc:
                kind = type(exc).__name__
            latencies[route].append(time.perf_counter() - began)
            if kind:
                errors[route] += 1
                kinds[kind] += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        began = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        errors.update({f"error kind: {k}": n for k, n in kinds.items()})
        return latencies, errors, time.perf_counter() - began


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def report(latencies: dict[str, list[float]], errors: dict[str, int], elapsed: float) -> dict:
    every = [v for vs in latencies.values() for v in vs]
    rows = {r: {"n": len(v), "errors": errors.get(r, 0), "p50_ms": round(pct(v, .5), 1),
                "p90_ms": round(pct(v, .9), 1), "p99_ms": round(pct(v, .99), 1)}
            for r, v in sorted(latencies.items())}
    rows["all"] = {"n": len(every), "errors": sum(errors.get(r, 0) for r in latencies),
                   "p50_ms": round(pct(every, .5), 1), "p90_ms": round(pct(every, .9), 1),
                   "p99_ms": round(pct(every, .99), 1)}
    kinds = {k.removeprefix("error kind: "): n for k, n in errors.items() if k.startswith("error")}
    return {"routes": rows, "error_kinds": kinds, "seconds": round(elapsed, 2),
            "requests_per_second": round(len(every) / elapsed, 1) if elapsed else 0.0}


def print_table(result: dict) -> None:
    print(f"{'route':28} {'n':>6} {'errors':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8}")
    for route, r in result["routes"].items():
        print(f"{route:28} {r['n']:>6} {r['errors']:>6} {r['p50_ms']:>8} {r['p90_ms']:>8} "
              f"{r['p99_ms']:>8}")
    print(f"{result['seconds']} s, {result['requests_per_second']} requests/s")
    for kind, n in result["error_kinds"].items():
        print(f"errors of kind {kind}: {n}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--docs", type=int, default=2000, help="synthetic documents in the store")
    ap.add_argument("--url", help="an already running server on loopback (skips setup)")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-request timeout, s")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args()
    if args.requests > 100_000 or args.concurrency > 256:
        raise SystemExit("bounded test: at most 100000 requests and concurrency 256")
    requests = plan(args.requests, args.docs)
    if args.url:
        if urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("the load test only targets loopback servers")
        result = report(*asyncio.run(run(args.url, requests, args.concurrency, args.timeout)))
    else:
        result = _with_own_server(args, requests)
    print(json.dumps(result, indent=2) if args.json else "", end="")
    if not args.json:
        print_table(result)


def _with_own_server(args: argparse.Namespace, requests: list[tuple[str, str]]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        build_store(db, args.docs)
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            return report(*asyncio.run(run(base, requests, args.concurrency, args.timeout)))
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
