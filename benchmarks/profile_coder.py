"""Profile redline after the parse: per-stage CPU seconds, then the top functions.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/profile_coder.py --reps 4
    # a faithful function profile (dev only: pip install py-spy):
    OMP_NUM_THREADS=1 .venv/bin/py-spy record -f raw -r 1000 -o /tmp/spy.txt -- \
        .venv/bin/python benchmarks/profile_coder.py --reps 1 --loop 20 --profiler none
    .venv/bin/python benchmarks/spy_top.py /tmp/spy.txt

The bundled examples are repeated ``--reps`` times and parsed once with ``nlp.pipe`` (timed
in CPU seconds, the reference: the machine may be shared); then every stage runs on the
parsed docs, timed one stage at a time; then ``--loop`` more passes run under the chosen
profiler. cProfile inflates spaCy's Cython calls (Token creation, ``Doc.__iter__``,
``Doc.sents``) many times over, so its ranking misleads there; py-spy samples without
hooks. Nothing here is a test.
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


def loop(pairs: list[tuple[Article, Any]], times: int) -> None:
    from redline.pipeline import code_doc

    for _ in range(times):
        for article, doc in pairs:
            code_doc(article, doc)


def main() -> None:
    from redline.nlp import load_nlp

    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=4, help="copies of the bundled examples")
    ap.add_argument("--loop", type=int, default=1, help="profiled passes over the docs")
    ap.add_argument("--profiler", choices=("cprofile", "none"), default="cprofile")
    ap.add_argument("--top", type=int, default=25)
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
    print(f"{len(articles)} docs; parse (nlp.pipe) {parse:.2f} CPU s; stages in CPU s:")
    for name, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {sec:6.3f} s  {100 * sec / parse:5.1f}% of parse")
    total = sum(stages.values())
    print(f"  {'all stages':12s} {total:6.3f} s  {100 * total / parse:5.1f}% of parse")
    if args.profiler == "none":  # under py-spy: the first pass is the warm-up (see spy_top)
        loop(pairs, args.loop)
        return
    loop(pairs[:4], 1)  # one warm pass: the mined dictionary layer loads on first use
    prof = cProfile.Profile()
    prof.runcall(loop, pairs, args.loop)
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
