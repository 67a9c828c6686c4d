"""Throughput with one worker and with two, in the same run, and how the work splits.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/workers.py --docs 400 --rounds 2

For each worker count (alternating, ``--rounds`` times) the same documents (the bundled
examples cycled, each with a different sentence added) are coded by a ``Coder`` whose pool
is started and loaded beforehand. Reported: wall seconds and documents/s (the best round),
the CPU seconds each process spent (the parent's from ``time.process_time``, each worker's
from ``/proc/<pid>/stat``), and the load average. On a shared machine the wall-clock speed-up
says little; CPU seconds per worker show whether the work splits evenly and whether a second
worker adds overhead (the sum of the workers' CPU against one worker's).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from stream_memory import stream  # noqa: E402

from redline.pipeline import Coder  # noqa: E402


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (Linux ``/proc``)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _workers() -> list[int]:
    return sorted(p.pid for p in multiprocessing.active_children() if p.pid)


def one_round(coder: Coder, n: int) -> dict[str, Any]:
    pids = _workers() if coder.workers > 1 else [os.getpid()]
    before = [cpu_seconds(p) for p in pids]
    c0, t0 = time.process_time(), time.perf_counter()
    done = sum(1 for _ in coder.pipe(stream(n)))
    wall = time.perf_counter() - t0
    cpu = [round(cpu_seconds(p) - b, 2) for p, b in zip(pids, before, strict=True)]
    return {"workers": coder.workers, "docs": done, "wall_s": round(wall, 2),
            "docs_per_s": round(done / wall, 2), "parent_cpu_s": round(time.process_time() - c0, 2),
            "cpu_per_process_s": cpu, "load": [round(x, 2) for x in os.getloadavg()]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    coders = {w: Coder(workers=w) for w in (1, 2)}
    coders[2].start_workers()
    list(coders[1].pipe(stream(8)))  # load the model in this process too
    rows = [one_round(coders[w], args.docs) for _ in range(args.rounds) for w in (1, 2)]
    for row in rows:
        print(json.dumps(row), flush=True)
    best = {w: max((r for r in rows if r["workers"] == w), key=lambda r: r["docs_per_s"])
            for w in (1, 2)}
    speedup = best[2]["docs_per_s"] / best[1]["docs_per_s"]
    one_cpu = min(sum(r["cpu_per_process_s"]) for r in rows if r["workers"] == 1)
    two_cpu = min(sum(r["cpu_per_process_s"]) for r in rows if r["workers"] == 2)
    print(json.dumps({"speedup_wall": round(speedup, 3), "cpu_one_worker_s": one_cpu,
                      "cpu_two_workers_total_s": two_cpu,
                      "cpu_ratio_two_over_one": round(two_cpu / one_cpu, 3)}))
    coders[2].close()


if __name__ == "__main__":
    main()
