"""What the selective path costs on bad input, against the full pipeline (issue 21).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bad_input.py            # every case, both modes
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bad_input.py --case long --mode fast

Cases: ``long`` (a 5 MB text: the bundled examples repeated), ``unpunctuated`` (the examples
with every sentence mark and line break taken out, 200,000 characters) and ``table`` (one
giant table of names and numbers, 1,600 rows). Each case and mode runs in its own process
(so peak memory is its own): the spaCy pipeline over the text (``nlp.pipe``), timed in CPU
seconds, then a check that nothing was dropped (every character still in the document, every
sentence with one root). Prints one JSON line per run.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time

from redline.examples import example_paths

CASES = ("long", "unpunctuated", "table")


def make_text(case: str) -> str:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in example_paths())
    if case == "long":
        return ((base + "\n\n") * (5_000_000 // len(base) + 1))[:5_000_000]
    if case == "unpunctuated":
        flat = re.sub(r"[.!?;:\n]+", " ", base)
        return ((flat + " ") * (200_000 // len(flat) + 1))[:200_000]
    return "\n".join(" | ".join(f"Region {r} Sector {c} 1,{r}{c}00 units" for c in range(6))
                     for r in range(1_600))


def run(case: str, full: bool) -> dict[str, object]:
    from redline.nlp import load_nlp

    nlp = load_nlp(full=full)
    list(nlp.pipe(["Russia accused Ukraine of shelling Donetsk on Monday."]))  # warm
    text = make_text(case)
    start = time.process_time()
    doc = next(iter(nlp.pipe([text])))
    cpu = time.process_time() - start
    sents = list(doc.sents)
    kept = doc.text == text and all(sum(1 for t in s if t.dep_ == "ROOT") == 1 for s in sents)
    return {"case": case, "mode": "full" if full else "fast", "chars": len(text),
            "tokens": len(doc), "sentences": len(sents), "entities": len(doc.ents),
            "cpu_s": round(cpu, 2), "nothing_dropped": kept,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=CASES)
    parser.add_argument("--mode", choices=("fast", "full"))
    args = parser.parse_args()
    if args.case and args.mode:
        print(json.dumps(run(args.case, args.mode == "full")), flush=True)
        return
    for case in [args.case] if args.case else CASES:
        for mode in ("fast", "full"):
            subprocess.run([sys.executable, __file__, "--case", case, "--mode", mode], check=True)


if __name__ == "__main__":
    main()
