"""Load time of the actor knowledge (issue 18 target: under 1.5 s), in a fresh process.

Two figures: cold (nothing loaded but the modules; the lexicon reads its keys compiled by
scripts/build_lexicon_keys.py, no tokenizer is built)
and in a coder (after the English pipeline is loaded, as ``redline code`` runs). Each: the
curated tables, the background layer (Phoenix), the compiled lexicon, the look-up indexes.

    OMP_NUM_THREADS=1 python benchmarks/kb_load.py [--json]
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

STEPS = ("kb", "background", "lexicon", "indexes")


def measure(after_model: bool) -> dict[str, float]:
    if after_model:
        from redline.nlp import load_nlp

        load_nlp()
    from redline.actors.background import background
    from redline.actors.compose import agent_table
    from redline.actors.kb import knowledge_base
    from redline.actors.lexicon import lexicon
    from redline.actors.lookup import _index

    out: dict[str, float] = {}
    for step, load in zip(STEPS, (knowledge_base, background, lexicon,
                                  lambda: (_index(), agent_table())), strict=True):
        started = time.perf_counter()
        load()
        out[step] = round(time.perf_counter() - started, 3)
    out["total"] = round(sum(out.values()), 3)
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("cold", "coder"):
        print(json.dumps(measure(sys.argv[1] == "coder")))
        return
    results = {mode: json.loads(subprocess.run(
        [sys.executable, __file__, mode], capture_output=True, text=True, check=True).stdout)
        for mode in ("cold", "coder")}
    if "--json" in sys.argv:
        print(json.dumps(results))
        return
    for mode, figures in results.items():
        print(f"{mode:<6} " + "  ".join(f"{k} {v:.3f} s" for k, v in figures.items()))


if __name__ == "__main__":
    main()
