"""Profile redline after the parse: per-stage seconds and the top cProfile entries.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/profile_coder.py --reps 4 --top 25

The bundled examples are repeated ``--reps`` times and parsed once with ``nlp.pipe``
(timed in CPU seconds, as the reference: the machine may be shared); then every stage runs on the parsed docs, timed one stage at a
time, and the whole of ``code_doc`` runs under cProfile. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections.abc import Callable
from typing import Any

from redline.examples import example_paths
from redline.ingest import iter_articles
from redline.model import Article


def stage_calls(article: Article, doc: Any) -> list[tuple[str, Callable[[], Any]]]:
    """The pipeline's stages in order, each as a thunk (state carried between them)."""
    from redline import actors, context, dates, events, places, quantities, quotes

    pub, st = article.published, {}

    def put(name: str, fn: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            st[name] = fn()
            return st[name]
        return run

    return [
        ("actors", put("a", lambda: actors.resolve_actors(doc, published=pub))),
        ("events", put("e", lambda: events.extract_events(doc, st["a"], doc_id=article.id))),
        ("quotes", put("q", lambda: quotes.extract_quotes(doc, st["a"]))),
        ("attribution", put("e", lambda: quotes.attribute_events(st["e"], st["q"]))),
        ("dates", put("d", lambda: dates.find_dates(doc, published=pub))),
        ("places", put("p", lambda: places.find_places(doc, st["a"]))),
        ("quantities", put("n", lambda: quantities.find_quantities(doc))),
        ("context", put("e", lambda: context.attach_context(
            st["e"], doc, dates=st["d"], places=st["p"], quantities=st["n"], published=pub))),
        ("sentences", lambda: [(s.start_char, s.end_char) for s in doc.sents]),
    ]


def per_stage(pairs: list[tuple[Article, Any]]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for article, doc in pairs:
        for name, fn in stage_calls(article, doc):
            t0 = time.process_time()
            fn()
            totals[name] = totals.get(name, 0.0) + time.process_time() - t0
    return totals


def main() -> None:
    from redline.nlp import load_nlp
    from redline.pipeline import code_doc

    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=4)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--sampler", action="store_true",
                    help="pyinstrument (dev only: pip install pyinstrument) instead of cProfile")
    args = ap.parse_args()
    base = [a for a in iter_articles([str(p) for p in example_paths()]) if not a.errors]
    articles = base * args.reps
    nlp = load_nlp()
    list(nlp.pipe([a.text for a in base[:4]]))  # warm
    t0 = time.process_time()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))
    parse = time.process_time() - t0
    pairs = list(zip(articles, docs, strict=True))
    per_stage(pairs[:4])  # warm caches and lazy loads
    stages = per_stage(pairs)
    t0 = time.perf_counter()
    report = (sampled if args.sampler else profiled)(pairs, code_doc, args)
    under = time.perf_counter() - t0
    print(f"{len(articles)} docs; parse (nlp.pipe) {parse:.2f} CPU s; stages in CPU s:")
    for name, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {sec:6.3f} s  {100 * sec / parse:5.1f}% of parse")
    print(f"  {'all stages':12s} {sum(stages.values()):6.3f} s  "
          f"{100 * sum(stages.values()) / parse:5.1f}% of parse  (under the profiler {under:.2f} s)")
    print(report)


def profiled(pairs: list[tuple[Article, Any]], code_doc: Any, args: Any) -> str:
    prof = cProfile.Profile()
    prof.enable()
    for article, doc in pairs:
        code_doc(article, doc)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.top)
    return out.getvalue()


def sampled(pairs: list[tuple[Article, Any]], code_doc: Any, args: Any) -> str:
    from pyinstrument import Profiler

    prof = Profiler(interval=0.0005)
    with prof:
        for article, doc in pairs:
            code_doc(article, doc, budget=0)
    return str(prof.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    main()
