"""Stream N documents through the Coder and report resident memory along the way.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/stream_memory.py --docs 10000
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/stream_memory.py --docs 2000 --workers 2

Memory must stay flat in corpus size: RSS at 10,000 documents close to RSS at 1,000.
The documents are the bundled examples with a varying sentence added, so every id differs.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator

from redline.examples import example_paths
from redline.ingest import iter_articles, make_article
from redline.model import Article
from redline.pipeline import Coder


def rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def workers_rss_mb() -> list[float]:
    """Resident memory of each worker process (``--workers`` > 1), in MB."""
    import multiprocessing

    return [round(rss_mb(p.pid), 1) for p in multiprocessing.active_children() if p.pid]


def stream(n: int) -> Iterator[Article]:
    base = [a for a in iter_articles([str(p) for p in example_paths()])]
    for i in range(n):
        a = base[i % len(base)]
        yield make_article(a.text + f"\n\nCorrection number {i} was appended.", name=str(i),
                           published=a.published or "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    marks = {100, args.docs} | set(range(1_000, args.docs, 1_000))
    start, report = time.perf_counter(), []
    docs = Coder(workers=args.workers).pipe(stream(args.docs))
    for seen, _ in enumerate(docs, 1):
        if seen in marks:
            report.append({"docs": seen, "rss_mb": round(rss_mb(), 1),
                           "workers_rss_mb": workers_rss_mb(),
                           "seconds": round(time.perf_counter() - start, 1)})
            print(json.dumps(report[-1]), flush=True)
    print(json.dumps({"summary": report}))


if __name__ == "__main__":
    main()
