"""What the selective path costs on bad input, against the full pipeline (issue 21).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bad_input.py            # every case, both modes
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bad_input.py --case long --mode fast
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bad_input.py --level nlp   # the model only

Cases: ``long`` (a 5 MB text: the bundled examples repeated), ``unpunctuated`` (the examples
with every sentence mark and line break taken out, 200,000 characters) and ``table`` (one
giant table of names and numbers, 1,600 rows). Each case and mode runs in its own process
(so peak memory is its own), timed in CPU seconds. ``--level coder`` (the default): the text
coded end to end by a ``Coder`` (a very long text in sections, :mod:`redline.sections`), then
a check that nothing was dropped (the whole text kept, no error, the sentences covering every
character but spaces). ``--level nlp``: the spaCy pipeline over the whole text as one ``Doc``
(``nlp.pipe``), then a check that every character is still in it and every sentence has one
root. Prints one JSON line per run.
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


def run_coder(case: str, full: bool) -> dict[str, object]:
    from redline.pipeline import Coder

    coder = Coder(full_nlp=full)
    coder.code_text("Russia accused Ukraine of shelling Donetsk on Monday.")  # warm
    text = make_text(case)
    start = time.process_time()
    doc = coder.code_text(text, id=case)
    cpu = time.process_time() - start
    ends = [0] + [x for s in doc.sentences for x in (s.start, s.end)] + [len(text)]
    gaps = zip(ends[::2], ends[1::2], strict=True)
    kept = doc.text == text and not doc.errors and all(
        a <= b and not text[a:b].strip() for a, b in gaps)
    return {"case": case, "mode": "full" if full else "fast", "level": "coder",
            "chars": len(text), "sentences": len(doc.sentences), "events": len(doc.events),
            "quotes": len(doc.quotes), "actors": len(doc.actors), "cpu_s": round(cpu, 2),
            "nothing_dropped": kept,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


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
    return {"case": case, "mode": "full" if full else "fast", "level": "nlp", "chars": len(text),
            "tokens": len(doc), "sentences": len(sents), "entities": len(doc.ents),
            "cpu_s": round(cpu, 2), "nothing_dropped": kept,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=CASES)
    parser.add_argument("--mode", choices=("fast", "full"))
    parser.add_argument("--level", choices=("coder", "nlp"), default="coder")
    args = parser.parse_args()
    if args.case and args.mode:
        measure = run_coder if args.level == "coder" else run
        print(json.dumps(measure(args.case, args.mode == "full")), flush=True)
        return
    for case in [args.case] if args.case else CASES:
        for mode in ("fast", "full"):
            subprocess.run([sys.executable, __file__, "--case", case, "--mode", mode,
                            "--level", args.level], check=True)


if __name__ == "__main__":
    main()
