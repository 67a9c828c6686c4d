"""Top functions after the parse, from a py-spy raw profile of ``profile_coder.py --loop``.

    .venv/bin/python benchmarks/spy_top.py /tmp/spy.txt [--top 30]

Only samples inside ``code_doc`` (the stages after the parse) count. Prints each stage
module's functions by inclusive share, then the functions with the most samples of their own.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

_LINE = re.compile(r":\d+\)")


def read(path: str, within: str) -> tuple[int, Counter[str], Counter[str]]:
    total, inclusive, own = 0, Counter[str](), Counter[str]()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            stack, _, count = line.rstrip().rpartition(" ")
            frames = [_LINE.sub(")", f) for f in stack.split(";")]
            if not count.isdigit() or not any(within in f for f in frames):
                continue
            n = int(count)
            total += n
            for f in set(frames):
                inclusive[f] += n
            own[frames[-1]] += n
    return total, inclusive, own


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--within", default="code_doc (redline/pipeline.py)")
    args = ap.parse_args()
    total, inclusive, own = read(args.path, args.within)
    if not total:
        raise SystemExit(f"no samples inside {args.within!r}")
    print(f"{total} samples after the parse; inclusive share (redline functions):")
    ours = [(f, n) for f, n in inclusive.most_common() if "redline/" in f
            and "pipeline.py" not in f]
    for f, n in ours[: args.top]:
        print(f"  {100 * n / total:5.1f}%  {f}")
    print("own samples (any function):")
    for f, n in own.most_common(args.top // 2):
        print(f"  {100 * n / total:5.1f}%  {f}")


if __name__ == "__main__":
    main()
